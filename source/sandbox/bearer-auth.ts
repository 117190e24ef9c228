import {sendUnauthorized} from './http-responses.js';
import {liveAccessToken} from './live-access-token.js';
import type {Exchange} from './sandbox-runtime.js';
import type {AccessTokenRecord} from './sandbox-state.js';

/** The caller's token record, or undefined after answering 401 as Box does. */
export function authenticate({
	request,
	response,
	sandbox,
}: Exchange): AccessTokenRecord | undefined {
	const header = request.headers.authorization ?? '';
	const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
	if (!match?.[1]) {
		sendUnauthorized(response, header.length > 0);
		return undefined;
	}

	const record = liveAccessToken(sandbox.state, match[1], sandbox.now());
	if (!record) {
		sendUnauthorized(response, true);
	}

	return record;
}

/**
 * App Tokens may call only a handful of item endpoints, and a downscoped token only its scopes
 * on its item; account endpoints such as `users/me` answer them 403. This follows Box's docs;
 * the exact answer has not been captured.
 */
export const mayUseAccountEndpoints = (record: AccessTokenRecord) =>
	record.kind !== 'app_token' && record.kind !== 'downscoped';
