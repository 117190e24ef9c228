import type {BoxConnection} from '../../box/box-connection.js';
import {probeClientId} from '../../box/client-id-probe.js';
import {checkAppToken, checkDeveloperToken} from '../../box/static-tokens.js';
import type {CurrentUser} from '../../box/users-me.js';
import {diagnose} from '../../diagnosis/diagnose.js';
import type {Profiles} from '../../profiles/open-profiles.js';
import type {Profile} from '../../profiles/profile.js';
import {renewAccessToken} from '../../tokens/renew-access-token.js';
import {serverGrant} from '../../tokens/server-grant.js';
import {missingToken} from '../shared/check-held-token.js';
import {failed, passed, skipped} from './check.js';
import {checksForAnswer, named, narrowedChecks, type TokenChecks} from './token-answer.js';

export type TokenOutcome = {
	checks: TokenChecks;
	/** The bearer token to ask `users/me` with, when one was got. */
	accessToken?: string;
	/** A console token is checked with `users/me` itself: its answer, or an App Token's 403. */
	user?: CurrentUser | 'limited';
};

export type TokenCheckDependencies = {
	profiles: Profiles;
	connection: BoxConnection;
	now: () => number;
	random: () => number;
	clockOffsetSeconds: number | undefined;
};

/** CCG and JWT: a new grant for the profile's subject, as `boxauth token` would ask. */
async function serverToken(
	profile: Profile,
	dependencies: TokenCheckDependencies,
): Promise<TokenOutcome> {
	const {subject} = profile;
	if (!subject) {
		const why = 'needs the enterprise or user ID to ask for a token';
		return {
			checks: [
				skipped('credentials', why),
				skipped('app-authorization', why),
				failed('subject', {
					text: `The profile ${profile.name} has no enterprise or user ID: add it with \`boxauth login --profile ${profile.name}\`.`,
				}),
			],
		};
	}

	const prepared = await serverGrant(
		profile,
		dependencies.profiles.secrets,
		dependencies.connection,
		dependencies.clockOffsetSeconds,
	);
	if (!prepared.ok) {
		return {checks: checksForAnswer(prepared.failure)};
	}

	const result = await prepared.grant(subject);
	if (!result.ok) {
		const {failure} = result;
		if (profile.authType === 'ccg' && diagnose(failure).id === 'ccg-grant-credentials-invalid') {
			const enterpriseId =
				subject.type === 'enterprise' ? subject.id : profile.identity?.enterpriseId;
			return {
				checks: await narrowedChecks(
					failure,
					prepared.grant,
					enterpriseId ? {enterpriseId} : {},
					async () => probeClientId(dependencies.connection, profile.clientId ?? ''),
				),
			};
		}

		return {checks: checksForAnswer(failure)};
	}

	return {
		checks: [
			passed(
				'credentials',
				profile.authType === 'jwt'
					? 'Box accepted the client ID, secret and key pair'
					: 'Box accepted the client ID and secret',
			),
			passed('app-authorization', 'The app is authorized: Box issued a token'),
			passed(
				'subject',
				`Box issued a token for ${named(subject)}${subject.type === 'enterprise' ? " (the app's service account)" : ''}`,
			),
		],
		accessToken: result.value.accessToken,
	};
}

/**
 * OAuth through the locked renewal `boxauth token` uses, over doctor's own connection: a
 * refresh token spent here has its successor stored before anything else.
 */
async function oauthToken(
	profile: Profile,
	dependencies: TokenCheckDependencies,
): Promise<TokenOutcome> {
	const {profiles, connection, now, random} = dependencies;
	// Doctor's connection, not a new one: for a sandbox profile, a second sandbox saving the
	// same state file could write over the rotated refresh token.
	const outcome = await renewAccessToken(
		{profiles, now, random, connect: async () => ({connection, async close() {}})},
		profile.name,
	);
	if (!outcome.ok) {
		return {checks: checksForAnswer(outcome.failure)};
	}

	return {
		checks: [
			outcome.renewed
				? passed(
						'credentials',
						'Box accepted the client ID, secret and refresh token (the new refresh token is saved)',
					)
				: skipped(
						'credentials',
						'The held access token is still fresh, so no refresh token was spent to test the client ID and secret',
					),
			skipped(
				'app-authorization',
				'An OAuth 2.0 app gets its access from the user who logs in, not from a token request',
			),
			skipped('subject', 'An OAuth 2.0 token acts as the user who logged in: see users/me'),
		],
		accessToken: outcome.accessToken,
	};
}

/** A developer token can't be renewed: the held one is checked with `users/me`. */
async function developerToken(
	profile: Profile,
	dependencies: TokenCheckDependencies,
): Promise<TokenOutcome> {
	const {profiles, connection, now} = dependencies;
	const notAsked = [
		skipped('app-authorization', 'A developer token needs no admin authorization'),
		skipped('subject', 'A developer token acts as the console user who generated it: see users/me'),
	] as const;
	const token = await profiles.secrets.get(profile.name, 'developer-token');
	if (!token) {
		return {checks: [failed('credentials', missingToken(profile, 'developer token')), ...notAsked]};
	}

	const held = profile.tokens.developer;
	const result = await checkDeveloperToken(
		connection,
		token,
		held ? Math.round((now() - held.issuedAt) / 1000) : undefined,
	);
	if (!result.ok) {
		return {checks: [failed('credentials', result.failure), ...notAsked]};
	}

	// By boxauth's record of when it was made; Box's answer is what says it works.
	const expiresAt = held?.expiresAt;
	const left =
		expiresAt && expiresAt > now()
			? ` (about ${Math.ceil((expiresAt - now()) / 60_000)} minutes left)`
			: '';
	return {
		checks: [passed('credentials', `Box accepts the developer token${left}`), ...notAsked],
		user: result.value,
	};
}

/** An App Token is checked with `users/me`, which Box refuses it (403) if the token works. */
async function appToken(
	profile: Profile,
	dependencies: TokenCheckDependencies,
): Promise<TokenOutcome> {
	const subject = skipped('subject', "An App Token always acts as its app's service account");
	const token = await dependencies.profiles.secrets.get(profile.name, 'app-token');
	if (!token) {
		return {
			checks: [
				failed('credentials', missingToken(profile, 'App Token')),
				skipped('app-authorization', 'needs a token'),
				subject,
			],
		};
	}

	const result = await checkAppToken(dependencies.connection, token);
	if (!result.ok) {
		return {
			checks: [
				failed('credentials', result.failure),
				skipped('app-authorization', 'needs a token'),
				subject,
			],
		};
	}

	return {
		checks: [
			passed('credentials', 'Box accepts the App Token'),
			passed('app-authorization', 'The app is authorized: Box accepts its App Token'),
			subject,
		],
		user: 'user' in result.value ? result.value.user : 'limited',
	};
}

/**
 * Credentials, app authorization and subject, from one token request by the profile's own
 * means (and, for CCG's ambiguous answer, one more to tell its causes apart).
 */
export async function checkToken(
	profile: Profile,
	dependencies: TokenCheckDependencies,
): Promise<TokenOutcome> {
	switch (profile.authType) {
		case 'ccg':
		case 'jwt': {
			return serverToken(profile, dependencies);
		}

		case 'oauth': {
			return oauthToken(profile, dependencies);
		}

		case 'developer-token': {
			return developerToken(profile, dependencies);
		}

		case 'app-token': {
			return appToken(profile, dependencies);
		}
	}
}
