import type {BoxConnection} from '../../box/box-connection.js';
import {diagnose} from '../../diagnosis/diagnose.js';
import type {Profiles} from '../../profiles/open-profiles.js';
import type {Profile, SecretName} from '../../profiles/profile.js';
import {findProfile} from '../../profiles/profile-list.js';
import {readSettings} from '../../profiles/settings-file.js';
import {endTokensAtBox} from '../../tokens/end-tokens-at-box.js';
import {forgetPendingRenewals} from '../../tokens/renewal-journal.js';

/**
 * A profile about to be replaced by a new login of the same name, with the secrets boxauth
 * stored for it: put back if the new profile cannot be saved, deleted or revoked once it is.
 */
export type OldLogin = {profile: Profile; secrets: Map<SecretName, string>};

/** The profile of that name as the settings are now, and its stored (not BOXAUTH_*) secrets. */
export async function readOldLogin(
	profiles: Profiles,
	name: string,
	now: () => number,
): Promise<OldLogin | undefined> {
	const profile = findProfile((await readSettings(profiles.configDir, now)).settings, name);
	if (!profile) {
		return undefined;
	}

	const secrets = new Map<SecretName, string>();
	for (const [secret, place] of Object.entries(await profiles.secrets.where(name))) {
		const value =
			place === 'environment' ? undefined : await profiles.secrets.get(name, secret as SecretName);
		if (value !== undefined) {
			secrets.set(secret as SecretName, value);
		}
	}

	return {profile, secrets};
}

/** The new profile was not saved: the secrets written for it give way to the old ones again. */
export async function restoreOldLogin(
	profiles: Profiles,
	old: OldLogin,
	written: readonly SecretName[],
): Promise<void> {
	for (const name of written) {
		const value = old.secrets.get(name);
		await (value === undefined
			? profiles.secrets.delete(old.profile.name, name)
			: profiles.secrets.set(old.profile.name, name, value));
	}
}

const endsByItself: Partial<Record<SecretName, string>> = {
	'access-token': 'its access token ends within the hour',
	'refresh-token': 'its refresh token within 60 days',
};

/** Ends the old login's tokens at Box, refresh token first; says what could not be ended. */
async function revokeOldTokens(
	old: OldLogin,
	connection: BoxConnection | undefined,
): Promise<string | undefined> {
	const held = (['refresh-token', 'access-token'] as const).flatMap((name) => {
		const value = old.secrets.get(name);
		return value === undefined ? [] : [{name, value}];
	});
	if (held.length === 0) {
		return undefined;
	}

	const clientSecret = old.secrets.get('client-secret');
	const left = held.map(({name}) => endsByItself[name]).join(', and ');
	if (!connection || !old.profile.clientId || !clientSecret) {
		return `The old login's tokens could not be revoked at Box (no client secret to do it with): ${left}.`;
	}

	const {refused} = await endTokensAtBox(
		connection,
		{clientId: old.profile.clientId, clientSecret},
		held,
	);
	return refused
		? `Box would not revoke the old login's ${refused.token.replace('-', ' ')} (${diagnose(refused.failure).what}): ${left}.`
		: undefined;
}

/**
 * Once the new profile is saved: the old login's secrets that the new one does not hold are
 * deleted, a renewal it left pending is forgotten (finishing it would put the old login back),
 * and its tokens are ended at Box where Box allows. Returns what the person must be told.
 */
export async function retireOldLogin(
	profiles: Profiles,
	old: OldLogin,
	kept: readonly SecretName[],
	connection: BoxConnection | undefined,
): Promise<string[]> {
	for (const name of old.secrets.keys()) {
		if (!kept.includes(name)) {
			await profiles.secrets.delete(old.profile.name, name);
		}
	}

	await forgetPendingRenewals(profiles.configDir, old.profile.name);
	const consoleToken = old.secrets.has('app-token')
		? 'The old App Token is forgotten here; it works until it expires or is revoked in the Developer Console.'
		: undefined;
	return [await revokeOldTokens(old, connection), consoleToken].filter(
		(line): line is string => line !== undefined,
	);
}
