import {spanUnit, spanWords} from './time-words.js';

// Ink redraws the whole frame on every render, so a countdown's text may change only on the
// wall-clock minute, all rows together; seconds tick only for a token in its last minutes.

const second = 1000;
const minute = 60 * second;
/** Under this much time left at the end of the current minute, whole minutes say too little. */
const lastMinutes = 3 * minute;

/** The instant the current wall-clock minute or second ends. */
const endOf = (unit: number, now: number) => Math.floor(now / unit) * unit + unit;

/**
 * Left over once this minute ends, as the countdowns count it: constant all minute long, and
 * never more than there is.
 */
export const leftAfterThisMinute = (expiresAt: number, now: number) =>
	expiresAt - endOf(minute, now);
const leftAfterThisSecond = (expiresAt: number, now: number) => expiresAt - endOf(second, now);

const inLastMinutes = (expiresAt: number, now: number) =>
	leftAfterThisMinute(expiresAt, now) < lastMinutes;

/**
 * A token's time left as the dashboard shows it: whole minutes, hours or days ("47 min", "3 h",
 * "59 days"), "m:ss" in its last minutes, then "expired"; "never" for a token that never expires.
 * Rounded down as of the end of the current minute (or second), so it never promises time that
 * is not there.
 */
export function countdownWords(expiresAt: number | null, now: number): string {
	if (expiresAt === null) {
		return 'never';
	}

	if (!inLastMinutes(expiresAt, now)) {
		return spanWords(leftAfterThisMinute(expiresAt, now));
	}

	const left = leftAfterThisSecond(expiresAt, now);
	if (left < 0) {
		return 'expired';
	}

	const seconds = Math.floor(left / second);
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** When this countdown's text next changes, or null once it says "expired". */
function nextChange(expiresAt: number, now: number): number | null {
	if (leftAfterThisSecond(expiresAt, now) < 0) {
		return null;
	}

	if (inLastMinutes(expiresAt, now)) {
		return endOf(second, now);
	}

	// The words count whole units of what is left at the minute's end: they change at the first
	// minute boundary after which less than that count is left.
	const left = leftAfterThisMinute(expiresAt, now);
	const unit = spanUnit(left);
	const lastMoment = expiresAt - minute - Math.floor(left / unit) * unit;
	return Math.max(endOf(minute, now), endOf(minute, lastMoment));
}

/**
 * The next instant any of these countdowns shows other text, so that the screen can sleep until
 * then: always a wall-clock minute boundary (every countdown changes together), or the next
 * wall-clock second while one is in its last minutes; null when none can change any more.
 */
export function nextDisplayChange(
	expiries: ReadonlyArray<number | null>,
	now: number,
): number | null {
	let next: number | null = null;
	for (const expiresAt of expiries) {
		const change = expiresAt === null ? null : nextChange(expiresAt, now);
		if (change !== null && (next === null || change < next)) {
			next = change;
		}
	}

	return next;
}
