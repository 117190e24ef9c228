import {catalogue, docs, guess, sdkCode, tokenError} from './answer-rows.js';

// `POST /oauth2/revoke`: errors in the token endpoint's shape (box-auth-reference.md §3, §10).

export const revokeAnswers = catalogue({
	revoked: {
		type: 'empty',
		status: 200,
		when: 'a token this app was issued and that is not revoked yet (access or refresh; either ends the whole login)',
		evidence: docs("developer.box.com guides/authentication/tokens/revoke; Box's spec"),
	},
	unknownToken: tokenError('invalid_token', 'The supplied token is invalid', {
		when: 'a token Box never issued, or one already revoked',
		evidence: sdkCode(
			'box/boxcli src/commands/logout.js (2026) reads exactly this answer as "Access token is already invalid"',
		),
	}),
	otherAppsToken: tokenError('invalid_token', 'The supplied token is invalid', {
		when: 'a token another app was issued (it stays alive)',
		evidence: guess(
			"to this app, another app's token is unknown",
			"a capture of revoking another app's live token with this app's credentials",
		),
	}),
	invalidClient: tokenError('invalid_client', 'The client credentials are invalid', {
		when: 'an unknown client_id or a wrong client_secret',
		evidence: guess(
			"the token endpoint's answer to the same mistake",
			'a capture of a revoke with a wrong client_secret',
		),
	}),
});
