import type {OutputStream} from '../command-input.js';
import type {CheckName} from './check.js';

// The checks that wait for Box, as runChecks announces them.
const underWay: Partial<Record<CheckName, string>> = {
	'box-reachable': 'checking that Box answers…',
	credentials: "asking Box's token endpoint for a token…",
	'users-me': 'asking Box who the token acts as (users/me)…',
};

/**
 * The check under way, on a line of its own on a terminal's standard error, so that a slow answer
 * doesn't look like a hang; cleared (with spaces, which every terminal understands) before the
 * report's next line. On anything but a terminal it writes nothing: a pipe or a log gets the
 * report alone.
 */
export function progressLine(stream: OutputStream) {
	let shown = '';
	const clear = () => {
		if (shown !== '') {
			stream.write(`\r${' '.repeat(shown.length)}\r`);
			shown = '';
		}
	};

	return {
		show(name: CheckName) {
			clear();
			const text = underWay[name]?.slice(0, Math.max(0, (stream.columns ?? 80) - 1)) ?? '';
			if (stream.isTTY && text !== '') {
				stream.write(text);
				shown = text;
			}
		},
		clear,
	};
}
