import {maskSecret} from './mask-secrets.js';

/** Every request and response field that carries a secret, in Box's form and JSON bodies. */
const secretFields = new Set([
	'client_secret',
	'assertion',
	'code',
	'code_verifier',
	'refresh_token',
	'access_token',
	'subject_token',
	'actor_token',
	'token',
	'clientSecret',
	'privateKey',
	'passphrase',
	'developerToken',
	'appToken',
	'upload_token',
]);

export function redactForm(body: string): string {
	const form = new URLSearchParams(body);
	for (const [name, value] of form) {
		if (secretFields.has(name)) {
			form.set(name, maskSecret(value));
		}
	}

	return decodeURIComponent(form.toString().replaceAll('+', ' '));
}

function redactValue(value: unknown): unknown {
	if (Array.isArray(value)) {
		return value.map(redactValue);
	}

	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(
			Object.entries(value).map(([key, inner]) => [
				key,
				secretFields.has(key) && typeof inner === 'string' ? maskSecret(inner) : redactValue(inner),
			]),
		);
	}

	return value;
}

/** A JSON body with its secret fields masked; text that is not JSON is kept only if short. */
export function redactJson(body: string): string {
	try {
		return JSON.stringify(redactValue(JSON.parse(body)));
	} catch {
		return body.length > 200 ? `${body.slice(0, 200)}…` : body;
	}
}

/**
 * A URL with anything secret masked: query values of secret fields, and path segments that look
 * like tokens (people post their developer token to `/oauth2/<token>`).
 */
export function redactUrl(url: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return url.replaceAll(/[A-Za-z\d]{20,}/g, (token) => maskSecret(token));
	}

	for (const [name, value] of parsed.searchParams) {
		if (secretFields.has(name)) {
			parsed.searchParams.set(name, maskSecret(value));
		}
	}

	parsed.pathname = parsed.pathname
		.split('/')
		.map((segment) =>
			/^[A-Za-z\d]{20,}$/.test(segment) && !/^\d+$/.test(segment) ? maskSecret(segment) : segment,
		)
		.join('/');
	return decodeURI(parsed.toString());
}
