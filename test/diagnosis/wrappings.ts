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

/** One of Box's error answers, as the SDKs and the Box CLI see it. */
export type Answer = {
	status: number;
	/** The OAuth `error`, or the `/2.0` body's `code`. */
	code: string;
	/** The OAuth `error_description`, or the `/2.0` body's `message`. */
	message: string;
	/** The URL that was called; the token endpoint unless given. */
	url?: string;
	/** The body's `request_id` (`/2.0` answers only). */
	requestId?: string;
	wwwAuthenticate?: string;
};

const reasons: Record<number, [spaced: string, joined: string]> = {
	400: ['Bad Request', 'BadRequest'],
	401: ['Unauthorized', 'Unauthorized'],
	403: ['Forbidden', 'Forbidden'],
};

/**
 * The answer as each client prints it, text only: curl -v, box-node-sdk 10, box-node-sdk before 10
 * and the Box CLI (errors.js buildResponseError), boxsdk (exception.py), box_sdk_gen (errors.py),
 * box-java-sdk (BoxAPIResponseException) and box-windows-sdk-v2 (BoxException.GetErrorMessage).
 */
export function everyClient(answer: Answer): Wrapped[] {
	const {status, code, message, requestId} = answer;
	const url = answer.url ?? 'https://api.box.com/oauth2/token';
	const {host, pathname} = new URL(url);
	const tokenEndpoint = pathname.startsWith('/oauth2/');
	const method = tokenEndpoint ? 'POST' : 'GET';
	const [spaced, joined] = reasons[status] ?? ['Error', 'Error'];
	const body = tokenEndpoint
		? JSON.stringify({error: code, error_description: message})
		: JSON.stringify({
				type: 'error',
				status,
				code,
				help_url: 'http://developers.box.com/docs/#errors',
				message,
				request_id: requestId,
			});
	const pythonBody = tokenEndpoint
		? `{       'error': '${code}',\n        'error_description': '${message}'}`
		: `{       'code': '${code}',\n        'message': '${message}',\n        'request_id': '${requestId}',\n        'status': ${status},\n        'type': 'error'}`;
	const id = requestId ? ` | ${requestId}` : '';
	const challenge = answer.wwwAuthenticate ? [`< www-authenticate: ${answer.wwwAuthenticate}`] : [];
	return [
		[
			'curl -v',
			{
				text: [
					`> ${method} ${pathname} HTTP/2`,
					`> Host: ${host}`,
					...(tokenEndpoint ? ['> Content-Type: application/x-www-form-urlencoded'] : []),
					'>',
					`< HTTP/2 ${status}`,
					'< content-type: application/json',
					...challenge,
					'<',
					`${body}* Connection #0 to host ${host} left intact`,
				].join('\n'),
			},
		],
		[
			'box-node-sdk 10',
			{
				text: tokenEndpoint
					? `BoxApiError: ${status}; ${JSON.stringify(code)} - ${JSON.stringify(message)}`
					: `BoxApiError: ${status} ${JSON.stringify(code)} ${JSON.stringify(message)}; Request ID: ${JSON.stringify(requestId)}`,
			},
		],
		[
			'box-node-sdk before 10 and the Box CLI',
			{text: `Error: Unexpected API Response [${status} ${spaced}${id}] ${code} - ${message}`},
		],
		[
			'boxsdk',
			{
				text: [
					`boxsdk.exception.BoxAPIException: Message: ${message}`,
					`Status: ${status}`,
					`Code: ${code}`,
					`Request ID: ${requestId ?? 'None'}`,
					"Headers: {'Content-Type': 'application/json', 'Cache-Control': 'no-store'}",
					`URL: ${url}`,
					`Method: ${method}`,
				].join('\n'),
			},
		],
		[
			'box_sdk_gen',
			{
				text: [
					'box_sdk_gen.box.errors.BoxAPIError: \t',
					'Underlying error: None',
					tokenEndpoint
						? `Message: ${status} ; Request ID: `
						: `Message: ${status} ${message}; Request ID: ${requestId}`,
					'Request: ',
					`\tMethod: ${method}`,
					`\tURL: ${url}`,
					'Response: ',
					`\tStatus code: ${status}`,
					`\tCode: ${tokenEndpoint ? 'None' : code}`,
					'\tBody: ',
					pythonBody,
				].join('\n'),
			},
		],
		[
			'box-java-sdk',
			{
				text: `com.box.sdk.BoxAPIResponseException: The API returned an error code [${status}${id}] ${code} - ${message}\n\tat com.box.sdk.BoxAPIResponse.<init>(BoxAPIResponse.java:92)`,
			},
		],
		[
			'box-windows-sdk-v2',
			{
				text: `Box.V2.Exceptions.BoxAPIException: The API returned an error [${joined}${id}] ${code} - ${message}\n   at Box.V2.Extensions.BoxResponseExtensions.ParseResults[T](IBoxResponse\`1 response, IBoxConverter converter)`,
			},
		],
	];
}
