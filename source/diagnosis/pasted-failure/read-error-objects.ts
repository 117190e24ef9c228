// What the objects in a paste say about the failure: Box's two error bodies (OAuth2Error
// `{error, error_description}` and ClientError `{type: "error", status, code, message,
// request_id}`), and the SDK error printouts around them, such as box-node-sdk 10's
// `{name: "BoxApiError", requestInfo: {method, url, headers}, responseInfo: {statusCode, headers,
// body}}` or box_sdk_gen's response headers.

import type {Failure} from '../../box/failure.js';
import {mediaType} from './media-type.js';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

function statusOf(value: unknown): number | undefined {
	const status = typeof value === 'string' ? Number(value) : value;
	return typeof status === 'number' && Number.isInteger(status) && status >= 100 && status < 600
		? status
		: undefined;
}

/** A header's value from a headers object, whatever the case of its name. */
function header(headers: unknown, name: string): string | undefined {
	if (!isObject(headers)) {
		return undefined;
	}

	const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
	return text(Array.isArray(entry?.[1]) ? entry[1][0] : entry?.[1]);
}

// Box's error codes, OAuth 2.0's and its own, are lowercase words joined by underscores; this
// keeps Node's `{code: 'ENOTFOUND', message}` and log fields such as `{error: 'fetch failed'}` out.
const boxErrorCode = /^[a-z]+(?:_[a-z]+)*$/;

/** Box's error body, if `object` is one. */
function errorBody(object: JsonObject): Failure | undefined {
	const error = text(object['error']);
	if (error && boxErrorCode.test(error)) {
		return {error, description: text(object['error_description'])};
	}

	const code = text(object['code']);
	const message = text(object['message']);
	if (object['type'] === 'error' || (code && boxErrorCode.test(code) && message)) {
		return {
			status: statusOf(object['status']),
			error: code,
			description: message,
			requestId: text(object['request_id']),
		};
	}

	return undefined;
}

const httpMethod = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i;

/** The request an SDK printed next to its error (`{method, url, headers}`), if `object` is one. */
function request(object: JsonObject): Failure | undefined {
	const method = text(object['method']);
	const url = text(object['url']);
	if (!method || !httpMethod.test(method) || !url) {
		return undefined;
	}

	const contentType =
		text(object['contentType']) ??
		text(object['content_type']) ??
		header(object['headers'], 'content-type');
	return {
		method: method.toUpperCase(),
		url,
		requestContentType: contentType ? mediaType(contentType) : undefined,
	};
}

// Error printouts are a few levels deep; a limit keeps a pathological paste from exhausting the stack.
const maxLevels = 8;

function objectsIn(value: unknown, level = 0): JsonObject[] {
	if (level >= maxLevels) {
		return [];
	}

	if (Array.isArray(value)) {
		return value.flatMap((inner) => objectsIn(inner, level + 1));
	}

	return isObject(value)
		? [value, ...Object.values(value).flatMap((inner) => objectsIn(inner, level + 1))]
		: [];
}

// SDKs answer a 401 by refreshing the token, so a paste may end with that refresh failing too. A
// 401 saying the app may not be used at all is then the cause, and the refresh its echo
// (box/box-python-sdk#618: then `No "refresh_token" parameter found`).
const appRefused = (body: Failure) =>
	/cannot authorize with this service/i.test(body.description ?? '');

/**
 * The failure the objects describe. When a paste holds several (a redirect, then the error; a
 * retry log), the last one is the failure the user is asking about, unless an earlier one
 * refused the app.
 */
export function readErrorObjects(objects: unknown[]): Failure {
	const all = objects.flatMap((object) => objectsIn(object));
	const last = <Value>(pick: (object: JsonObject) => Value | undefined) =>
		all.map(pick).findLast((value) => value !== undefined);
	const body = all.map(errorBody).find((found) => found && appRefused(found)) ?? last(errorBody);
	return {
		...last(request),
		status:
			body?.status ?? last((object) => statusOf(object['statusCode'] ?? object['status_code'])),
		error: body?.error,
		description: body?.description,
		wwwAuthenticate: last((object) => header(object, 'www-authenticate')),
		// Box support asks for the `box-request-id` header first, the body's `request_id` second.
		requestId: last((object) => header(object, 'box-request-id')) ?? body?.requestId,
	};
}
