import type {AuthType} from '../../box/auth-types.js';
import type {BoxConnection, BoxResult} from '../../box/box-connection.js';
import {clientCredentialsToken} from '../../box/client-credentials.js';
import type {Failure} from '../../box/failure.js';
import {jwtToken} from '../../box/jwt-grant.js';
import {refreshAccessToken} from '../../box/oauth.js';
import {checkAppToken, checkDeveloperToken} from '../../box/static-tokens.js';
import type {IssuedToken} from '../../box/token-request.js';
import {type CurrentUser, getCurrentUser} from '../../box/users-me.js';
import type {Identity, Profile, SecretName} from '../../profiles/profile.js';
import {accessToken, appToken, developerToken, refreshToken} from '../../tokens/token-lifetimes.js';
import type {Credentials} from './credentials.js';
import type {GivenSecret} from './given-secrets.js';

/** What the first token request proved, ready to be saved. */
export type CheckedProfile = {
	tokens: Profile['tokens'];
	identity?: Identity;
	/** Box issued the token, then `users/me` failed. */
	identityFailure?: Failure;
	/** The secrets to keep; those read from a BOXAUTH_* variable are left out. */
	secrets: Array<[SecretName, string]>;
};

export const identityOf = (user: CurrentUser): Identity => ({
	id: user.id,
	name: user.name,
	login: user.login,
	enterpriseId: user.enterprise?.id ?? null,
	isServiceAccount: user.isServiceAccount,
});

const kept = (name: SecretName, secret: GivenSecret): Array<[SecretName, string]> =>
	secret.variable === undefined ? [[name, secret.value]] : [];

/** Asks `users/me` who the new token acts as. */
async function withIdentity(
	connection: BoxConnection,
	issued: IssuedToken,
	authType: AuthType,
	checked: Pick<CheckedProfile, 'tokens' | 'secrets'>,
): Promise<BoxResult<CheckedProfile>> {
	const me = await getCurrentUser(connection, issued.accessToken, authType);
	return {
		ok: true,
		value: me.ok
			? {...checked, identity: identityOf(me.value)}
			: {...checked, identityFailure: me.failure},
	};
}

/**
 * The new profile's credentials, tried with a real request: a token grant for CCG, JWT and
 * OAuth (then `users/me` for the identity), `users/me` itself for console tokens. OAuth spends
 * the refresh token given, so Box's new one goes to `keepRefreshToken` before anything else.
 */
export async function checkCredentials(
	connection: BoxConnection,
	credentials: Credentials,
	options: {now: () => number; keepRefreshToken(token: string): Promise<void>},
): Promise<BoxResult<CheckedProfile>> {
	switch (credentials.authType) {
		case 'ccg': {
			const {clientId, clientSecret, subject} = credentials;
			const issued = await clientCredentialsToken(
				connection,
				{clientId, clientSecret: clientSecret.value},
				subject,
			);
			if (!issued.ok) {
				return issued;
			}

			return withIdentity(connection, issued.value, 'ccg', {
				tokens: {access: accessToken(issued.value.receivedAt, issued.value.expiresIn)},
				secrets: [
					...kept('client-secret', clientSecret),
					['access-token', issued.value.accessToken],
				],
			});
		}

		case 'jwt': {
			const {config, subject} = credentials;
			const issued = await jwtToken(connection, config, subject);
			if (!issued.ok) {
				return issued;
			}

			return withIdentity(connection, issued.value, 'jwt', {
				tokens: {access: accessToken(issued.value.receivedAt, issued.value.expiresIn)},
				secrets: [
					['client-secret', config.clientSecret],
					['private-key', config.privateKey],
					['passphrase', config.passphrase],
					['access-token', issued.value.accessToken],
				],
			});
		}

		case 'oauth': {
			const {clientId, clientSecret} = credentials;
			const issued = await refreshAccessToken(
				connection,
				{clientId, clientSecret: clientSecret.value},
				credentials.refreshToken.value,
			);
			if (!issued.ok) {
				return issued;
			}

			const {receivedAt, expiresIn, refreshToken: next} = issued.value;
			if (next !== undefined) {
				await options.keepRefreshToken(next);
			}

			return withIdentity(connection, issued.value, 'oauth', {
				tokens: {
					access: accessToken(receivedAt, expiresIn),
					...(next === undefined ? {} : {refresh: refreshToken(receivedAt)}),
				},
				secrets: [
					...kept('client-secret', clientSecret),
					['access-token', issued.value.accessToken],
				],
			});
		}

		case 'developer-token': {
			const me = await checkDeveloperToken(connection, credentials.token.value);
			if (!me.ok) {
				return me;
			}

			return {
				ok: true,
				value: {
					// Box does not say when the console made it: counted from now, the countdown may
					// run long, and the 401 that ends it is diagnosed as an expired developer token.
					tokens: {developer: developerToken(options.now())},
					identity: identityOf(me.value),
					secrets: kept('developer-token', credentials.token),
				},
			};
		}

		case 'app-token': {
			const check = await checkAppToken(connection, credentials.token.value);
			if (!check.ok) {
				return check;
			}

			return {
				ok: true,
				value: {
					tokens: {app: appToken(options.now(), credentials.expiry)},
					...('user' in check.value ? {identity: identityOf(check.value.user)} : {}),
					secrets: kept('app-token', credentials.token),
				},
			};
		}
	}
}
