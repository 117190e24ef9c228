import type {Profile} from '../../profiles/profile.js';

/** Who the profile's tokens act as, short enough for a table cell. */
export function actsAsShort(profile: Profile): string {
	const {identity} = profile;
	if (!identity) {
		return profile.authType === 'app-token' ? 'service account' : 'not known yet';
	}

	const who = identity.name || identity.login;
	return identity.isServiceAccount ? `service account of ${who}` : who;
}

/** All that `users/me` said about who the tokens act as, for the detail view. */
export function identityWords(profile: Profile): string {
	const {identity} = profile;
	if (!identity) {
		return profile.authType === 'app-token'
			? "the app's service account (an App Token may not ask users/me who it is)"
			: 'not known yet: no call to users/me has answered';
	}

	return [
		identity.isServiceAccount ? `the service account of ${identity.name}` : identity.name,
		identity.login,
		`user ${identity.id}`,
		...(identity.enterpriseId === null ? [] : [`enterprise ${identity.enterpriseId}`]),
	]
		.filter(Boolean)
		.join(', ');
}
