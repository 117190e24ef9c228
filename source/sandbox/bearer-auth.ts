import {apiAnswers} from './answers/api-answers.js';
import {isAppEnabled} from './app-authorization.js';
import {findApp} from './find-app.js';
import {sendApiError, sendChallenge} from './http-responses.js';
import {checkAccessToken} from './live-access-token.js';
import type {Exchange} from './sandbox-runtime.js';
import type {AccessTokenRecord} from './sandbox-state.js';

const challenges = {
	unknown: apiAnswers.unknownToken,
	expired: apiAnswers.expiredToken,
	revoked: apiAnswers.revokedToken,
} as const;

/**
 * The caller's token record, or undefined after answering as Box does: a 401 challenge for a
 * token Box would not take, and a 401 JSON error for a token of an app the admin has disabled.
 */
export function authenticate({
	request,
	response,
	sandbox,
}: Pick<Exchange, 'request' | 'response' | 'sandbox'>): AccessTokenRecord | undefined {
	const header = request.headers.authorization ?? '';
	if (header.length === 0) {
		sendChallenge(response, apiAnswers.noToken);
		return undefined;
	}

	const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? '';
	const check = checkAccessToken(sandbox.state, token, sandbox.now());
	if (!check.ok) {
		sendChallenge(response, challenges[check.problem]);
		return undefined;
	}

	const app = findApp(sandbox.state, check.record.clientId);
	if (app && !isAppEnabled(app)) {
		sendApiError(response, apiAnswers.appDisabled);
		return undefined;
	}

	return check.record;
}

/** App Tokens and downscoped tokens may not use account endpoints such as `users/me`. */
export const mayUseAccountEndpoints = (record: AccessTokenRecord) =>
	record.kind !== 'app_token' && record.kind !== 'downscoped';
