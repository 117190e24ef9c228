import type {Failure} from '../../box/failure.js';
import {secretVariables} from '../../profiles/environment-secrets.js';
import type {Profiles} from '../../profiles/open-profiles.js';
import type {Profile, SecretName} from '../../profiles/profile.js';
import {findProfile} from '../../profiles/profile-list.js';
import {readSettings} from '../../profiles/settings-file.js';
import {endTokensAtBox, type HeldSecret} from '../../tokens/end-tokens-at-box.js';
import {withRefreshLock} from '../../tokens/refresh-lock.js';
import type {RenewDependencies} from '../../tokens/renew-access-token.js';
import {type ConsoleTokenType, consoleTokens} from './console-tokens.js';

/** What revoking did; `stillSet` names BOXAUTH_* variables that still hold a forgotten token. */
export type RevokeOutcome =
	| {kind: 'no-profile'}
	| {kind: 'nothing-held'; profile: Profile}
	/** A developer token or App Token: forgotten here, since only the console can end it. */
	| {kind: 'forgotten'; profile: Profile; consoleToken: ConsoleTokenType; stillSet: string[]}
	| {kind: 'no-credentials'; profile: Profile; missing: 'client ID' | 'client secret'}
	/** Box refused to revoke `token`; those in `revoked` went before it; nothing was forgotten. */
	| {kind: 'refused'; profile: Profile; failure: Failure; token: SecretName; revoked: SecretName[]}
	| {kind: 'revoked'; profile: Profile; revoked: SecretName[]; stillSet: string[]};

/**
 * Forgets the tokens' values and their times, keeping the profile and its app's secrets.
 * Returns the variables that still give a token, which boxauth only reads.
 */
async function forget(
	profiles: Profiles,
	profile: Profile,
	secrets: SecretName[],
	held: Array<keyof Profile['tokens']>,
): Promise<string[]> {
	for (const name of secrets) {
		await profiles.secrets.delete(profile.name, name);
	}

	const tokens = {...profile.tokens};
	for (const kind of held) {
		delete tokens[kind];
	}

	// Every view then says the login was ended on purpose, not that something broke.
	const lastCheck = {at: Date.now(), ok: false, summary: 'The login was revoked (boxauth revoke)'};
	await (await profiles.settingsStore()).save({...profile, tokens, lastCheck});
	const stillSet: string[] = [];
	for (const name of secrets) {
		if ((await profiles.secrets.get(profile.name, name)) !== undefined) {
			stillSet.push(secretVariables[name]);
		}
	}

	return stillSet;
}

async function forgetConsoleToken(
	profiles: Profiles,
	profile: Profile,
	consoleToken: ConsoleTokenType,
): Promise<RevokeOutcome> {
	const {secret, held} = consoleTokens[consoleToken];
	if ((await profiles.secrets.get(profile.name, secret)) === undefined) {
		return {kind: 'nothing-held', profile};
	}

	const stillSet = await forget(profiles, profile, [secret], [held]);
	return {kind: 'forgotten', profile, consoleToken, stillSet};
}

/** CCG, JWT and OAuth: `POST /oauth2/revoke` for each held token, then forget them. */
async function revokeAtBox(
	profiles: Profiles,
	profile: Profile,
	connect: RenewDependencies['connect'],
): Promise<RevokeOutcome> {
	// The refresh token first: it is the one that lives for 60 days.
	const names: SecretName[] =
		profile.authType === 'oauth' ? ['refresh-token', 'access-token'] : ['access-token'];
	const held: HeldSecret[] = [];
	for (const name of names) {
		const value = await profiles.secrets.get(profile.name, name);
		if (value !== undefined) {
			held.push({name, value});
		}
	}

	if (held.length === 0) {
		return {kind: 'nothing-held', profile};
	}

	const clientSecret = await profiles.secrets.get(profile.name, 'client-secret');
	if (!profile.clientId || !clientSecret) {
		return {
			kind: 'no-credentials',
			profile,
			missing: profile.clientId ? 'client secret' : 'client ID',
		};
	}

	const {connection, close} = await connect(profile);
	let revoked: SecretName[];
	try {
		const {ended, refused} = await endTokensAtBox(
			connection,
			{clientId: profile.clientId, clientSecret},
			held,
		);
		if (refused) {
			return {kind: 'refused', profile, ...refused, revoked: ended};
		}

		revoked = ended;
	} finally {
		await close();
	}

	const stillSet = await forget(profiles, profile, revoked, ['access', 'refresh']);
	return {kind: 'revoked', profile, revoked, stillSet};
}

/**
 * Ends the profile's tokens at Box (or, for console tokens, forgets them), printing nothing:
 * `boxauth revoke` and the dashboard say it in their own places. Under the refresh lock, so
 * that no `boxauth token` renews while the tokens are revoked, and from the settings as they
 * are once the lock is held.
 */
export async function revokeProfileTokens(
	profiles: Profiles,
	name: string,
	connect: RenewDependencies['connect'],
): Promise<RevokeOutcome> {
	return withRefreshLock(profiles.configDir, name, async () => {
		const {settings} = await readSettings(profiles.configDir, Date.now);
		const profile = findProfile(settings, name);
		if (!profile) {
			return {kind: 'no-profile'};
		}

		switch (profile.authType) {
			case 'developer-token':
			case 'app-token': {
				return forgetConsoleToken(profiles, profile, profile.authType);
			}

			default: {
				return revokeAtBox(profiles, profile, connect);
			}
		}
	});
}
