/** Box writes times to the second with an offset, as `2012-12-12T18:53:43+00:00`. */
export const boxTimestamp = (ms: number) =>
	new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');

const localParts = (timeZone: string) =>
	new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		timeZoneName: 'longOffset',
	});

/** A user's own times Box writes in the user's time zone, as `2012-12-12T10:53:43-08:00`. */
export function boxTimestampIn(ms: number, timeZone: string): string {
	const parts: Record<string, string> = {};
	for (const {type, value} of localParts(timeZone).formatToParts(new Date(ms))) {
		parts[type] = value;
	}

	// `longOffset` names the offset `GMT-08:00`, and UTC itself plain `GMT`.
	const offset = (parts['timeZoneName'] ?? '').replace('GMT', '') || '+00:00';
	return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}:${parts['second']}${offset}`;
}

/** A client's date-time in Box's form, or undefined when it is not one. */
export function parseBoxTimestamp(value: unknown): string | undefined {
	if (typeof value !== 'string') {
		return undefined;
	}

	const ms = Date.parse(value);
	return Number.isNaN(ms) ? undefined : boxTimestamp(ms);
}
