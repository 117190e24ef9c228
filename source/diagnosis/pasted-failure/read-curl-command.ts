// The curl command, when pasted with its output, tells what `curl -i` does not show: the method,
// the full URL and the body's content type (`-d` sends a form, `--json` sends JSON).

import type {Failure} from '../../box/failure.js';
import {mediaType} from './media-type.js';

// A command continued over lines with `\` (sh), `^` (cmd.exe) or a backtick (PowerShell).
const continuation = /(?:\\|\^|`)\r?\n[ \t]*/g;
const curlLine = /(?:^|[\s$>#%])curl(?:\.exe)?[ \t]+(.+)$/m;

/** Shell words, with quotes and backslash escapes removed. */
function words(command: string): string[] {
	const result: string[] = [];
	let word: string | undefined;
	let quote: string | undefined;
	for (let index = 0; index < command.length; index++) {
		const char = command[index] ?? '';
		if (quote) {
			if (char === quote) {
				quote = undefined;
			} else {
				word = (word ?? '') + (char === '\\' && quote === '"' ? (command[++index] ?? '') : char);
			}
		} else if (char === '"' || char === "'") {
			quote = char;
			word ??= '';
		} else if (/\s/.test(char)) {
			if (word !== undefined) {
				result.push(word);
			}

			word = undefined;
		} else {
			word = (word ?? '') + (char === '\\' ? (command[++index] ?? '') : char);
		}
	}

	return word === undefined ? result : [...result, word];
}

const dataOptions = new Set([
	'-d',
	'--data',
	'--data-raw',
	'--data-binary',
	'--data-ascii',
	'--data-urlencode',
]);
// Options whose value is not the URL: a proxy or a referer is a URL too.
const otherValueOptions = new Set([
	'-x',
	'--proxy',
	'-e',
	'--referer',
	'-o',
	'--output',
	'-w',
	'--write-out',
	'-A',
	'--user-agent',
	'-u',
	'--user',
	'-U',
	'--proxy-user',
	'-b',
	'--cookie',
	'-c',
	'--cookie-jar',
	'--cacert',
	'-E',
	'--cert',
	'--key',
	'-m',
	'--max-time',
	'--connect-timeout',
	'--resolve',
	'--connect-to',
	'--proxy-header',
]);

/** What a pasted `curl` command line says about the request it made. */
export function readCurlCommand(text: string): Failure {
	const command = curlLine.exec(text.replaceAll(continuation, ' '))?.[1];
	if (!command) {
		return {};
	}

	let method: string | undefined;
	let url: string | undefined;
	let contentType: string | undefined;
	let bodyType: string | undefined;
	const args = words(command);
	for (let index = 0; index < args.length; index++) {
		const arg = args[index] ?? '';
		const value = args[index + 1] ?? '';
		if (arg === '-X' || arg === '--request') {
			method = value.toUpperCase();
			index++;
		} else if (arg.startsWith('-X') && arg.length > 2) {
			method = arg.slice(2).toUpperCase();
		} else if (arg === '-H' || arg === '--header') {
			contentType = /^content-type:\s*(.+)$/i.exec(value)?.[1] ?? contentType;
			index++;
		} else if (dataOptions.has(arg)) {
			bodyType ??= 'application/x-www-form-urlencoded';
			index++;
		} else if (arg === '--json') {
			bodyType = 'application/json';
			index++;
		} else if (arg === '-F' || arg === '--form') {
			bodyType = 'multipart/form-data';
			index++;
		} else if (arg === '--url') {
			url = value;
			index++;
		} else if (otherValueOptions.has(arg)) {
			index++;
		} else if (/^https?:\/\//i.test(arg)) {
			url ??= arg;
		}
	}

	const requestContentType = contentType ?? bodyType;
	return {
		// curl's default method: POST when it sends a body, GET otherwise.
		method: url ? (method ?? (bodyType ? 'POST' : 'GET')) : method,
		url,
		requestContentType: requestContentType ? mediaType(requestContentType) : undefined,
	};
}
