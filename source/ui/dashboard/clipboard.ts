/**
 * The terminal's clipboard escape (OSC 52): the terminal puts the text on the system clipboard
 * where it supports it, and ignores it silently where it does not. Inside tmux or GNU screen the
 * escape is wrapped so that they pass it on to the terminal around them (tmux also needs
 * `set -g allow-passthrough on`, or its own `set-clipboard on`).
 */
export function clipboardEscape(
	text: string,
	environment: Readonly<Record<string, string | undefined>> = process.env,
): string {
	const osc52 = `\u001B]52;c;${Buffer.from(text).toString('base64')}\u0007`;
	if (environment['TMUX']) {
		return `\u001BPtmux;${osc52.replaceAll('\u001B', '\u001B\u001B')}\u001B\\`;
	}

	return environment['STY'] ? `\u001BP${osc52}\u001B\\` : osc52;
}
