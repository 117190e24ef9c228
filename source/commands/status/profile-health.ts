import {authTypes, type ProfileSetting} from '../../box/auth-types.js';
import type {Failure, Remedy} from '../../box/failure.js';
import {diagnose, explain} from '../../diagnosis/diagnose.js';
import {diagnosisTable} from '../../diagnosis/diagnosis-table.js';
import {forProfile} from '../../diagnosis/for-profile.js';
import {secretVariables} from '../../profiles/environment-secrets.js';
import type {HeldToken} from '../../profiles/held-token.js';
import type {Profile, SecretLocation, SecretName} from '../../profiles/profile.js';
import {isExpired} from '../../tokens/token-lifetimes.js';
import type {HeldTokenName} from '../../tokens/token-states.js';
import {secretWords} from '../shared/secret-words.js';

/**
 * What stands in the profile's way, and what to do about it; `remedy` says whether a person must
 * act or trying again later may do (none: neither, such as a keychain that refuses).
 */
export type Problem = {id: string; what: string; fix: string[]; remedy?: Remedy};

const withRemedy = ({id, what, fix, remedy}: Problem): Problem => ({
	id,
	what,
	fix,
	...(remedy === undefined ? {} : {remedy}),
});

export type Health = {
	healthy: boolean;
	/** boxauth can get a new access token by itself (a grant, or an unexpired refresh token). */
	canRenew: boolean;
	problem?: Problem;
};

type SecretPlaces = Partial<Record<SecretName, SecretLocation>>;

const problemFrom = (profile: Profile, failure: Failure): Problem =>
	withRemedy(forProfile(diagnose(failure), profile.name));

const live = (held: HeldToken | undefined, now: number) =>
	held !== undefined && !isExpired(held, now);

function missingSecrets(profile: Profile, missing: readonly SecretName[]): Problem {
	const names = missing.map((name) => secretWords[name]).join(', ');
	const variables = missing.map((name) => secretVariables[name]).join(', ');
	return {
		id: 'secret-missing',
		remedy: 'person',
		what: `Its ${names} cannot be found${
			profile.secretLocation === 'environment'
				? ': it is read from the environment, and is not set here'
				: ` in the ${profile.secretLocation === 'keychain' ? 'OS keychain' : 'secrets file'}`
		}.`,
		fix:
			profile.secretLocation === 'environment'
				? [`Set ${variables} before running boxauth`]
				: [
						`Log in again: boxauth login --profile ${profile.name}`,
						`Or set ${variables} to give it without storing it`,
					],
	};
}

const settingWords: Record<ProfileSetting, string> = {
	clientId: 'client ID',
	subject: 'enterprise or user ID',
	publicKeyId: 'public key ID',
};

/** What Box says of a console token once it has expired, as the diagnosis table knows it. */
function expiredConsoleToken(
	profile: Profile,
	name: HeldTokenName,
	held: HeldToken,
	now: number,
): Failure {
	return name === 'developer'
		? {
				text: 'Developer token has expired. Please provide a new one.',
				context: {
					authType: profile.authType,
					credentialAgeSeconds: Math.round((now - held.issuedAt) / 1000),
				},
			}
		: {status: 401, context: {authType: profile.authType}};
}

/** What keeps the profile from giving a token now or renewing one, from what is held. */
function tokenProblem(profile: Profile, places: SecretPlaces, now: number): Problem | undefined {
	const {tokens} = profile;
	const {renewal, bearer, grantSettings} = authTypes[profile.authType];
	switch (renewal.kind) {
		// A login: its access token while it lasts, then its refresh token.
		case 'refresh-token': {
			if (live(tokens[bearer.held], now) && places[bearer.secret]) {
				return undefined;
			}

			if (!places['refresh-token'] && tokens.refresh === undefined) {
				return {
					id: 'login-ended',
					remedy: 'person',
					what: 'It holds no login: it was revoked, or the sign-in never finished.',
					fix: [`Log in again: boxauth login --profile ${profile.name}`],
				};
			}

			if (!places['refresh-token']) {
				return missingSecrets(profile, ['refresh-token']);
			}

			return live(tokens.refresh, now)
				? undefined
				: problemFrom(profile, {
						status: 400,
						error: 'invalid_grant',
						description: 'Refresh token has expired',
						context: {authType: profile.authType, grantType: 'refresh_token'},
					});
		}

		// A console token: it works until it expires, and then only a new one does.
		case 'none': {
			const held = tokens[bearer.held];
			return held === undefined || live(held, now)
				? undefined
				: problemFrom(profile, expiredConsoleToken(profile, bearer.held, held, now));
		}

		// A new grant each time: it needs only the settings it is asked with.
		case 'new-grant': {
			const incomplete = grantSettings
				.filter((setting) => !profile[setting])
				.map((setting) => settingWords[setting]);
			return incomplete.length === 0
				? undefined
				: {
						id: 'profile-incomplete',
						remedy: 'person',
						what: `The profile has no ${incomplete.join(', ')}.`,
						fix: [`Log in to it again: boxauth login --profile ${profile.name}`],
					};
		}
	}
}

/** The last check's failure, explained by the diagnosis it recorded when there is one. */
function lastCheckProblem(profile: Profile, summary: string, diagnosisId?: string): Problem {
	const row = diagnosisTable.find((candidate) => candidate.id === diagnosisId);
	const again = `See every check and its answer: boxauth doctor --profile ${profile.name}`;
	if (!row) {
		return {id: 'last-check-failed', what: summary, fix: [again]};
	}

	const problem = withRemedy(
		forProfile(explain(row, {context: {authType: profile.authType}}), profile.name),
	);
	return {...problem, fix: [...problem.fix, again]};
}

/**
 * Whether the profile can give a token now or renew one, without asking Box: its secrets are
 * where they should be, its tokens (or the means to renew them) have not expired, and its last
 * check did not fail.
 */
export function profileHealth(profile: Profile, places: SecretPlaces, now: number): Health {
	const missing = authTypes[profile.authType].neededSecrets.filter(
		(name) => places[name] === undefined,
	);
	const {renewal} = authTypes[profile.authType];
	const canRenew =
		missing.length === 0 &&
		(renewal.kind === 'new-grant' ||
			(renewal.kind === 'refresh-token' &&
				live(profile.tokens.refresh, now) &&
				places['refresh-token'] !== undefined));
	const problem =
		missing.length > 0 ? missingSecrets(profile, missing) : tokenProblem(profile, places, now);
	if (problem) {
		return {healthy: false, canRenew, problem};
	}

	const {lastCheck} = profile;
	if (lastCheck && !lastCheck.ok) {
		return {
			healthy: false,
			canRenew,
			problem: lastCheckProblem(profile, lastCheck.summary, lastCheck.diagnosisId),
		};
	}

	return {healthy: true, canRenew};
}
