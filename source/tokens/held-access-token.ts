import {authTypes, renews} from '../box/auth-types.js';
import type {Failure} from '../box/failure.js';
import type {HeldToken} from '../profiles/held-token.js';
import type {Profile, SecretName} from '../profiles/profile.js';
import type {SecretStore} from '../profiles/secret-store.js';
import {renewalVerdict} from './refresh-schedule.js';

/** Which held token and which secret a profile's bearer token is, by auth type. */
export function bearerTokenOf(profile: Profile): {held?: HeldToken; secret: SecretName} {
	const {secret, held} = authTypes[profile.authType].bearer;
	return {held: profile.tokens[held], secret};
}

export type HeldTokenAnswer =
	| {kind: 'fresh'; accessToken: string; expiresAt: number | null}
	/**
	 * Must be renewed (or, for console tokens, replaced) before use; `stillValid` while it has
	 * not expired yet, to fall back on if the renewal fails.
	 */
	| {
			kind: 'renew';
			expired: boolean;
			failure?: Failure;
			stillValid?: {accessToken: string; expiresAt: number | null};
	  };

/**
 * The fast path of `boxauth token`: the profile's bearer token if it is still fresh. Reads the
 * settings already in memory and one secret; never loads the network code.
 */
export async function heldAccessToken(
	profile: Profile,
	secrets: SecretStore,
	now: number,
	random: number,
): Promise<HeldTokenAnswer> {
	const {held, secret} = bearerTokenOf(profile);
	const value = await secrets.get(profile.name, secret);
	if (!held || !value) {
		return {kind: 'renew', expired: true};
	}

	// Box refused this very token after it was issued (a revoked token, a deauthorized app): the
	// clock's word that it is fresh no longer counts.
	const {lastCheck} = profile;
	if (
		lastCheck?.ok === false &&
		lastCheck.diagnosisId !== undefined &&
		lastCheck.at >= held.issuedAt
	) {
		return {kind: 'renew', expired: true};
	}

	const verdict = renewalVerdict(held, now, random);
	const renewable = renews(profile.authType);
	// A console token that still works is used to its last second: nothing can renew it.
	if (verdict === 'fresh' || (verdict === 'renew' && !renewable)) {
		return {kind: 'fresh', accessToken: value, expiresAt: held.expiresAt};
	}

	return verdict === 'expired'
		? {kind: 'renew', expired: true}
		: {kind: 'renew', expired: false, stillValid: {accessToken: value, expiresAt: held.expiresAt}};
}
