/** The signals a person or a supervisor stops a process with: Ctrl+C, SIGTERM and SIGHUP. */
export const heldSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

type HeldSignal = (typeof heldSignals)[number];

let holds = 0;

/**
 * Whether a renewal holds the signals now. A signal heard meanwhile is delivered to this process
 * again once the renewal's answer is saved, and only then should it go further (`boxauth exec`
 * passes it on to its command then, once).
 */
export const signalsAreHeld = () => holds > 0;

/**
 * Runs `work` with Ctrl+C, SIGTERM and SIGHUP held off: between Box's answer to a renewal and
 * the new refresh token on disk, a process that stops has spent the login. A signal that arrives
 * meanwhile is said to be heard, then delivered again once `work` is over, so the process ends
 * as it was asked to, a moment later. Only kill -9 cannot wait; the journal covers that.
 */
export async function holdSignals<Result>(
	work: () => Promise<Result>,
	say: (line: string) => void,
): Promise<Result> {
	let heard: HeldSignal | undefined;
	const hold = (signal: HeldSignal) => {
		if (heard === undefined) {
			say(`${signal}: boxauth stops as soon as the renewed token is saved.`);
		}

		heard ??= signal;
	};

	const listeners = heldSignals.map((signal) => {
		const listener = () => {
			hold(signal);
		};

		process.on(signal, listener);
		return [signal, listener] as const;
	});
	holds++;
	try {
		return await work();
	} finally {
		holds--;
		for (const [signal, listener] of listeners) {
			process.off(signal, listener);
		}

		if (heard !== undefined) {
			process.kill(process.pid, heard);
		}
	}
}
