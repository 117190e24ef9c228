import type {BoxConnection, BoxResult} from '../box/box-connection.js';
import {clientCredentialsToken} from '../box/client-credentials.js';
import type {Failure} from '../box/failure.js';
import {jwtToken} from '../box/jwt-grant.js';
import {refreshAccessToken} from '../box/oauth.js';
import type {IssuedToken} from '../box/token-request.js';
import {diagnose} from '../diagnosis/diagnose.js';
import type {Profiles} from '../profiles/open-profiles.js';
import type {Profile} from '../profiles/profile.js';
import {findProfile} from '../profiles/profile-list.js';
import {readSettings} from '../profiles/read-settings.js';
import {heldAccessToken} from './held-access-token.js';
import {withRefreshLock} from './refresh-lock.js';
import {renewalMeans} from './renewal-means.js';
import {accessToken, refreshToken} from './token-lifetimes.js';

export type ProfileConnection = {connection: BoxConnection; close(): Promise<void>};

export type RenewDependencies = {
	profiles: Profiles;
	now: () => number;
	random: () => number;
	/** Opens the way to Box for this profile (for a sandbox profile, starts the sandbox). */
	connect: (profile: Profile) => Promise<ProfileConnection>;
};

export type RenewOutcome =
	| {ok: true; accessToken: string; expiresAt: number | null; profile: Profile; renewed: boolean}
	| {ok: false; failure: Failure; profile: Profile};

const missing = (profile: Profile, what: string): Failure => ({
	text: `The profile ${profile.name} has no ${what}.`,
	context: {authType: profile.authType},
});

async function requestNewToken(
	profile: Profile,
	dependencies: RenewDependencies,
	connection: BoxConnection,
): Promise<BoxResult<IssuedToken>> {
	const {secrets} = dependencies.profiles;
	const get = (name: Parameters<typeof secrets.get>[1]) => secrets.get(profile.name, name);
	const clientSecret = await get('client-secret');
	if (!profile.clientId || !clientSecret) {
		return {ok: false, failure: missing(profile, 'client ID and secret')};
	}

	const credentials = {clientId: profile.clientId, clientSecret};
	if (profile.authType === 'oauth') {
		const held = await get('refresh-token');
		return held
			? refreshAccessToken(connection, credentials, held)
			: {ok: false, failure: missing(profile, 'refresh token: log in again with boxauth setup')};
	}

	if (!profile.subject) {
		return {ok: false, failure: missing(profile, 'enterprise or user ID')};
	}

	if (profile.authType === 'ccg') {
		return clientCredentialsToken(connection, credentials, profile.subject);
	}

	const privateKey = await get('private-key');
	const passphrase = await get('passphrase');
	if (!profile.publicKeyId || !privateKey || passphrase === undefined) {
		return {ok: false, failure: missing(profile, 'JWT key pair')};
	}

	return jwtToken(
		connection,
		{...credentials, publicKeyId: profile.publicKeyId, privateKey, passphrase},
		profile.subject,
	);
}

export type RenewOptions = {
	/**
	 * Renew a token that is still fresh (the dashboard's refresh now, or its own schedule, whose
	 * jitter differs from this one's), unless another process renewed it while this one waited.
	 */
	force?: boolean;
};

/**
 * Renews the profile's access token by the means its auth type allows, under the profile's
 * lock. The settings are read again once the lock is held: another boxauth process may have
 * renewed meanwhile, and then its token is used and no refresh token is spent twice. A new
 * refresh token is stored before anything else, since Box has already forgotten the old one.
 */
export async function renewAccessToken(
	dependencies: RenewDependencies,
	profileName: string,
	options: RenewOptions = {},
): Promise<RenewOutcome> {
	const {profiles, now, random} = dependencies;
	const askedAt = now();
	return withRefreshLock(profiles.configDir, profileName, async () => {
		const {settings} = await readSettings(profiles.configDir, now);
		const profile = findProfile(settings, profileName);
		if (!profile) {
			throw new Error(`no profile named ${profileName}; boxauth profiles list shows them`);
		}

		const held = await heldAccessToken(profile, profiles.secrets, now(), random());
		const means = renewalMeans(profile.authType);
		const renewedMeanwhile =
			(profile.tokens.access?.issuedAt ?? Number.NEGATIVE_INFINITY) >= askedAt;
		const forced = options.force === true && means.kind !== 'none' && !renewedMeanwhile;
		if (held.kind === 'fresh' && !forced) {
			return {
				ok: true,
				accessToken: held.accessToken,
				expiresAt: held.expiresAt,
				profile,
				renewed: false,
			};
		}

		if (means.kind === 'none') {
			const ageSeconds = Math.round((now() - (profile.tokens.developer?.issuedAt ?? now())) / 1000);
			const failure: Failure =
				profile.authType === 'developer-token'
					? {
							text: 'Developer token has expired. Please provide a new one.',
							context: {authType: 'developer-token', credentialAgeSeconds: ageSeconds},
						}
					: {text: means.why, context: {authType: profile.authType}};
			return {ok: false, failure, profile};
		}

		const {connection, close} = await dependencies.connect(profile);
		try {
			const result = await requestNewToken(profile, dependencies, connection);
			const store = await profiles.settingsStore();
			if (!result.ok) {
				await store.save({
					...profile,
					lastCheck: {
						at: now(),
						ok: false,
						diagnosisId: diagnose(result.failure).id,
						summary: 'Renewing the access token failed',
					},
				});
				return {ok: false, failure: result.failure, profile};
			}

			const issued = result.value;
			if (issued.refreshToken) {
				await profiles.secrets.set(profile.name, 'refresh-token', issued.refreshToken);
			}

			await profiles.secrets.set(profile.name, 'access-token', issued.accessToken);
			const renewed: Profile = {
				...profile,
				tokens: {
					...profile.tokens,
					access: accessToken(issued.receivedAt, issued.expiresIn),
					...(issued.refreshToken ? {refresh: refreshToken(issued.receivedAt)} : {}),
				},
				lastCheck: {at: now(), ok: true, summary: 'Access token renewed'},
			};
			await store.save(renewed);
			return {
				ok: true,
				accessToken: issued.accessToken,
				expiresAt: renewed.tokens.access?.expiresAt ?? null,
				profile: renewed,
				renewed: true,
			};
		} finally {
			await close();
		}
	});
}
