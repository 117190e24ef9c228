import {forgetSpentRecords} from './forget-spent-records.js';
import type {SandboxState} from './sandbox-state.js';
import type {StateStore} from './state-store.js';

/** The state file, as the shared store uses it. */
export type StateFile = {
	/** Takes the file's lock, waiting while another process holds it; resolves to its release. */
	lock(): Promise<() => Promise<void>>;
	/** The state on disk, if another process wrote it since this one last read or wrote it. */
	readIfChanged(): Promise<SandboxState | undefined>;
	save(state: SandboxState): Promise<void>;
};

export type SharedStateOptions = {
	file: StateFile;
	/** The state to start from when the file has none. */
	seed(): SandboxState;
	/** The machine's clock, in milliseconds. */
	clock: () => number;
	/** The least time between two writes; 0 writes after every change. */
	writeIntervalMs: number;
	/** Told the first time the file cannot be locked, read or written; the sandbox keeps serving. */
	onTrouble(error: unknown): void;
};

// Sessions run in batches. A batch holds the file's lock from the moment it opens (re-reading the
// file if another process wrote it) until it ends (writing what its sessions changed), so no other
// process reads or writes in between: two processes never both spend one refresh token, and
// neither overwrites the tokens the other issued. Sessions that come while a batch is open join
// it. A batch with changes ends when the next write is due, writeIntervalMs after the last one,
// which turns a burst of requests into a few writes; one without changes ends when it is idle.
type Batch = {
	/** Absent when the lock could not be taken: such a batch writes nothing. */
	release?: () => Promise<void>;
	sessions: number;
	/** No new session joins it; it ends when its last session does. */
	ending: boolean;
	timer?: NodeJS.Timeout;
	/** Called once it has written and let go of the lock. */
	markEnded(): void;
};

class SharedStateStore implements StateStore {
	readonly #options: SharedStateOptions;
	#state: SandboxState | undefined;
	#dirty = false;
	#lastWriteAt = Number.NEGATIVE_INFINITY;
	#closing = false;
	#troubled = false;
	/** The batch new sessions join, open or opening. */
	#current: Promise<Batch> | undefined;
	/** When the latest batch ends: the next one takes the lock after it. */
	#latestEnded: Promise<void> = Promise.resolve();

	constructor(options: SharedStateOptions) {
		this.#options = options;
	}

	get state(): SandboxState {
		if (!this.#state) {
			throw new Error('the sandbox state is read by the first session');
		}

		return this.#state;
	}

	changed(): void {
		this.#dirty = true;
	}

	async session<Result>(work: () => Result | Promise<Result>): Promise<Result> {
		const batch = await this.#join();
		try {
			return await work();
		} finally {
			batch.sessions--;
			this.#settle(batch);
		}
	}

	async close(): Promise<void> {
		this.#closing = true;
		if (this.#current) {
			this.#stop(await this.#current);
		}

		await this.#latestEnded;
		if (this.#dirty) {
			// The last write failed, or the lock could not be taken: one more try before exit.
			await this.session(() => undefined);
			await this.#latestEnded;
		}
	}

	async #join(): Promise<Batch> {
		for (;;) {
			this.#current ??= this.#open();
			const batch = await this.#current;
			if (!batch.ending) {
				batch.sessions++;
				return batch;
			}
		}
	}

	#open(): Promise<Batch> {
		const previous = this.#latestEnded;
		let markEnded = () => {};
		const ended = new Promise<void>((resolve) => {
			markEnded = resolve;
		});
		this.#latestEnded = ended;
		return (async () => {
			await previous;
			const batch: Batch = {sessions: 0, ending: false, markEnded};
			try {
				batch.release = await this.#options.file.lock();
			} catch (error) {
				this.#trouble(error);
			}

			// Read even without the lock: what is on disk is newer than what this process holds.
			try {
				this.#state = (await this.#options.file.readIfChanged()) ?? this.#state;
			} catch (error) {
				this.#trouble(error);
			}

			if (!this.#state) {
				this.#state = this.#options.seed();
				this.#dirty = true;
			}

			return batch;
		})();
	}

	/** After a session, or when a batch stops taking new ones: decide when the batch ends. */
	#settle(batch: Batch): void {
		if (batch.ending) {
			if (batch.sessions === 0) {
				void this.#end(batch);
			}

			return;
		}

		const wait =
			this.#dirty && !this.#closing
				? this.#lastWriteAt + this.#options.writeIntervalMs - this.#options.clock()
				: 0;
		if (wait > 0) {
			batch.timer ??= setTimeout(() => {
				this.#stop(batch);
			}, wait);
		} else if (this.#dirty || batch.sessions === 0) {
			this.#stop(batch);
		}
	}

	#stop(batch: Batch): void {
		if (batch.ending) {
			return;
		}

		batch.ending = true;
		clearTimeout(batch.timer);
		this.#current = undefined;
		this.#settle(batch);
	}

	async #end(batch: Batch): Promise<void> {
		if (batch.release && this.#dirty) {
			await this.#write();
		}

		try {
			await batch.release?.();
		} catch (error) {
			this.#trouble(error);
		}

		batch.markEnded();
	}

	async #write(): Promise<void> {
		// No session runs now (the next batch waits for this one), so nothing changes meanwhile.
		forgetSpentRecords(this.state, this.#options.clock());
		this.#dirty = false;
		try {
			await this.#options.file.save(this.state);
		} catch (error) {
			this.#dirty = true;
			this.#trouble(error);
		}

		this.#lastWriteAt = this.#options.clock();
	}

	#trouble(error: unknown): void {
		if (!this.#troubled) {
			this.#troubled = true;
			this.#options.onTrouble(error);
		}
	}
}

/**
 * The state kept in a file that other boxauth processes read and write too, each running a
 * sandbox of its own: read now (or seeded, the first time, and saved), then kept in step.
 */
export async function openSharedStateStore(options: SharedStateOptions): Promise<StateStore> {
	const store = new SharedStateStore(options);
	await store.session(() => undefined);
	return store;
}
