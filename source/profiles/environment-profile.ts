import {type AuthType, authTypeFlagWords, authTypeOfFlagWord} from '../box/auth-types.js';
import {resolveBoxUrls} from '../box/box-urls.js';
import {checkJwtConfigText, readJwtConfigFile} from '../box/jwt-config-file.js';
import type {Environment} from './config-folder.js';
import {profileVariables, secretFromEnvironment, secretVariables} from './environment-secrets.js';
import type {Profile, SecretName} from './profile.js';
import type {SecretStore} from './secret-store.js';
import type {SettingsStore} from './settings-file.js';
import type {Settings} from './settings-schema.js';

// A profile made from BOXAUTH_* variables alone, for CI, as GH_TOKEN is for gh: no config file,
// no secrets file, no keychain. It lives in the process that read it: nothing of it is written,
// and the tokens it gets are not kept, so each boxauth run asks Box for a new one (for CCG and
// JWT that is one request; a developer token or App Token is used as given).

/** The name the profile from the environment goes by, as `--profile env` and BOXAUTH_PROFILE. */
export const environmentProfileName = 'env';

export type FromEnvironment =
	| {ok: true; profile: Profile; secrets: Partial<Record<SecretName, string>>}
	| {ok: false; problem: string};

const developerTokenHour = 60 * 60 * 1000;

/** The auth types a profile from the environment can have: those that keep nothing between runs. */
const usableTypes: readonly AuthType[] = ['ccg', 'jwt', 'developer-token', 'app-token'];

const {authType: typeVariable, clientId, enterpriseId, userId, jwtConfig} = profileVariables;

const value = (environment: Environment, name: string) => {
	const found = environment[name]?.trim();
	return found === undefined || found === '' ? undefined : found;
};

/** "BOXAUTH_CLIENT_ID is not set" or "BOXAUTH_CLIENT_ID and BOXAUTH_CLIENT_SECRET are not set". */
const notSet = (names: readonly string[]) =>
	`${names.join(' and ')} ${names.length === 1 ? 'is' : 'are'} not set`;

/**
 * The profile BOXAUTH_AUTH_TYPE and the variables beside it describe, or what is missing, in
 * words that name the variables; undefined when BOXAUTH_AUTH_TYPE is not set.
 */
export async function profileFromEnvironment(
	environment: Environment,
	now: number,
): Promise<FromEnvironment | undefined> {
	const typed = value(environment, typeVariable);
	if (typed === undefined) {
		return undefined;
	}

	const authType = authTypeOf(typed);
	if (authType === 'oauth') {
		return {
			ok: false,
			problem: `${typeVariable} is oauth, but an OAuth 2.0 login cannot come from the environment: Box replaces its refresh token at every renewal, and boxauth keeps nothing of a profile from the environment, so the login would be spent at its first renewal. Save the login as a profile with boxauth setup instead.`,
		};
	}

	if (authType === undefined || !usableTypes.includes(authType)) {
		return {
			ok: false,
			problem: `${typeVariable} is "${typed}", which is no auth type a profile from the environment can have: ccg, jwt, developer or app-token.`,
		};
	}

	const base: Profile = {
		name: environmentProfileName,
		authType,
		urls: resolveBoxUrls({}, environment),
		sandbox: false,
		tokens: {},
		secretLocation: 'environment',
		createdAt: now,
	};
	switch (authType) {
		case 'ccg': {
			const secret = secretFromEnvironment(environment, 'client-secret');
			const id = value(environment, clientId);
			const subject = subjectOf(environment);
			const missing = [
				...(id ? [] : [clientId]),
				...(secret ? [] : [secretVariables['client-secret']]),
				...(subject ? [] : [`${enterpriseId} (or ${userId})`]),
			];
			if (!id || !secret || !subject) {
				return {
					ok: false,
					problem: `${typeVariable} is ccg, but ${notSet(missing)}: a Client Credentials Grant profile from the environment needs ${clientId}, ${secretVariables['client-secret']}, and ${enterpriseId} or ${userId}.`,
				};
			}

			return {
				ok: true,
				profile: {...base, clientId: id, subject},
				secrets: {'client-secret': secret},
			};
		}

		case 'jwt': {
			return jwtProfile(environment, base);
		}

		default: {
			// A developer token or an App Token, used as given.
			const secret = authType === 'developer-token' ? 'developer-token' : 'app-token';
			const token = secretFromEnvironment(environment, secret);
			if (!token) {
				return {
					ok: false,
					problem: `${typeVariable} is ${typed}, but ${notSet([secretVariables[secret]])}: it holds the token itself.`,
				};
			}

			// A developer token lives at most Box's hour (token-lifetimes.ts counts it from the paste
			// too, and says "at most"); an App Token's expiry, chosen in the console, is not known.
			const tokens: Profile['tokens'] =
				authType === 'developer-token'
					? {developer: {kind: 'developer', issuedAt: now, expiresAt: now + developerTokenHour}}
					: {app: {kind: 'app', issuedAt: now, expiresAt: null}};
			return {ok: true, profile: {...base, tokens}, secrets: {[secret]: token}};
		}
	}
}

