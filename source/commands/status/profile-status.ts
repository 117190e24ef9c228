import type {Profile, SecretLocation, SecretName} from '../../profiles/profile.js';
import type {SecretStore} from '../../profiles/secret-store.js';
import {type TokenState, tokenStates} from '../../tokens/token-states.js';
import {type Health, profileHealth} from './profile-health.js';

/** One profile as `boxauth status` reports it, worked out from what is stored: no network. */
export type ProfileStatus = {
	profile: Profile;
	/** The profile commands use when no --profile is given. */
	isDefault: boolean;
	health: Health;
	tokens: TokenState[];
	secrets: Partial<Record<SecretName, SecretLocation>>;
};

export async function profileStatus(
	profile: Profile,
	secrets: SecretStore,
	now: number,
	defaultName: string | undefined,
): Promise<ProfileStatus> {
	const isDefault = profile.name === defaultName;
	let places: ProfileStatus['secrets'];
	try {
		places = await secrets.where(profile.name);
	} catch (error) {
		// A keychain that works but refuses (locked, access denied) is this profile's problem,
		// not a reason to report none of the others.
		const health: Health = {
			healthy: false,
			canRenew: false,
			problem: {
				id: 'keychain-refused',
				what: `${(error as Error).message}.`,
				fix: ['Unlock the OS keychain (or allow boxauth to use it), then run boxauth status again'],
			},
		};
		return {profile, isDefault, health, tokens: tokenStates(profile, now, false), secrets: {}};
	}

	const health = profileHealth(profile, places, now);
	return {
		profile,
		isDefault,
		health,
		tokens: tokenStates(profile, now, health.canRenew),
		secrets: places,
	};
}
