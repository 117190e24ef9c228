import {authTypes} from '../../box/auth-types.js';
import type {BoxConnection} from '../../box/box-connection.js';
import type {Failure} from '../../box/failure.js';
import {checkAppToken, checkDeveloperToken} from '../../box/static-tokens.js';
import {getCurrentUser} from '../../box/users-me.js';
import {diagnose} from '../../diagnosis/diagnose.js';
import type {LastCheck, Profile} from '../../profiles/profile.js';
import type {SecretStore} from '../../profiles/secret-store.js';
import {bearerTokenOf} from '../../tokens/held-access-token.js';
import {isExpired} from '../../tokens/token-lifetimes.js';

const words = {
	'developer-token': 'developer token',
	'app-token': 'App Token',
	oauth: 'access token',
	ccg: 'access token',
	jwt: 'access token',
} as const;

/** A console token the profile should hold and doesn't, as a failure to diagnose. */
export const missingToken = (profile: Profile, what: string): Failure => ({
	text: `The profile ${profile.name} holds no ${what}: paste a new one with \`boxauth login --profile ${profile.name}\`.`,
	context: {authType: profile.authType},
});

const isConsoleToken = (profile: Profile) => authTypes[profile.authType].firstToken === 'pasted';

/**
 * Whether there is a token to ask Box about, from the settings alone: an unexpired access token,
 * or a developer token or App Token, which nothing renews and which Box alone can judge.
 */
export function hasTokenToCheck(profile: Profile, now: number): boolean {
	const {held} = bearerTokenOf(profile);
	return isConsoleToken(profile) || (held !== undefined && !isExpired(held, now));
}

/**
 * Box's word on the token: accepted, refused (the profile's last check, with the failure to
 * explain), or not reached at all, which says nothing about the token.
 */
export type HeldTokenCheck =
	| {kind: 'answered'; lastCheck: LastCheck; failure?: Failure}
	| {kind: 'unreachable'; failure: Failure};

/**
 * Whether Box takes the token the profile holds now, in one light request (`users/me`, where an
 * App Token's 403 means it does). Local arithmetic cannot tell: an admin may have deauthorized
 * the app, or the token been revoked, since it was issued. Undefined when no unexpired access
 * token is held: then there is nothing to ask Box about without getting a new one.
 */
export async function checkHeldToken(
	profile: Profile,
	secrets: SecretStore,
	connection: BoxConnection,
	now: () => number,
): Promise<HeldTokenCheck | undefined> {
	if (!hasTokenToCheck(profile, now())) {
		return undefined;
	}

	const tokenWords = words[profile.authType];
	const token = await secrets.get(profile.name, bearerTokenOf(profile).secret);
	if (!token && !isConsoleToken(profile)) {
		return undefined;
	}

	const failure = !token
		? missingToken(profile, tokenWords)
		: await askBox(profile, token, connection, now);
	if (failure?.transport) {
		return {kind: 'unreachable', failure};
	}

	if (!failure) {
		return {
			kind: 'answered',
			lastCheck: {at: now(), ok: true, summary: `Box accepts the ${tokenWords}`},
		};
	}

	return {
		kind: 'answered',
		lastCheck: {
			at: now(),
			ok: false,
			diagnosisId: diagnose(failure).id,
			summary: `Box refused the ${tokenWords}`,
		},
		failure,
	};
}

async function askBox(
	profile: Profile,
	token: string,
	connection: BoxConnection,
	now: () => number,
): Promise<Failure | undefined> {
	const {held} = bearerTokenOf(profile);
	switch (profile.authType) {
		case 'developer-token': {
			const ageSeconds = held ? Math.round((now() - held.issuedAt) / 1000) : undefined;
			const result = await checkDeveloperToken(connection, token, ageSeconds);
			return result.ok ? undefined : result.failure;
		}

		case 'app-token': {
			const result = await checkAppToken(connection, token);
			return result.ok ? undefined : result.failure;
		}

		default: {
			const result = await getCurrentUser(connection, token, profile.authType);
			return result.ok ? undefined : result.failure;
		}
	}
}
