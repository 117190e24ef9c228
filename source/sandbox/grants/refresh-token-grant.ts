import {findApp} from '../find-app.js';
import {tokenErrors} from '../token-errors.js';
import {failure, type GrantContext, type GrantOutcome} from './grant-outcome.js';
import {issueAccessToken} from './issue-tokens.js';

/**
 * Refresh with rotation: each refresh token works once, for at most 60 days. Box has answered a
 * reused token with "Refresh token has expired" and an unknown one with "Invalid refresh token".
 */
export function refreshTokenGrant(form: URLSearchParams, context: GrantContext): GrantOutcome {
	const {state, now} = context;
	const app = findApp(state, form.get('client_id'));
	if (!app || form.get('client_secret') !== app.clientSecret) {
		return failure(tokenErrors.invalidClient);
	}

	if (app.authType !== 'oauth') {
		return failure(tokenErrors.grantTypeNotForApp);
	}

	const record = state.refreshTokens[form.get('refresh_token') ?? ''];
	if (!record || record.clientId !== app.clientId) {
		return failure(tokenErrors.refreshTokenUnknown);
	}

	if (record.used || record.revoked || record.expiresAt <= now) {
		return failure(tokenErrors.refreshTokenExpired);
	}

	record.used = true;
	return {
		ok: true,
		token: issueAccessToken(context, {
			kind: 'oauth',
			clientId: app.clientId,
			userId: record.userId,
			oauthGrantId: record.grantId,
		}),
	};
}
