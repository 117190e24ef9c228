import type {BoxUrls} from '../../box/box-urls.js';
import type {Failure} from '../../box/failure.js';
import {diagnose} from '../../diagnosis/diagnose.js';
import {secretVariables} from '../../profiles/environment-secrets.js';
import type {Profiles} from '../../profiles/open-profiles.js';
import type {LastCheck, Profile, SecretName} from '../../profiles/profile.js';
import type {SecretStore} from '../../profiles/secret-store.js';
import type {CommandInput, OutputStream} from '../command-input.js';
import type {AddRequest} from './add-request.js';
import type {CheckedProfile} from './check-credentials.js';
import type {Credentials} from './credentials.js';
import {exitCode, exitCodeOf} from './exit-codes.js';
import {formatDiagnosis} from './format-diagnosis.js';
import {camelCaseKeys, printJson} from './json-output.js';
import {newProfile, variablesUsed} from './new-profile.js';
import {printNotices} from './print-notices.js';
import {profileJson} from './profile-json.js';
import {type OldLogin, restoreOldLogin} from './replace-profile.js';
import {savedLine} from './saved-line.js';

export const printFailure = (failure: Failure, stderr: OutputStream) => {
	stderr.write(`${formatDiagnosis(diagnose(failure), failure)}\n`);
};

export type SecretKeeper = ReturnType<typeof secretKeeper>;

/** Keeps the new profile's secrets, remembering where they went. */
export function secretKeeper(secrets: SecretStore, profileName: string) {
	const places = new Map<SecretName, 'keychain' | 'file'>();
	return {
		async keep(name: SecretName, value: string) {
			places.set(name, await secrets.set(profileName, name, value));
		},
		/** Where most went: the keychain if any did (one too long for it goes to the file alone). */
		storedIn: () => {
			const where = new Set(places.values());
			return where.has('keychain') ? 'keychain' : where.has('file') ? 'file' : undefined;
		},
		/** The secrets that went to the file although the keychain took the others. */
		fileOnly: () =>
			places.size > 0 && [...places.values()].includes('keychain')
				? [...places].filter(([, place]) => place === 'file').map(([name]) => name)
				: [],
	};
}

const refreshVariable = secretVariables['refresh-token'];

function lastCheckOf(checked: CheckedProfile, now: number, madeBy: string): LastCheck {
	return checked.identityFailure
		? {
				at: now,
				ok: false,
				diagnosisId: diagnose(checked.identityFailure).id,
				summary: 'The refresh token worked, but users/me failed with the new access token',
			}
		: {at: now, ok: true, summary: `A real token request worked (${madeBy})`};
}

export type StoredProfile =
	| {ok: true; profile: Profile; line: string; warnings: string[]; failure?: Failure}
	| {ok: false; problem: string};

/**
 * Saves the checked profile: its secrets first (a BOXAUTH_* variable's are never stored), then
 * its settings. Says what was saved in a line, and what the user must be told besides.
 */
export async function storeProfile(
	profiles: Profiles,
	keeper: SecretKeeper,
	added: {request: AddRequest; credentials: Credentials; checked: CheckedProfile; urls: BoxUrls},
	now: () => number,
	madeBy: string,
	replacing?: OldLogin,
): Promise<StoredProfile> {
	const {request, credentials, checked} = added;
	for (const [name, value] of checked.secrets) {
		await keeper.keep(name, value);
	}

	const variables = variablesUsed(credentials);
	// A spent refresh token is not read again: Box's new one is kept instead.
	const readEachTime = variables.filter((name) => name !== refreshVariable);
	const storedIn = keeper.storedIn();
	const profile = newProfile(request, credentials, checked, {
		urls: added.urls,
		// Where the credential boxauth cannot get again lives: a variable, if one was used.
		secretLocation: readEachTime.length > 0 ? 'environment' : (storedIn ?? 'environment'),
		lastCheck: lastCheckOf(checked, now(), madeBy),
	});
	const saved = await (await profiles.settingsStore()).save(profile);
	const warnings = profiles.secrets.takeNotices();
	if (saved.problem !== undefined) {
		// A login being replaced keeps working: its secrets go back where the new ones were written.
		await (replacing
			? restoreOldLogin(
					profiles,
					replacing,
					checked.secrets.map(([name]) => name),
				)
			: profiles.secrets.deleteAll(request.name));
		return {ok: false, problem: `The profile was not saved: ${saved.problem}.`};
	}

	if (variables.includes(refreshVariable)) {
		warnings.push(
			`The refresh token in ${refreshVariable} is spent now (each refresh token works once, and Box gave boxauth a new one, which it keeps): unset ${refreshVariable}, or boxauth will pick up the spent one.`,
		);
	}

	if (checked.identityFailure) {
		warnings.push(
			`The profile was saved anyway, with the new refresh token: boxauth doctor --profile ${request.name} checks it again.`,
		);
	}

	return {
		ok: true,
		profile,
		line: savedLine(profile, {
			...(storedIn === undefined ? {} : {storedIn}),
			inFileAlone: keeper.fileOnly(),
			secretsFile: profiles.secrets.shownFilePath,
			variables: readEachTime,
		}),
		warnings,
		...(checked.identityFailure ? {failure: checked.identityFailure} : {}),
	};
}

/**
 * Saves the checked profile and prints what happened: a line, or with `json` the profile as
 * `profiles list --json` gives it and where its secrets went. Returns the exit code: 1 when it
 * could not be saved (a full disk, a refusing keychain: nothing a login or Box can change).
 */
export async function keepProfile(
	profiles: Profiles,
	keeper: SecretKeeper,
	added: {request: AddRequest; credentials: Credentials; checked: CheckedProfile; urls: BoxUrls},
	{now, streams}: Pick<CommandInput, 'now' | 'streams'>,
	json = false,
): Promise<number> {
	const stored = await storeProfile(profiles, keeper, added, now, 'boxauth profiles add');
	if (!stored.ok) {
		streams.stderr.write(`${stored.problem}\n`);
		return exitCode.failure;
	}

	if (json) {
		const secrets = await profiles.secrets.where(stored.profile.name).catch(() => ({}));
		printJson(streams.stdout, {
			profile: profileJson(stored.profile),
			secrets: camelCaseKeys(secrets),
		});
	} else {
		streams.stdout.write(`${stored.line}\n`);
	}

	if (stored.failure) {
		printFailure(stored.failure, streams.stderr);
	}

	printNotices(stored.warnings, streams.stderr);
	return stored.failure ? exitCodeOf(diagnose(stored.failure)) : exitCode.success;
}
