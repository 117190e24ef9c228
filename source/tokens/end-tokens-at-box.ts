import type {BoxConnection} from '../box/box-connection.js';
import type {ClientCredentials} from '../box/client-credentials.js';
import type {Failure} from '../box/failure.js';
import {revokeToken} from '../box/oauth.js';
import {diagnose} from '../diagnosis/diagnose.js';
import type {SecretName} from '../profiles/profile.js';

export type HeldSecret = {name: SecretName; value: string};

/** What ending the tokens did: those ended, and the one Box refused to end, if it refused. */
export type TokensEnded = {ended: SecretName[]; refused?: {token: SecretName; failure: Failure}};

/**
 * `POST /oauth2/revoke` for each token in order (the refresh token first: it lives for 60
 * days), stopping at the first Box refuses. Box no longer knowing a token means it has ended
 * already, which is what was asked.
 */
export async function endTokensAtBox(
	connection: BoxConnection,
	credentials: ClientCredentials,
	held: readonly HeldSecret[],
): Promise<TokensEnded> {
	const ended: SecretName[] = [];
	for (const {name, value} of held) {
		const result = await revokeToken(connection, credentials, value);
		if (!result.ok && diagnose(result.failure).id !== 'revoke-token-unknown') {
			return {ended, refused: {token: name, failure: result.failure}};
		}

		ended.push(name);
	}

	return {ended};
}
