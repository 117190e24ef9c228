/**
 * This machine's clock minus Box's, in whole seconds, from a response's `Date` header (which
 * has one-second resolution, so ±1 s is noise). Undefined without a usable header.
 */
export function clockOffsetSeconds(
	serverDate: string | undefined,
	localNow: number,
): number | undefined {
	if (!serverDate) {
		return undefined;
	}

	const server = Date.parse(serverDate);
	return Number.isNaN(server) ? undefined : Math.round((localNow - server) / 1000);
}

/**
 * Box accepts a JWT whose `exp` is in the future and at most 60 s ahead of its clock; boxauth
 * sets `exp` 30 to 45 s ahead, so beyond 15 s either way the window is at risk.
 */
export const jwtSkewLimitSeconds = 15;

export const isJwtSkewRisky = (offsetSeconds: number | undefined) =>
	offsetSeconds !== undefined && Math.abs(offsetSeconds) > jwtSkewLimitSeconds;

/** The offset seen in the most recent answer that carried a `Date` header. */
export function latestClockOffset(
	entries: ReadonlyArray<{startedAt: number; durationMs: number; serverDate?: string}>,
): number | undefined {
	for (let index = entries.length - 1; index >= 0; index--) {
		const entry = entries[index];
		if (entry?.serverDate) {
			// Box stamps the answer somewhere within the round trip; its middle is the best guess.
			return clockOffsetSeconds(entry.serverDate, entry.startedAt + entry.durationMs / 2);
		}
	}

	return undefined;
}
