import type {BoxConnection, BoxResult} from './box-connection.js';
import {type IssuedToken, requestToken} from './token-request.js';

/** Token exchange: a narrower token (a few scopes, optionally one file or folder) for a browser. */
export async function downscopeToken(
	connection: BoxConnection,
	request: {subjectToken: string; scopes: string[]; resource?: string},
	signal?: AbortSignal,
): Promise<BoxResult<IssuedToken>> {
	return requestToken(
		connection,
		{
			grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
			subject_token: request.subjectToken,
			subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
			scope: request.scopes.join(' '),
			...(request.resource ? {resource: request.resource} : {}),
		},
		{},
		signal,
	);
}
