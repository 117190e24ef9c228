import {boxCall} from './box-call.js';
import type {BoxConnection, BoxResult} from './box-connection.js';
import type {FailureContext} from './failure.js';
import type {BoxRequest} from './transport.js';

/** An access token as Box issued it, with the moment it was received on boxauth's clock. */
export type IssuedToken = {
	accessToken: string;
	/** Seconds, as Box said: not always 3600. */
	expiresIn: number;
	/** Milliseconds on boxauth's clock. */
	receivedAt: number;
	refreshToken?: string;
	restrictedTo: unknown[];
	/** Sent for downscoped tokens only: `urn:ietf:params:oauth:token-type:access_token`. */
	issuedTokenType?: string;
};

type TokenBody = {
	access_token?: unknown;
	expires_in?: unknown;
	refresh_token?: unknown;
	restricted_to?: unknown;
	issued_token_type?: unknown;
};

/** `POST /oauth2/token` with a form, as every grant does. */
export async function requestToken(
	connection: BoxConnection,
	form: Record<string, string>,
	context: FailureContext,
	signal?: AbortSignal,
	untilAnswered?: BoxRequest['untilAnswered'],
): Promise<BoxResult<IssuedToken>> {
	return boxCall(
		connection,
		{
			method: 'POST',
			url: `${connection.urls.apiUrl}/oauth2/token`,
			body: {form: new URLSearchParams(form)},
			...(signal ? {signal} : {}),
			...(untilAnswered ? {untilAnswered} : {}),
		},
		{...context, grantType: form['grant_type'] ?? ''},
		(response) => {
			const body = JSON.parse(response.text) as TokenBody;
			if (typeof body.access_token !== 'string' || typeof body.expires_in !== 'number') {
				throw new TypeError('The token endpoint answered 200 without access_token and expires_in');
			}

			return {
				accessToken: body.access_token,
				expiresIn: body.expires_in,
				receivedAt: connection.now(),
				...(typeof body.refresh_token === 'string' ? {refreshToken: body.refresh_token} : {}),
				restrictedTo: Array.isArray(body.restricted_to) ? body.restricted_to : [],
				...(typeof body.issued_token_type === 'string'
					? {issuedTokenType: body.issued_token_type}
					: {}),
			};
		},
	);
}
