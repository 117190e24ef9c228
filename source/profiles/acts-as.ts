import type {Profile} from './profile.js';

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
