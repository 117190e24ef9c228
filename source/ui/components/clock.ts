/** The screens' only ways to meet time (the dashboard's, the wizard's): read the clock, and sleep until a moment. */
export type Clock = {
	now(): number;
	/** Calls `wake` once, when the clock reads `at` or later; returns a function that cancels it. */
	wakeAt(at: number, wake: () => void): () => void;
};

// setTimeout fires at once for longer delays (an App Token's 60 days), so long sleeps go in steps.
const longestTimeout = 2 ** 31 - 1;

/** Sleeps with timers, and checks the clock on waking, so that `wake` never comes early. */
export function realClock(now: () => number): Clock {
	return {
		now,
		wakeAt(at, wake) {
			let timer: NodeJS.Timeout;
			const sleep = () => {
				timer = setTimeout(
					() => {
						if (now() >= at) {
							wake();
						} else {
							sleep();
						}
					},
					Math.min(Math.max(0, at - now()), longestTimeout),
				);
			};

			sleep();
			return () => {
				clearTimeout(timer);
			};
		},
	};
}
