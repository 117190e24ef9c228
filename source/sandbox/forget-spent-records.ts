import type {SandboxState} from './sandbox-state.js';

// Without forgetting, every token the sandbox ever issued stays in its state and in every save of
// it: an hourly refresh adds two records an hour, a burst of requests thousands. A record that no
// longer works is kept one day after it stopped working, so that a token coming back soon after
// (a reused refresh token, a token that just expired) gets Box's "Refresh token has expired" or
// its expired-token challenge rather than the answer for a token Box never issued; after a day,
// it gets the latter, as a client holding a long-dead token is told to log in again either way.
const rememberedMs = 24 * 60 * 60 * 1000;

function forget<Record_>(
	records: Record<string, Record_>,
	stoppedAt: (record: Record_) => number | undefined,
	now: number,
): void {
	for (const [key, record] of Object.entries(records)) {
		const stopped = stoppedAt(record);
		if (stopped !== undefined && stopped + rememberedMs <= now) {
			delete records[key];
		}
	}
}

/** A spent JWT `jti` can go once its assertion's `exp` has passed: Box refuses that JWT anyway. */
export function forgetExpiredJtis(jtis: Record<string, number>, now: number): void {
	for (const [jti, forgetAt] of Object.entries(jtis)) {
		if (forgetAt < now) {
			delete jtis[jti];
		}
	}
}

/** Drops the tokens, codes and `jti`s that stopped working over a day ago (`now`: the machine's clock). */
export function forgetSpentRecords(state: SandboxState, machineNow: number): void {
	const now = machineNow + state.clockOffsetMs;
	// An App Token that never expires (expiresAt null) is kept, revoked or not.
	forget(state.accessTokens, (record) => record.expiresAt ?? undefined, now);
	// A used refresh token stopped working when it was used; one saved before `usedAt` existed
	// counts from its issue, which only makes it go sooner.
	forget(
		state.refreshTokens,
		(record) =>
			record.used ? Math.min(record.usedAt ?? record.issuedAt, record.expiresAt) : record.expiresAt,
		now,
	);
	// A used code gets the same answer as an unknown one, so it may go at once.
	forget(
		state.authCodes,
		(record) => (record.used ? Number.NEGATIVE_INFINITY : record.expiresAt),
		now,
	);
	forgetExpiredJtis(state.usedJtis, now);
}
