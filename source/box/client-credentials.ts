import type {BoxConnection, BoxResult} from './box-connection.js';
import {type IssuedToken, requestToken} from './token-request.js';

export type Subject = {type: 'enterprise' | 'user'; id: string};

export type ClientCredentials = {clientId: string; clientSecret: string};

/** Client Credentials Grant: the app's service account (enterprise) or one user, no key pair. */
export async function clientCredentialsToken(
	connection: BoxConnection,
	credentials: ClientCredentials,
	subject: Subject,
	signal?: AbortSignal,
): Promise<BoxResult<IssuedToken>> {
	return requestToken(
		connection,
		{
			grant_type: 'client_credentials',
			client_id: credentials.clientId,
			client_secret: credentials.clientSecret,
			box_subject_type: subject.type,
			box_subject_id: subject.id,
		},
		{authType: 'ccg', subjectType: subject.type, subjectId: subject.id},
		signal,
	);
}
