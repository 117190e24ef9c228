import {authTypes} from '../box/auth-types.js';
import type {Profile} from './profile.js';

/** Its tokens act as the app's service account, known without asking users/me (an App Token). */
const appServiceAccount = (profile: Profile) =>
	authTypes[profile.authType].actsAs === 'app-service-account';

/** Who a profile's tokens act as, in words: a person, or an app's service account. */
export function actsAs(profile: Profile): string {
	const {identity} = profile;
	if (!identity) {
		return appServiceAccount(profile)
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
		return appServiceAccount(profile) ? 'service account' : 'not known yet';
	}

	const who = identity.name || identity.login;
	return identity.isServiceAccount ? `service account of ${who}` : who;
}

/** All that `users/me` said about who the tokens act as, for the detail view. */
export function identityWords(profile: Profile): string {
	const {identity} = profile;
	if (!identity) {
		return appServiceAccount(profile)
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
