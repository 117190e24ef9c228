import type {Failure} from '../../source/box/failure.js';

// The ways one failure reaches the diagnosis: as boxauth's client records it, as Box's raw
// JSON (slashes escaped, as Box's servers write them), as Box's SDK prints it, or as the bare
// text a user pastes, with Box's trailing periods toggled and the case changed.

export type Wrapped = [label: string, failure: Failure];

const togglePeriod = (text: string) => (text.endsWith('.') ? text.slice(0, -1) : `${text}.`);
const escapeSlashes = (json: string) => json.replaceAll('/', '\\/');

/** A `/oauth2/token` answer: `{"error": …, "error_description": …}`, status 400 unless given. */
export function tokenAnswer(
	error: string,
	description: string,
	extra: Partial<Failure> = {},
	status = 400,
): Wrapped[] {
	const body = escapeSlashes(JSON.stringify({error, error_description: description}));
	return [
		[
			'full exchange',
			{
				status,
				error,
				description,
				method: 'POST',
				url: 'https://api.box.com/oauth2/token',
				requestContentType: 'application/x-www-form-urlencoded',
				...extra,
			},
		],
		['description only', {description}],
		['other trailing period', {description: togglePeriod(description)}],
		['upper case', {description: description.toUpperCase()}],
		['raw JSON body', {status, text: body}],
		['SDK message', {text: `${status}; ${JSON.stringify(error)} - ${JSON.stringify(description)}`}],
		['pasted with a prefix', {text: `Error: token request failed: ${body}`}],
	];
}

/** A `/2.0` answer: `{"type":"error","status":…,"code":…,"message":…}`. */
export function apiAnswer(
	status: number,
	code: string,
	message: string,
	extra: Partial<Failure> = {},
): Wrapped[] {
	const body = escapeSlashes(
		JSON.stringify({
			type: 'error',
			status,
			code,
			help_url: 'http://developers.box.com/docs/#errors',
			message,
			request_id: '3llc7h400r53ja0',
		}),
	);
	return [
		[
			'full exchange',
			{
				status,
				error: code,
				description: message,
				method: 'GET',
				url: 'https://api.box.com/2.0/folders/123',
				requestId: '0de4280d7c30a4c605598d8e59a14cde7',
				...extra,
			},
		],
		['raw JSON body', {text: body}],
		['status and body', {status, text: body}],
		[
			'SDK message',
			{
				text: `${status} ${JSON.stringify(code)} ${JSON.stringify(message)}; Request ID: "3llc7h400r53ja0"`,
			},
		],
	];
}

/** Just the words, as a user pastes them from a log or a screen. */
export const saidOnly = (...texts: string[]): Wrapped[] =>
	texts.map((text) => [`text: ${text.slice(0, 40)}`, {text}]);
