export type ApprovalPolling = {
	intervalMs: number;
	/** When the last check ended, on the clock `now` is read from. */
	lastCheckedAt?: number;
	checking: boolean;
};

// An admin sitting next to the developer approves within a minute or two, and that moment should
// tick the step at once; an admin who answers hours later needs no check every 10 s.
const delays = [
	{checksBefore: 12, delayMs: 10_000},
	{checksBefore: 18, delayMs: 20_000},
	{checksBefore: 24, delayMs: 30_000},
];
const longestDelayMs = 60_000;

/** Milliseconds to wait before check number `checksSoFar + 1`: 10 s at first, backing off to at most 60 s after a few minutes. */
export function nextApprovalCheckDelay(checksSoFar: number): number {
	return delays.find(({checksBefore}) => checksSoFar < checksBefore)?.delayMs ?? longestDelayMs;
}

function durationWords(milliseconds: number): string {
	const seconds = Math.round(milliseconds / 1000);
	return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min`;
}

/** "checking every 10 s, last checked 3 s ago" / "checking now" / "first check in 10 s" */
export function approvalPollingWords(polling: ApprovalPolling, now: number): string {
	if (polling.checking) {
		return 'checking now';
	}

	const every = durationWords(polling.intervalMs);
	if (polling.lastCheckedAt === undefined) {
		return `first check in ${every}`;
	}

	const sinceMs = Math.max(0, now - polling.lastCheckedAt);
	const last = sinceMs < 1000 ? 'just now' : `${durationWords(sinceMs)} ago`;
	return `checking every ${every}, last checked ${last}`;
}

/**
 * When the words above change next, on the clock `now` is read from: each second while they count
 * seconds ("3 s ago", rounded, so on the half second), each minute once they count minutes, and
 * never while a check is under way or none has ended yet.
 */
export function nextPollingWordsChange(polling: ApprovalPolling, now: number): number | undefined {
	if (polling.checking || polling.lastCheckedAt === undefined) {
		return undefined;
	}

	const sinceMs = Math.max(0, now - polling.lastCheckedAt);
	const seconds = Math.round(sinceMs / 1000);
	const nextSinceMs =
		sinceMs < 1000
			? 1000
			: seconds < 60
				? seconds * 1000 + 500
				: (Math.floor(seconds / 60) + 1) * 60_000 - 500;
	return polling.lastCheckedAt + nextSinceMs;
}
