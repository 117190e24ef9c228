import type {Profiles} from '../profiles/open-profiles.js';
import type {Profile} from '../profiles/profile.js';
import {reasonInWords} from '../profiles/system-error-reason.js';
import type {RenewOutcome} from './renew-access-token.js';
import type {PendingRenewal} from './renewal-journal.js';
import {accessToken, refreshToken} from './token-lifetimes.js';

/**
 * Stores Box's answer to a renewal: the new refresh token first (Box has forgotten the old one),
 * then the access token, then the profile's times. Throws what the keychain, the secrets file or
 * the settings throw; the caller keeps the journal then.
 */
export async function saveRenewal(
	profiles: Profiles,
	profile: Profile,
	renewal: PendingRenewal,
	now: () => number,
): Promise<Profile> {
	if (renewal.refreshToken) {
		await profiles.secrets.set(profile.name, 'refresh-token', renewal.refreshToken);
	}

	await profiles.secrets.set(profile.name, 'access-token', renewal.accessToken);
	const renewed: Profile = {
		...profile,
		tokens: {
			...profile.tokens,
			access: accessToken(renewal.receivedAt, renewal.expiresIn),
			...(renewal.refreshToken ? {refresh: refreshToken(renewal.receivedAt)} : {}),
		},
		lastCheck: {at: now(), ok: true, summary: 'Access token renewed'},
	};
	await (await profiles.settingsStore()).save(renewed);
	return renewed;
}

/**
 * Box's answer as a renewal's outcome: stored, or, when the store refuses, the new token all the
 * same (it works) with `unsaved` told why the save failed, in words.
 */
export async function keepRenewal(
	profiles: Profiles,
	profile: Profile,
	renewal: PendingRenewal,
	now: () => number,
	unsaved: (reason: string) => string,
): Promise<Extract<RenewOutcome, {ok: true}>> {
	const issued = {ok: true as const, accessToken: renewal.accessToken, renewed: true};
	try {
		const renewed = await saveRenewal(profiles, profile, renewal, now);
		return {...issued, expiresAt: renewed.tokens.access?.expiresAt ?? null, profile: renewed};
	} catch (error) {
		return {
			...issued,
			expiresAt: accessToken(renewal.receivedAt, renewal.expiresIn).expiresAt,
			profile,
			unsaved: unsaved(reasonInWords(error)),
		};
	}
}
