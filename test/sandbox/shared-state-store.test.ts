import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {setTimeout as delay} from 'node:timers/promises';
import type {SandboxState} from '../../source/sandbox/sandbox-state.js';
import {seedSandbox} from '../../source/sandbox/seed-sandbox.js';
import {openSharedStateStore, type StateFile} from '../../source/sandbox/shared-state-store.js';

// The store's batching against a state file played in memory: how often it saves, what lands
// last, and what happens when the disk says no.

const diskError = (code: string) => Object.assign(new Error(`${code}: refused`), {code});

/** A state file in memory that counts saves and can be told to fail. */
function fakeFile() {
	const file = {
		saves: 0,
		saved: undefined as string | undefined,
		failSaves: undefined as string | undefined,
		failLocks: undefined as string | undefined,
		async lock() {
			if (file.failLocks) {
				throw diskError(file.failLocks);
			}

			return async () => {};
		},
		async readIfChanged() {
			return undefined;
		},
		async save(state: SandboxState) {
			await delay(2);
			if (file.failSaves) {
				throw diskError(file.failSaves);
			}

			file.saves++;
			file.saved = JSON.stringify(state);
		},
	} satisfies StateFile & Record<string, unknown>;
	return file;
}

async function openStore(file: StateFile, writeIntervalMs: number) {
	const troubles: unknown[] = [];
	const store = await openSharedStateStore({
		file,
		seed: () => seedSandbox(Date.now()),
		clock: Date.now,
		writeIntervalMs,
		onTrouble: (error) => troubles.push(error),
	});
	return {store, troubles};
}

/** `count` sessions that each change the state, a few at a time, over about `spreadMs`. */
async function burst(store: Awaited<ReturnType<typeof openStore>>['store'], count: number) {
	const sessions: Array<Promise<void>> = [];
	for (let index = 1; index <= count; index++) {
		sessions.push(
			store.session(() => {
				store.state.clockOffsetMs = index;
				store.changed();
			}),
		);
		if (index % 10 === 0) {
			await delay(5);
		}
	}

	await Promise.all(sessions);
}

describe('the shared state store', () => {
	it('saves a burst of changes in a few saves, the last state at close', async () => {
		const file = fakeFile();
		const {store, troubles} = await openStore(file, 100);
		const started = Date.now();
		await burst(store, 600);
		const elapsed = Date.now() - started;
		await store.close();
		assert.ok(
			file.saves <= 2 + Math.ceil(elapsed / 100),
			`${file.saves} saves in ${elapsed} ms is more than one per 100 ms`,
		);
		assert.equal((JSON.parse(file.saved ?? '{}') as SandboxState).clockOffsetMs, 600);
		assert.deepEqual(troubles, []);
	});

	it('with no interval, saves after every change before the next session reads', async () => {
		const file = fakeFile();
		const {store} = await openStore(file, 0);
		for (let index = 1; index <= 5; index++) {
			await store.session(() => {
				store.state.clockOffsetMs = index;
				store.changed();
			});
			await store.session(() => undefined);
			assert.equal((JSON.parse(file.saved ?? '{}') as SandboxState).clockOffsetMs, index);
		}

		assert.equal(file.saves, 6, 'the seed, then each change');
		await store.close();
	});

	it('keeps serving when the disk is full, says so once, and saves when it can again', async () => {
		const file = fakeFile();
		const {store, troubles} = await openStore(file, 0);
		file.failSaves = 'ENOSPC';
		await burst(store, 50);
		assert.equal(store.state.clockOffsetMs, 50);
		assert.equal(troubles.length, 1);
		assert.equal((troubles[0] as NodeJS.ErrnoException).code, 'ENOSPC');
		file.failSaves = undefined;
		await store.close();
		assert.equal((JSON.parse(file.saved ?? '{}') as SandboxState).clockOffsetMs, 50);
		assert.equal(troubles.length, 1);
	});

	it('keeps serving from memory when the file cannot even be locked (a read-only folder)', async () => {
		const file = fakeFile();
		file.failLocks = 'EROFS';
		const {store, troubles} = await openStore(file, 0);
		await burst(store, 20);
		await store.close();
		assert.equal(store.state.clockOffsetMs, 20);
		assert.equal(file.saves, 0, 'nothing is written without the lock');
		assert.equal(troubles.length, 1);
		assert.equal((troubles[0] as NodeJS.ErrnoException).code, 'EROFS');
	});
});
