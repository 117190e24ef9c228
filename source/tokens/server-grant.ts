import type {BoxConnection, BoxResult} from '../box/box-connection.js';
import {clientCredentialsToken, type Subject} from '../box/client-credentials.js';
import type {Failure} from '../box/failure.js';
import {jwtToken} from '../box/jwt-grant.js';
import type {IssuedToken} from '../box/token-request.js';
import type {Profile} from '../profiles/profile.js';
import type {SecretStore} from '../profiles/secret-store.js';

/** A new token for any subject, by the profile's own means, with its client ID and secret. */
export type ServerGrant = (subject: Subject) => Promise<BoxResult<IssuedToken>>;

/**
 * The one way a CCG or JWT profile gets a token: a fresh grant each time, its secrets read once,
 * so that renewal asks for the profile's subject and doctor, to tell causes apart, for another
 * one too. `clockOffsetSeconds` (this machine's clock minus Box's, when known) goes with every
 * JWT failure, for the clock-skew diagnosis.
 */
export async function serverGrant(
	profile: Profile,
	secrets: SecretStore,
	connection: BoxConnection,
	clockOffsetSeconds: number | undefined,
): Promise<{ok: true; grant: ServerGrant} | {ok: false; failure: Failure}> {
	const missing = (what: string): {ok: false; failure: Failure} => ({
		ok: false,
		failure: {
			text: `The profile ${profile.name} has no ${what}: enter it again with \`boxauth login --profile ${profile.name}\`.`,
			context: {authType: profile.authType, ownFinding: true, remedy: 'person'},
		},
	});
	const clientSecret = await secrets.get(profile.name, 'client-secret');
	if (!profile.clientId || !clientSecret) {
		return missing(
			[profile.clientId ? '' : 'client ID', clientSecret ? '' : 'client secret']
				.filter(Boolean)
				.join(' and '),
		);
	}

	const credentials = {clientId: profile.clientId, clientSecret};
	if (profile.authType === 'ccg') {
		return {ok: true, grant: (subject) => clientCredentialsToken(connection, credentials, subject)};
	}

	const privateKey = await secrets.get(profile.name, 'private-key');
	const passphrase = await secrets.get(profile.name, 'passphrase');
	if (!profile.publicKeyId || !privateKey || passphrase === undefined) {
		return missing('JWT key pair');
	}

	const config = {...credentials, publicKeyId: profile.publicKeyId, privateKey, passphrase};
	return {
		ok: true,
		grant: (subject) =>
			jwtToken(
				connection,
				config,
				subject,
				clockOffsetSeconds === undefined ? {} : {clockOffsetSeconds},
			),
	};
}
