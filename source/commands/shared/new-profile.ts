import type {BoxUrls} from '../../box/box-urls.js';
import type {LastCheck, Profile, SecretLocation} from '../../profiles/profile.js';
import type {AddRequest} from './add-request.js';
import type {CheckedProfile} from './check-credentials.js';
import type {Credentials} from './credentials.js';

/** The BOXAUTH_* variables the credentials were read from. */
export function variablesUsed(credentials: Credentials): string[] {
	const given = [
		'clientSecret' in credentials ? credentials.clientSecret : undefined,
		'token' in credentials ? credentials.token : undefined,
		'refreshToken' in credentials ? credentials.refreshToken : undefined,
	];
	return given.flatMap((secret) => (secret?.variable === undefined ? [] : [secret.variable]));
}

/** The profile as it is saved: what was asked, what was given, and what Box's answer proved. */
export function newProfile(
	request: AddRequest,
	credentials: Credentials,
	checked: CheckedProfile,
	facts: {urls: BoxUrls; secretLocation: SecretLocation; lastCheck: LastCheck},
): Profile {
	const clientId =
		credentials.authType === 'jwt'
			? credentials.config.clientId
			: 'clientId' in credentials
				? credentials.clientId
				: undefined;
	return {
		name: request.name,
		authType: request.authType,
		urls: facts.urls,
		sandbox: request.sandbox,
		...(clientId === undefined ? {} : {clientId}),
		...('subject' in credentials ? {subject: credentials.subject} : {}),
		...(credentials.authType === 'jwt' ? {publicKeyId: credentials.config.publicKeyId} : {}),
		...(credentials.authType === 'app-token' ? {appTokenExpiry: credentials.expiry} : {}),
		tokens: checked.tokens,
		...(checked.identity ? {identity: checked.identity} : {}),
		lastCheck: facts.lastCheck,
		secretLocation: facts.secretLocation,
		createdAt: facts.lastCheck.at,
	};
}
