import {nextRenewal, retryDelay} from '../../tokens/renewal-plan.js';
import type {Clock} from '../../ui/components/clock.js';
import type {RenewedForUse, UsableToken} from '../shared/renew-for-use.js';

export type KeepFreshOptions = {
	clock: Clock;
	/** In [0, 1): this run's jitter, so that several runs do not renew in the same second. */
	random: number;
	/** A renewal of the profile's token now, whatever its age: `boxauth token`'s, forced. */
	renew: () => Promise<RenewedForUse>;
	/** Hands the new token on (the token file); its failure is said, and the keeping goes on. */
	onToken: (token: UsableToken) => Promise<void>;
	say: (line: string) => void;
	/** The first token came from a renewal that failed ahead of expiry: retry soon. */
	firstFailed?: boolean;
};

export type Keeper = {
	/** A renewal is under way (for OAuth, with the signals held until its answer is saved). */
	readonly renewing: boolean;
	/** No more renewals; waits for one under way, whose answer must be kept, to finish. */
	stop(): Promise<void>;
};

/**
 * Keeps the profile's stored token fresh while `boxauth exec`'s command runs, as the dashboard
 * does: renewed on the dashboard's plan (at four fifths of its life, with jitter; a failure
 * retried after 15 s, 30 s, … up to 5 min), each new token handed on. A token nothing renews (a
 * developer token, an App Token) is not kept: the plan has no renewal for it.
 */
export function keepFresh(first: UsableToken, options: KeepFreshOptions): Keeper {
	const {clock, random, renew, onToken, say} = options;
	let current = first;
	let failuresSoFar = options.firstFailed ? 1 : 0;
	let lastFailureAt: number | undefined = options.firstFailed ? clock.now() : undefined;
	let lastRenewedAt: number | undefined;
	let cancel: (() => void) | undefined;
	let inFlight: Promise<void> | undefined;
	let stopped = false;

	const schedule = () => {
		const at = nextRenewal({
			profile: current.profile,
			autoRefresh: true,
			failuresSoFar,
			...(lastFailureAt === undefined ? {} : {lastFailureAt}),
			...(lastRenewedAt === undefined ? {} : {lastRenewedAt}),
			random,
			now: clock.now(),
		});
		// A developer token or App Token is only checked as it expires: nothing here renews it.
		if (at === null || current.profile.tokens.access === undefined) {
			return;
		}

		cancel = clock.wakeAt(at, () => {
			cancel = undefined;
			inFlight = renewNow().finally(() => {
				inFlight = undefined;
			});
		});
	};

	const renewNow = async () => {
		const renewal = await renew();
		if (renewal.ok && renewal.stillValidFor === undefined) {
			current = renewal.token;
			lastRenewedAt = clock.now();
			failuresSoFar = 0;
			lastFailureAt = undefined;
			await onToken(renewal.token).catch((error: unknown) => {
				say(
					`boxauth exec could not write the new token to BOX_ACCESS_TOKEN_FILE (${error instanceof Error ? error.message : String(error)}); boxauth token gives it.`,
				);
			});
		} else {
			failuresSoFar++;
			lastFailureAt = clock.now();
			say(
				`boxauth exec keeps the token it gave the command, and tries again in ${Math.round(retryDelay(failuresSoFar) / 1000)} s.`,
			);
		}

		if (!stopped) {
			schedule();
		}
	};

	schedule();
	return {
		get renewing() {
			return inFlight !== undefined;
		},
		async stop() {
			stopped = true;
			cancel?.();
			cancel = undefined;
			await inFlight;
		},
	};
}