/** `--auth-type`'s words, and the auth types' own names (developer-token). */
function authTypeOf(typed: string): AuthType | undefined {
	const word = typed.toLowerCase();
	if (authTypeFlagWords.includes(word)) {
		return authTypeOfFlagWord(word);
	}

	return word === 'developer-token' ? 'developer-token' : undefined;
}

/** BOXAUTH_USER_ID acts as that user, as --user-id does; else BOXAUTH_ENTERPRISE_ID. */
function subjectOf(environment: Environment): Profile['subject'] {
	const user = value(environment, userId);
	if (user) {
		return {type: 'user', id: user};
	}

	const enterprise = value(environment, enterpriseId);
	return enterprise ? {type: 'enterprise', id: enterprise} : undefined;
}

/** JWT from the console's config, given as a path or as the JSON itself (a CI secret). */
async function jwtProfile(environment: Environment, base: Profile): Promise<FromEnvironment> {
	const given = value(environment, jwtConfig);
	if (!given) {
		return {
			ok: false,
			problem: `${typeVariable} is jwt, but ${notSet([jwtConfig])}: it names the JSON config file from the app's Configuration tab, or holds that JSON itself.`,
		};
	}

	const read = given.startsWith('{')
		? checkJwtConfigText(given)
		: await readJwtConfigFile(given, jwtConfig);
	if (!read.ok) {
		return {
			ok: false,
			problem: given.startsWith('{') ? `${jwtConfig}: ${read.problem}` : read.problem,
		};
	}

	const {config} = read;
	const subject: Profile['subject'] =
		subjectOf(environment) ??
		(config.enterpriseId === undefined ? undefined : {type: 'enterprise', id: config.enterpriseId});
	if (!subject) {
		return {
			ok: false,
			problem: `${typeVariable} is jwt, but ${notSet([enterpriseId, userId])} and the config has no enterpriseID: one of them says whom the tokens act as.`,
		};
	}

	return {
		ok: true,
		profile: {...base, clientId: config.clientId, publicKeyId: config.publicKeyId, subject},
		secrets: {
			'client-secret': config.clientSecret,
			'private-key': config.privateKey,
			passphrase: config.passphrase,
		},
	};
}

/** Why the profile from the environment is not there, when it is chosen. */
export const unusableEnvironmentProfile = `the profile from the environment (${typeVariable}) cannot be used, for the reason above; fix the variables, or choose a saved profile with --profile NAME`;

/**
 * The secret store, with the profile from the environment's secrets in memory: its own are read
 * from there alone (never a saved profile's of the same name), and a renewal's token is kept
 * there, never in the keychain or the secrets file.
 */
export function withEnvironmentSecrets(
	store: SecretStore,
	name: string,
	given: Partial<Record<SecretName, string>>,
): SecretStore {
	const held = new Map(Object.entries(given) as Array<[SecretName, string]>);
	const own = (profile: string) => profile === name;
	return {
		filePath: store.filePath,
		shownFilePath: store.shownFilePath,
		async get(profile, secret) {
			return own(profile) ? held.get(secret) : store.get(profile, secret);
		},
		async set(profile, secret, text) {
			if (!own(profile)) {
				return store.set(profile, secret, text);
			}

			held.set(secret, text);
			// Neither, in truth: kept in memory. Only a renewal's save writes here, and it does not ask.
			return 'file';
		},
		async delete(profile, secret) {
			if (own(profile)) {
				held.delete(secret);
			} else {
				await store.delete(profile, secret);
			}
		},
		async deleteAll(profile) {
			if (own(profile)) {
				held.clear();
			} else {
				await store.deleteAll(profile);
			}
		},
		journalKey: async () => store.journalKey(),
		async where(profile) {
			return own(profile)
				? Object.fromEntries([...held.keys()].map((secret) => [secret, 'environment' as const]))
				: store.where(profile);
		},
		takeNotices: () => store.takeNotices(),
	};
}

/**
 * The settings store, with the profile from the environment kept in `settings` (in memory) when
 * saved, and never written: removing it, or making it the default, is refused in words.
 */
export function withEnvironmentSettings(
	store: SettingsStore,
	settings: Settings,
	name: string,
): SettingsStore {
	const refused = (what: string) => ({
		settings,
		problem: `${name} is the profile from the environment (${typeVariable}), which is never saved, so it cannot be ${what}; unset ${typeVariable} to stop using it`,
	});
	return {
		path: store.path,
		async save(profile) {
			if (profile.name !== name) {
				return store.save(profile);
			}

			settings.profiles[name] = profile;
			return {settings};
		},
		remove: async (removed) => (removed === name ? refused('removed') : store.remove(removed)),
		setDefault: async (chosen) =>
			chosen === name ? refused('the default') : store.setDefault(chosen),
		rememberSecretsFileNotice: async () => store.rememberSecretsFileNotice(),
	};
}
