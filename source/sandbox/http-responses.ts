import type {ServerResponse} from 'node:http';
import {
	type Answer,
	type ApiAnswer,
	type ApiErrorAnswer,
	assertCatalogued,
	type ChallengeAnswer,
	type EmptyAnswer,
	given,
	type PageAnswer,
	type RedirectAnswer,
	type TokenAnswer,
	type TokenErrorAnswer,
} from './answers/answer-rows.js';
import {bodyRequestIdValue, requestIdValue} from './random-values.js';

// The only place that writes Box's answers, and each one from a row of the answer catalogue, so
// that nothing reaches a client without its evidence (a test holds every route to this).

const helpUrl = 'https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/';

function writeJson(
	response: ServerResponse,
	row: Answer,
	status: number,
	body: unknown,
	headers: Record<string, string>,
): void {
	assertCatalogued(row);
	const text = JSON.stringify(body);
	response.writeHead(status, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(text),
		...headers,
	});
	response.end(text);
}

/** Token endpoint answers: no `box-request-id` (none in Box's captures), never cached. */
export function sendToken(response: ServerResponse, row: TokenAnswer, body: unknown): void {
	writeJson(response, row, row.status, body, {'cache-control': 'no-store'});
}

export function sendTokenError(response: ServerResponse, row: TokenErrorAnswer): void {
	writeJson(
		response,
		row,
		row.status,
		{error: row.error, error_description: row.description},
		{'cache-control': 'no-store'},
	);
}

/** `/2.0` answers carry a `box-request-id` header that differs from the body's `request_id`. */
export function sendApiJson(response: ServerResponse, row: ApiAnswer, body: unknown): void {
	writeJson(response, row, row.status, body, {'box-request-id': requestIdValue()});
}

/** What a row computes its answer from, if anything: then it must be given. */
type ValuesOf<Values> = Values extends void ? [] : [values: Values];

/** Box's ClientError, keys in Box's order (box-auth-reference.md section 4.3). */
export function sendApiError<Values = void>(
	response: ServerResponse,
	row: ApiErrorAnswer<Values>,
	...rest: ValuesOf<Values>
): void {
	const values = rest[0] as Values;
	const status = given(row.status, values);
	const body = {
		type: 'error',
		status,
		code: row.code,
		...(row.contextInfo ? {context_info: row.contextInfo(values)} : {}),
		help_url: helpUrl,
		message: row.message,
		request_id: bodyRequestIdValue(),
	};
	writeJson(response, row, status, body, {
		'box-request-id': requestIdValue(),
		'cache-control': 'no-cache, no-store',
		...(row.headers ? given(row.headers, values) : {}),
	});
}

/** Box's 401 without a body: the reason is only in `WWW-Authenticate`. */
export function sendChallenge(response: ServerResponse, row: ChallengeAnswer): void {
	assertCatalogued(row);
	response.writeHead(row.status, {
		'www-authenticate': row.challenge,
		'box-request-id': requestIdValue(),
		'content-length': 0,
	});
	response.end();
}

export function sendPage(response: ServerResponse, row: PageAnswer, html: string): void {
	assertCatalogued(row);
	response.writeHead(row.status, {
		'content-type': 'text/html; charset=utf-8',
		'content-length': Buffer.byteLength(html),
		'cache-control': 'no-store',
	});
	response.end(html);
}

export function sendRedirect(
	response: ServerResponse,
	row: RedirectAnswer,
	location: string,
): void {
	assertCatalogued(row);
	response.writeHead(row.status, {location, 'content-length': 0});
	response.end();
}

export function sendEmpty(response: ServerResponse, row: EmptyAnswer): void {
	assertCatalogued(row);
	response.writeHead(row.status, {'content-length': 0, 'cache-control': 'no-store'});
	response.end();
}
