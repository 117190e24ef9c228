import type {Remedy} from '../../box/failure.js';

/**
 * boxauth's exit codes (docs/commands.md, "Exit codes"), so that a script can tell a failure a
 * person must put right from one that passes by itself. 130 and 143 (a signal) are set where the
 * signal is handled.
 */
export const exitCode = {
	success: 0,
	/** Anything else: no such profile, a save that failed, a failure boxauth cannot class. */
	failure: 1,
	/** Bad usage: an unknown command or flag, a bad value. */
	usage: 2,
	/** A person must act: log in again, paste a new token, correct a credential, an admin. */
	personMustAct: 3,
	/** Try again later: no connection, a timeout, 429, Box's 5xx. */
	tryAgainLater: 4,
} as const;

/** The exit code of one failure, from what ends it (the diagnosis's `remedy`). */
export function exitCodeOf(failed: {remedy?: Remedy} | undefined): number {
	switch (failed?.remedy) {
		case 'person': {
			return exitCode.personMustAct;
		}

		case 'retry': {
			return exitCode.tryAgainLater;
		}

		default: {
			return exitCode.failure;
		}
	}
}

// When several things failed, the code that tells a script most: a person must act whatever else
// happened; a failure that is neither is not promised to pass by trying again; only when every
// failure would pass by itself is it "try again later".
const precedence: readonly number[] = [
	exitCode.personMustAct,
	exitCode.failure,
	exitCode.tryAgainLater,
	exitCode.success,
];

/** One exit code for several outcomes (status's profiles, doctor's checks): 3, then 1, then 4, then 0. */
export function combinedExitCode(codes: readonly number[]): number {
	return precedence.find((code) => codes.includes(code)) ?? exitCode.failure;
}
