/**
 * The terminal's clipboard escape (OSC 52): the terminal puts the text on the system clipboard
 * where it supports it, and ignores it silently where it does not.
 */
export function clipboardEscape(text: string): string {
	return `\u001B]52;c;${Buffer.from(text).toString('base64')}\u0007`;
}
