import type {TokenAnswer, TokenErrorAnswer} from '../answers/answer-rows.js';
import type {SandboxState} from '../sandbox-state.js';

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
