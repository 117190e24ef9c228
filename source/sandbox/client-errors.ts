import {bodyRequestIdValue} from './random-values.js';

/** The `/2.0` error body, in Box's key order (box-auth-reference.md section 4.3). */
export type ClientErrorBody = {
	type: 'error';
	status: number;
	code: string;
	context_info?: Record<string, unknown>;
	help_url: string;
	message: string;
	request_id: string;
};

const helpUrl = 'https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/';

export function clientErrorBody(
	status: number,
	code: string,
	message: string,
	contextInfo?: Record<string, unknown>,
): ClientErrorBody {
	return {
		type: 'error',
		status,
		code,
		...(contextInfo ? {context_info: contextInfo} : {}),
		help_url: helpUrl,
		message,
		request_id: bodyRequestIdValue(),
	};
}

export const clientErrors = {
	notFound: () => clientErrorBody(404, 'not_found', 'Not Found'),
	methodNotAllowed: () => clientErrorBody(405, 'method_not_allowed', 'Method Not Allowed'),
	badRequest: (message: string) => clientErrorBody(400, 'bad_request', message),
	accessDenied: () =>
		clientErrorBody(
			403,
			'access_denied_insufficient_permissions',
			'Access denied - insufficient permission',
		),
	rateLimited: () =>
		clientErrorBody(
			429,
			'rate_limit_exceeded',
			'Request rate limit exceeded, please try again later',
		),
	serverError: (status: number) =>
		status === 503
			? clientErrorBody(503, 'unavailable', 'Unavailable')
			: status === 502
				? clientErrorBody(502, 'bad_gateway', 'Bad Gateway')
				: clientErrorBody(status, 'internal_server_error', 'Internal Server Error'),
	tooLarge: () => clientErrorBody(413, 'request_entity_too_large', 'Request Entity Too Large'),
} as const;
