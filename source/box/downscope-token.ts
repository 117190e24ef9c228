import type {AuthType} from './auth-types.js';
import type {BoxConnection, BoxResult} from './box-connection.js';
import {type IssuedToken, requestToken} from './token-request.js';

/** What to narrow a token to: scopes, and at most one of a resource URL and a shared link. */
export type DownscopeRequest = {
	subjectToken: string;
	scopes: readonly string[];
	resource?: string;
	sharedLink?: string;
	/** The auth type of the profile the subject token came from, for the diagnosis. */
	authType?: AuthType;
};

/** Token exchange: a narrower token (a few scopes, optionally one file or folder) for a browser. */
export async function downscopeToken(
	connection: BoxConnection,
	request: DownscopeRequest,
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
			...(request.sharedLink ? {box_shared_link: request.sharedLink} : {}),
		},
		request.authType ? {authType: request.authType} : {},
		signal,
	);
}
