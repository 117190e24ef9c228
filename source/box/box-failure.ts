import type {Failure, FailureContext} from './failure.js';
import {redactUrl} from './mask-secrets.js';
import type {BoxRequest, BoxResponse, TransportError} from './transport.js';

type ErrorBody = {
	error?: unknown;
	error_description?: unknown;
	type?: unknown;
	code?: unknown;
	message?: unknown;
	request_id?: unknown;
};

function parseErrorBody(text: string): ErrorBody {
	try {
		const body: unknown = JSON.parse(text);
		return typeof body === 'object' && body !== null ? (body as ErrorBody) : {};
	} catch {
		return {};
	}
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function requestPart(request: BoxRequest, context: FailureContext) {
	const contentType = request.body
		? 'form' in request.body
			? 'application/x-www-form-urlencoded'
			: 'application/json'
		: undefined;
	return {
		method: request.method,
		url: redactUrl(request.url),
		...(contentType ? {requestContentType: contentType} : {}),
		context,
	};
}

/** Box answered, but not with what was asked: its two error shapes, read into one. */
export function failureFromResponse(
	request: BoxRequest,
	response: BoxResponse,
	context: FailureContext,
): Failure {
	const body = parseErrorBody(response.text);
	const error = text(body.error) ?? text(body.code);
	const description = text(body.error_description) ?? text(body.message);
	const requestId = response.headers['box-request-id'] ?? text(body.request_id);
	const wwwAuthenticate = response.headers['www-authenticate'];
	return {
		status: response.status,
		...(error ? {error} : {}),
		...(description ? {description} : {}),
		...(wwwAuthenticate ? {wwwAuthenticate} : {}),
		...(requestId ? {requestId} : {}),
		...requestPart(request, context),
	};
}

export function failureFromTransport(
	request: BoxRequest,
	error: TransportError,
	context: FailureContext,
): Failure {
	return {transport: error.problem, text: error.message, ...requestPart(request, context)};
}
