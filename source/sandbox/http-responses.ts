import type {ServerResponse} from 'node:http';
import type {ClientErrorBody} from './client-errors.js';
import {requestIdValue} from './random-values.js';
import type {TokenError} from './token-errors.js';

export function sendJson(
	response: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
): void {
	const text = JSON.stringify(body);
	response.writeHead(status, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(text),
		...headers,
	});
	response.end(text);
}

/** Token endpoint answers: no `box-request-id` (none in Box's captures), never cached. */
export function sendTokenJson(response: ServerResponse, status: number, body: unknown): void {
	sendJson(response, status, body, {'cache-control': 'no-store'});
}

export function sendTokenError(response: ServerResponse, error: TokenError): void {
	sendTokenJson(response, 400, {error: error.error, error_description: error.description});
}

/** `/2.0` answers carry a `box-request-id` header that differs from the body's `request_id`. */
export function sendApiJson(
	response: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
): void {
	sendJson(response, status, body, {'box-request-id': requestIdValue(), ...headers});
}

export function sendClientError(
	response: ServerResponse,
	body: ClientErrorBody,
	headers: Record<string, string> = {},
): void {
	sendApiJson(response, body.status, body, {'cache-control': 'no-cache, no-store', ...headers});
}

/**
 * Box's 401 on `/2.0`: no body, the reason only in `WWW-Authenticate` (box-auth-reference.md 4.3).
 */
export function sendUnauthorized(response: ServerResponse, tokenWasSent: boolean): void {
	const challenge = tokenWasSent
		? 'Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."'
		: 'Bearer realm="Service", error="invalid_request", error_description="The access token was not found."';
	response.writeHead(401, {
		'www-authenticate': challenge,
		'box-request-id': requestIdValue(),
		'content-length': 0,
	});
	response.end();
}

export function sendHtml(response: ServerResponse, status: number, html: string): void {
	response.writeHead(status, {
		'content-type': 'text/html; charset=utf-8',
		'content-length': Buffer.byteLength(html),
		'cache-control': 'no-store',
	});
	response.end(html);
}
