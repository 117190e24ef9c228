import type {BoxConnection} from '../../box/box-connection.js';
import type {Failure} from '../../box/failure.js';
import {checkAppToken, checkDeveloperToken} from '../../box/static-tokens.js';
import {diagnose} from '../../diagnosis/diagnose.js';
import type {LastCheck, Profile} from '../../profiles/profile.js';
import type {SecretStore} from '../../profiles/secret-store.js';
import {bearerTokenOf} from '../../tokens/held-access-token.js';
import {missingToken} from '../doctor/token-checks.js';

const words = {'developer-token': 'developer token', 'app-token': 'App Token'} as const;

export type ConsoleTokenCheck = {lastCheck: LastCheck; failure?: Failure};

/**
 * Nothing renews a developer token or an App Token, so the dashboard's renewal asks Box whether
 * the held one still works (`users/me`, where an App Token's 403 means it does), with the answer
 * as the profile's last check.
 */
export async function checkConsoleToken(
	profile: Profile,
	kind: keyof typeof words,
	secrets: SecretStore,
	connection: BoxConnection,
	now: () => number,
): Promise<ConsoleTokenCheck> {
	const tokenWords = words[kind];
	const {held, secret} = bearerTokenOf(profile);
	const token = await secrets.get(profile.name, secret);
	let failure: Failure | undefined;
	if (!token) {
		failure = missingToken(profile, tokenWords);
	} else if (kind === 'developer-token') {
		const ageSeconds = held ? Math.round((now() - held.issuedAt) / 1000) : undefined;
		const result = await checkDeveloperToken(connection, token, ageSeconds);
		failure = result.ok ? undefined : result.failure;
	} else {
		const result = await checkAppToken(connection, token);
		failure = result.ok ? undefined : result.failure;
	}

	if (!failure) {
		return {lastCheck: {at: now(), ok: true, summary: `Box accepts the ${tokenWords}`}};
	}

	return {
		lastCheck: {
			at: now(),
			ok: false,
			diagnosisId: diagnose(failure).id,
			summary: `Checking the ${tokenWords} with Box failed`,
		},
		failure,
	};
}
