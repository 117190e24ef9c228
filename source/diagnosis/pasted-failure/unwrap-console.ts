// Windows' console breaks long lines at its width (80 or 120 columns) and copies the breaks as
// newlines, in the middle of a word too: `... This app is not authorized by the ent` then
// `erprise admin` (box/box-java-sdk#799). Such a paste is read with those breaks taken out.

// Widths a console starts with; any other width needs two full lines to show it.
const defaultWidths = new Set([80, 100, 120, 132]);
const narrowest = 60;

// A break that cut text in two: no space before it, and after it what a line of its own seldom
// starts with but the rest of a word, a URL or a JSON string often does.
const cutsText = (line: string, next: string) =>
	/\S$/.test(line) && /^[a-z\d\\/_.,:;!?)\]}-]/.test(next);

/**
 * The console's width, if the text was broken at one: every line cut short there is exactly as
 * wide as the console, none is wider, and at least one break cut text in two. One full line
 * shows the width only if it is a usual one: other lines may simply be that long.
 */
function consoleWidth(lines: readonly string[]): number | undefined {
	let width = 0;
	let atWidth = 0;
	for (const line of lines) {
		if (line.length > width) {
			width = line.length;
			atWidth = 0;
		}

		if (line.length === width) {
			atWidth++;
		}
	}

	const shown =
		width >= narrowest &&
		(atWidth >= 2 || defaultWidths.has(width)) &&
		lines.some((line, index) => line.length === width && cutsText(line, lines[index + 1] ?? ''));
	return shown ? width : undefined;
}

/** The text with the line breaks a console put in at its width taken out. */
export function unwrapConsole(text: string): string {
	const lines = text.split('\n');
	const width = consoleWidth(lines);
	if (width === undefined) {
		return text;
	}

	return lines
		.map((line, index) =>
			line.length === width || index === lines.length - 1 ? line : `${line}\n`,
		)
		.join('');
}
