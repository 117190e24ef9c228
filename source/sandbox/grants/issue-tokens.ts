import {randomUUID} from 'node:crypto';
import {accessTokenValue, boxAccessTokenSeconds, refreshTokenValue} from '../random-values.js';
import type {ResourceScope, SandboxApp, SandboxState, TokenKind} from '../sandbox-state.js';
import type {GrantContext, TokenResponse} from './grant-outcome.js';

type AccessTokenRequest = {
	kind: TokenKind;
	clientId: string;
	userId: string;
	/** OAuth logins carry a refresh token; every refresh continues the same grant. */
	oauthGrantId?: string;
	restrictedTo?: ResourceScope[];
	/** Its lifetime, when not the usual one: a downscoped token ends with the token it came from. */
	seconds?: number;
};

/** The lifetime of a new access token: Box's jittered one, or the one a test set. */
export function accessTokenSeconds(state: SandboxState): number {
	return state.lifetimes.accessTokenSeconds ?? boxAccessTokenSeconds();
}

export function issueAccessToken(
	context: GrantContext,
	request: AccessTokenRequest,
): TokenResponse {
	const {state, now} = context;
	const expiresIn = request.seconds ?? accessTokenSeconds(state);
	const token = accessTokenValue();
	const restrictedTo = request.restrictedTo ?? [];
	const grantId = request.kind === 'oauth' ? (request.oauthGrantId ?? randomUUID()) : undefined;
	state.accessTokens[token] = {
		token,
		kind: request.kind,
		clientId: request.clientId,
		userId: request.userId,
		issuedAt: now,
		expiresAt: now + expiresIn * 1000,
		revoked: false,
		...(grantId ? {grantId} : {}),
		restrictedTo,
	};

	if (request.kind === 'downscoped') {
		return {
			access_token: token,
			expires_in: expiresIn,
			issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
			restricted_to: restrictedTo,
			token_type: 'bearer',
		};
	}

	if (!grantId) {
		return {access_token: token, expires_in: expiresIn, restricted_to: [], token_type: 'bearer'};
	}

	const refreshToken = refreshTokenValue();
	state.refreshTokens[refreshToken] = {
		token: refreshToken,
		clientId: request.clientId,
		userId: request.userId,
		grantId,
		issuedAt: now,
		expiresAt: now + state.lifetimes.refreshTokenSeconds * 1000,
		used: false,
		revoked: false,
	};
	return {
		access_token: token,
		expires_in: expiresIn,
		restricted_to: [],
		refresh_token: refreshToken,
		token_type: 'bearer',
	};
}

/** A Developer Token: made in the console for the logged-in user, 60 minutes, no refresh. */
export function issueDeveloperToken(
	state: SandboxState,
	app: SandboxApp,
	userId: string,
	now: number,
): string {
	const token = accessTokenValue();
	state.accessTokens[token] = {
		token,
		kind: 'developer',
		clientId: app.clientId,
		userId,
		issuedAt: now,
		expiresAt: now + state.lifetimes.developerTokenSeconds * 1000,
		revoked: false,
		restrictedTo: [],
	};
	return token;
}
