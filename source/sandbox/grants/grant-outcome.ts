import type {TokenAnswer, TokenErrorAnswer} from '../answers/answer-rows.js';
import {tokenAnswers} from '../answers/token-answers.js';
import {findApp} from '../find-app.js';
import type {SandboxApp, SandboxState} from '../sandbox-state.js';

/** Box's token JSON, keys in the order Box sends them. */
export type TokenResponse = {
	access_token: string;
	expires_in: number;
	issued_token_type?: 'urn:ietf:params:oauth:token-type:access_token';
	restricted_to: unknown[];
	refresh_token?: string;
	token_type: 'bearer';
};

export type GrantOutcome =
	| {ok: true; answer: TokenAnswer; token: TokenResponse}
	| {ok: false; answer: TokenErrorAnswer};

export type GrantContext = {
	state: SandboxState;
	/** The sandbox's clock, in milliseconds (the machine's clock plus the sandbox's offset). */
	now: number;
};

export const failure = (answer: TokenErrorAnswer): GrantOutcome => ({ok: false, answer});

export const success = (answer: TokenAnswer, token: TokenResponse): GrantOutcome => ({
	ok: true,
	answer,
	token,
});

/**
 * The OAuth 2.0 app a code or refresh token grant names, once its client secret matches; Box's
 * answer otherwise (an unknown client or a wrong secret, or an app of another kind).
 */
export function oauthAppOf(
	form: URLSearchParams,
	state: SandboxState,
): {app: SandboxApp} | {refused: GrantOutcome} {
	const app = findApp(state, form.get('client_id'));
	if (!app || form.get('client_secret') !== app.clientSecret) {
		return {refused: failure(tokenAnswers.invalidClient)};
	}

	return app.authType === 'oauth' ? {app} : {refused: failure(tokenAnswers.grantTypeNotForApp)};
}
