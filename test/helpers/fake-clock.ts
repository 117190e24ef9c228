import type {Clock} from '../../source/ui/components/clock.js';

/**
 * A clock the test moves by hand, for everything that takes a `now()` or a `Clock`:
 * wake-ups fire in order as it passes them.
 */
export class FakeClock implements Clock {
	time: number;
	readonly #wakes = new Set<{at: number; wake: () => void}>();

	constructor(time = 1_700_000_000_000) {
		this.time = time;
	}

	readonly now = () => this.time;

	wakeAt(at: number, wake: () => void): () => void {
		const entry = {at, wake};
		this.#wakes.add(entry);
		if (at <= this.time) {
			// As a real timer for a moment already past: soon, not inside the caller.
			setImmediate(() => {
				if (this.#wakes.delete(entry)) {
					wake();
				}
			});
		}

		return () => {
			this.#wakes.delete(entry);
		};
	}

	/** How many wake-ups are waiting: the dashboard's timers. */
	get pending(): number {
		return this.#wakes.size;
	}

	/**
	 * A machine asleep for this long: no timer runs meanwhile, and on waking every wake-up it
	 * passed fires late, at once, with the clock already at the new time.
	 */
	sleep(milliseconds: number): void {
		this.time += milliseconds;
		const due = [...this.#wakes]
			.filter((entry) => entry.at <= this.time)
			.sort((a, b) => a.at - b.at);
		for (const entry of due) {
			if (this.#wakes.delete(entry)) {
				entry.wake();
			}
		}
	}

	/** Moves the clock on, firing each wake-up it passes at its own moment. */
	advance(milliseconds: number): void {
		const until = this.time + milliseconds;
		for (;;) {
			const due = [...this.#wakes]
				.filter((entry) => entry.at <= until)
				.sort((a, b) => a.at - b.at)[0];
			if (!due) {
				break;
			}

			this.#wakes.delete(due);
			this.time = Math.max(this.time, due.at);
			due.wake();
		}

		this.time = until;
	}
}
