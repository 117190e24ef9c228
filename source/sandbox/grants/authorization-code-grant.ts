import {createHash} from 'node:crypto';
import {tokenAnswers} from '../answers/token-answers.js';
import type {AuthCodeRecord} from '../sandbox-state.js';
import {
	failure,
	type GrantContext,
	type GrantOutcome,
	oauthAppOf,
	success,
} from './grant-outcome.js';
import {issueAccessToken} from './issue-tokens.js';

function verifierMatches(record: AuthCodeRecord, verifier: string | null): boolean {
	if (!record.codeChallenge) {
		return true;
	}

	if (!verifier) {
		return false;
	}

	const computed =
		record.codeChallengeMethod === 'plain'
			? verifier
			: createHash('sha256').update(verifier).digest('base64url');
	return computed === record.codeChallenge;
}

/** The code from the consent redirect: 30 seconds, one use, bound to its client. */
export function authorizationCodeGrant(form: URLSearchParams, context: GrantContext): GrantOutcome {
	const {state, now} = context;
	const named = oauthAppOf(form, state);
	if ('refused' in named) {
		return named.refused;
	}

	const {app} = named;

	const record = state.authCodes[form.get('code') ?? ''];
	if (!record || record.used || record.clientId !== app.clientId) {
		return failure(tokenAnswers.authCodeUnknown);
	}

	record.used = true;
	if (record.expiresAt <= now) {
		return failure(tokenAnswers.authCodeExpired);
	}

	// Box's own SDK sends no redirect_uri here, so it may be left out; if sent, it must match.
	const redirectUri = form.get('redirect_uri');
	if (redirectUri && record.redirectUri && redirectUri !== record.redirectUri) {
		return failure(tokenAnswers.redirectUriAtExchange);
	}

	if (!verifierMatches(record, form.get('code_verifier'))) {
		return failure(tokenAnswers.codeVerifierInvalid);
	}

	return success(
		tokenAnswers.oauthTokens,
		issueAccessToken(context, {kind: 'oauth', clientId: app.clientId, userId: record.userId}),
	);
}
