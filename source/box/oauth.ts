import {createHash, randomBytes} from 'node:crypto';
import {boxCall} from './box-call.js';
import type {BoxConnection, BoxResult} from './box-connection.js';
import type {ClientCredentials} from './client-credentials.js';
import {type IssuedToken, requestToken} from './token-request.js';

export type Pkce = {verifier: string; challenge: string};

/** A PKCE pair (RFC 7636, S256): the challenge goes in the authorize URL, the verifier with the code. */
export function createPkce(): Pkce {
	const verifier = randomBytes(32).toString('base64url');
	return {verifier, challenge: createHash('sha256').update(verifier).digest('base64url')};
}

/** A `state` value that a stray or forged redirect cannot guess. */
export const createState = () => randomBytes(24).toString('base64url');

/** The consent page's URL; boxauth builds it itself (Box's SDK pins it to account.box.com). */
export function authorizeUrl(
	connection: Pick<BoxConnection, 'urls'>,
	request: {
		clientId: string;
		redirectUri: string;
		state: string;
		codeChallenge?: string;
		scope?: string;
	},
): string {
	const url = new URL(connection.urls.authorizeUrl);
	url.searchParams.set('response_type', 'code');
	url.searchParams.set('client_id', request.clientId);
	url.searchParams.set('redirect_uri', request.redirectUri);
	url.searchParams.set('state', request.state);
	if (request.codeChallenge) {
		url.searchParams.set('code_challenge', request.codeChallenge);
		url.searchParams.set('code_challenge_method', 'S256');
	}

	if (request.scope) {
		url.searchParams.set('scope', request.scope);
	}

	return url.toString();
}

/** The code from the redirect, exchanged within its 30 seconds. */
export async function exchangeCode(
	connection: BoxConnection,
	credentials: ClientCredentials,
	exchange: {code: string; redirectUri?: string; codeVerifier?: string; codeAgeSeconds?: number},
	signal?: AbortSignal,
): Promise<BoxResult<IssuedToken>> {
	return requestToken(
		connection,
		{
			grant_type: 'authorization_code',
			code: exchange.code,
			client_id: credentials.clientId,
			client_secret: credentials.clientSecret,
			...(exchange.redirectUri ? {redirect_uri: exchange.redirectUri} : {}),
			...(exchange.codeVerifier ? {code_verifier: exchange.codeVerifier} : {}),
		},
		{
			authType: 'oauth',
			...(exchange.codeAgeSeconds === undefined
				? {}
				: {credentialAgeSeconds: exchange.codeAgeSeconds}),
		},
		signal,
	);
}

// Long enough that a normal answer never prompts it; short enough that a person at a stalled
// terminal knows why it does not end.
const slowRefreshMs = 10_000;

/**
 * A new access token and a new refresh token; the old refresh token is dead from the moment Box
 * reads the request, so the caller must store the new one before anything else. Once sent, the
 * request is never given up: `say` hears why it is taking long.
 */
export async function refreshAccessToken(
	connection: BoxConnection,
	credentials: ClientCredentials,
	refreshToken: string,
	say: (line: string) => void = () => undefined,
): Promise<BoxResult<IssuedToken>> {
	return requestToken(
		connection,
		{
			grant_type: 'refresh_token',
			refresh_token: refreshToken,
			client_id: credentials.clientId,
			client_secret: credentials.clientSecret,
		},
		{authType: 'oauth'},
		undefined,
		{
			sayAfterMs: slowRefreshMs,
			say() {
				say(
					'Box is slow to answer the renewal. boxauth waits for its answer however long it takes: Box may already have spent the old refresh token, and only this answer holds the new one.',
				);
			},
		},
	);
}

/** `POST /oauth2/revoke`: ends the token (for OAuth, the whole login). */
export async function revokeToken(
	connection: BoxConnection,
	credentials: ClientCredentials,
	token: string,
	signal?: AbortSignal,
): Promise<BoxResult<undefined>> {
	return boxCall(
		connection,
		{
			method: 'POST',
			url: `${connection.urls.apiUrl}/oauth2/revoke`,
			body: {
				form: new URLSearchParams({
					client_id: credentials.clientId,
					client_secret: credentials.clientSecret,
					token,
				}),
			},
			...(signal ? {signal} : {}),
		},
		{},
		() => undefined,
	);
}
