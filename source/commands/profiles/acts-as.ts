import type {Profile} from '../../profiles/profile.js';

/** Who a profile's tokens act as, in words: a person, or an app's service account. */
export function actsAs(profile: Profile): string {
	const {identity} = profile;
	if (!identity) {
		return profile.authType === 'app-token'
			? "the app's service account (an App Token may not ask users/me who it is)"
			: 'not known yet';
	}

	const who = identity.name ? `${identity.name} (${identity.login})` : identity.login;
	const enterprise = identity.enterpriseId === null ? '' : `, enterprise ${identity.enterpriseId}`;
	return identity.isServiceAccount
		? `the service account of ${who}${enterprise}`
		: `${who}${enterprise}`;
}
