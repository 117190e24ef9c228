const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * A span in the largest unit that stays exact enough to act on, rounded down: "40 s",
 * "47 min", "5 h", "59 days". Rounding down never promises time that is not there.
 */
export function spanWords(milliseconds: number): string {
	const span = Math.max(0, milliseconds);
	if (span < minute) {
		return `${Math.floor(span / second)} s`;
	}

	if (span < 2 * hour) {
		return `${Math.floor(span / minute)} min`;
	}

	if (span < 2 * day) {
		return `${Math.floor(span / hour)} h`;
	}

	return `${Math.floor(span / day)} days`;
}

/** How long ago something happened: "just now" within the minute, else "5 min ago". */
export const agoWords = (milliseconds: number) =>
	milliseconds < minute ? 'just now' : `${spanWords(milliseconds)} ago`;
