import {tokenAnswers} from '../answers/token-answers.js';
import type {RefreshTokenRecord} from '../sandbox-state.js';
import {
	failure,
	type GrantContext,
	type GrantOutcome,
	oauthAppOf,
	success,
} from './grant-outcome.js';
import {issueAccessToken} from './issue-tokens.js';

/** Why a known refresh token no longer works, or undefined while it does. */
function refusal(record: RefreshTokenRecord, now: number) {
	if (record.revoked) {
		return tokenAnswers.refreshTokenRevoked;
	}

	if (record.used) {
		return tokenAnswers.refreshTokenReused;
	}

	return record.expiresAt <= now ? tokenAnswers.refreshTokenExpired : undefined;
}

/** Refresh with rotation: each refresh token works once, for at most 60 days. */
export function refreshTokenGrant(form: URLSearchParams, context: GrantContext): GrantOutcome {
	const {state, now} = context;
	const named = oauthAppOf(form, state);
	if ('refused' in named) {
		return named.refused;
	}

	const {app} = named;

	// An empty field counts as none, as form parsers commonly read it.
	const token = form.get('refresh_token');
	if (!token) {
		return failure(tokenAnswers.refreshTokenMissing);
	}

	const record = state.refreshTokens[token];
	if (!record || record.clientId !== app.clientId) {
		return failure(tokenAnswers.refreshTokenUnknown);
	}

	const refused = refusal(record, now);
	if (refused) {
		return failure(refused);
	}

	record.used = true;
	record.usedAt = now;
	return success(
		tokenAnswers.oauthTokens,
		issueAccessToken(context, {
			kind: 'oauth',
			clientId: app.clientId,
			userId: record.userId,
			oauthGrantId: record.grantId,
		}),
	);
}
