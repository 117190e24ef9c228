/** Box writes times to the second with an offset, as `2012-12-12T18:53:43+00:00`. */
export const boxTimestamp = (ms: number) =>
	new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');

/** A client's date-time in Box's form, or undefined when it is not one. */
export function parseBoxTimestamp(value: unknown): string | undefined {
	if (typeof value !== 'string') {
		return undefined;
	}

	const ms = Date.parse(value);
	return Number.isNaN(ms) ? undefined : boxTimestamp(ms);
}
