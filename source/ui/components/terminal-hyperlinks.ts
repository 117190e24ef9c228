type Environment = Readonly<Record<string, string | undefined>>;

// Terminals known to draw OSC 8 links, as the supports-hyperlinks package lists them: elsewhere the
// sequence may show as garbage, so the address is printed plain.
const linkingPrograms = new Set(['iTerm.app', 'WezTerm', 'vscode', 'ghostty', 'zed']);
const linkingTerms = new Set(['alacritty', 'xterm-kitty']);
// VTE (GNOME Terminal and others) draws links from 0.50; 0.50.0 itself crashed on them.
const firstLinkingVte = 5001;

/**
 * Whether the terminal draws OSC 8 hyperlinks. FORCE_HYPERLINK=1 or 0 decides, as for other
 * command-line tools; no links without colour or outside a terminal.
 */
export function hyperlinksWork(
	stream: {readonly isTTY?: boolean},
	environment: Environment = process.env,
): boolean {
	const forced = environment['FORCE_HYPERLINK'];
	if (forced !== undefined && forced !== '') {
		return forced !== '0';
	}

	if (!stream.isTTY || environment['NO_COLOR'] || environment['CI'] !== undefined) {
		return false;
	}

	return (
		environment['WT_SESSION'] !== undefined ||
		linkingPrograms.has(environment['TERM_PROGRAM'] ?? '') ||
		linkingTerms.has(environment['TERM'] ?? '') ||
		Number(environment['VTE_VERSION'] ?? 0) >= firstLinkingVte
	);
}

/**
 * The text as an OSC 8 link to the address. Ink's layout reads only BEL as the end of the sequence
 * (not ESC \), and counts none of it as width.
 */
export function hyperlink(url: string, text = url): string {
	// A control character in the address would end the sequence early and print the rest.
	if (/\p{Cc}/u.test(url)) {
		return text;
	}

	return `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`;
}
