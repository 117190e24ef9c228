const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/** The unit `spanWords` counts a span in: the largest that stays exact enough to act on. */
export function spanUnit(milliseconds: number): number {
	if (milliseconds < minute) {
		return second;
	}

	if (milliseconds < 2 * hour) {
		return minute;
	}

	return milliseconds < 2 * day ? hour : day;
}

const unitWords = new Map([
	[second, 's'],
	[minute, 'min'],
	[hour, 'h'],
	[day, 'days'],
]);

/**
 * A span in the largest unit that stays exact enough to act on, rounded down: "40 s",
 * "47 min", "5 h", "59 days". Rounding down never promises time that is not there.
 */
export function spanWords(milliseconds: number): string {
	const span = Math.max(0, milliseconds);
	const unit = spanUnit(span);
	return `${Math.floor(span / unit)} ${unitWords.get(unit)}`;
}

/** How long ago something happened: "just now" within the minute, else "5 min ago". */
export const agoWords = (milliseconds: number) =>
	milliseconds < minute ? 'just now' : `${spanWords(milliseconds)} ago`;
