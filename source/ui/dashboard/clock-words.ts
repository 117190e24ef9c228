// Moments on the dashboard are shown as local clock times, which stay put while the screen
// sleeps, rather than "5 min ago", which would have to tick.

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** "14:03", local time. */
export function clockTime(milliseconds: number): string {
	const date = new Date(milliseconds);
	return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/** "14:03:27", local time, for the diagnostics log. */
export function clockTimeWithSeconds(milliseconds: number): string {
	return `${clockTime(milliseconds)}:${twoDigits(new Date(milliseconds).getSeconds())}`;
}

/** "2026-11-22 14:03", local time. */
export function dateAndTime(milliseconds: number): string {
	const date = new Date(milliseconds);
	return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())} ${clockTime(milliseconds)}`;
}
