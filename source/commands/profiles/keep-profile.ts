import type {BoxUrls} from '../../box/box-urls.js';
import type {Failure} from '../../box/failure.js';
import {diagnose} from '../../diagnosis/diagnose.js';
import {secretVariables} from '../../profiles/environment-secrets.js';
import type {Profiles} from '../../profiles/open-profiles.js';
import type {LastCheck, SecretName} from '../../profiles/profile.js';
import type {SecretStore} from '../../profiles/secret-store.js';
import {formatDiagnosis} from '../format-diagnosis.js';
import type {AddRequest} from './add-request.js';
import type {CheckedProfile} from './check-credentials.js';
import type {Credentials} from './credentials.js';
import {newProfile, variablesUsed} from './new-profile.js';
import {printNotices} from './print-notices.js';
import {savedLine} from './saved-line.js';

export const printFailure = (failure: Failure) => {
	process.stderr.write(`${formatDiagnosis(diagnose(failure), failure)}\n`);
};

export type SecretKeeper = ReturnType<typeof secretKeeper>;

/** Keeps the new profile's secrets, remembering where they went. */
export function secretKeeper(secrets: SecretStore, profileName: string) {
	const places = new Set<'keychain' | 'file'>();
	return {
		async keep(name: SecretName, value: string) {
			places.add(await secrets.set(profileName, name, value));
		},
		storedIn: () => (places.has('keychain') ? 'keychain' : places.has('file') ? 'file' : undefined),
	};
}

const refreshVariable = secretVariables['refresh-token'];

function lastCheckOf(checked: CheckedProfile, now: number): LastCheck {
	return checked.identityFailure
		? {
				at: now,
				ok: false,
				diagnosisId: diagnose(checked.identityFailure).id,
				summary: 'The refresh token worked, but users/me failed with the new access token',
			}
		: {at: now, ok: true, summary: 'A real token request worked (boxauth profiles add)'};
}

/**
 * Saves the checked profile: its secrets first (a BOXAUTH_* variable's are never stored), then
 * its settings, then the line that says so. Returns the exit code.
 */
export async function keepProfile(
	profiles: Profiles,
	keeper: SecretKeeper,
	added: {request: AddRequest; credentials: Credentials; checked: CheckedProfile; urls: BoxUrls},
	now: () => number,
): Promise<number> {
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
		lastCheck: lastCheckOf(checked, now()),
	});
	const saved = await (await profiles.settingsStore()).save(profile);
	printNotices(profiles.secrets.takeNotices());
	if (saved.problem !== undefined) {
		await profiles.secrets.deleteAll(request.name);
		process.stderr.write(`The profile was not saved: ${saved.problem}.\n`);
		return 1;
	}

	process.stdout.write(
		`${savedLine(profile, {
			...(storedIn === undefined ? {} : {storedIn}),
			secretsFile: profiles.secrets.filePath,
			variables: readEachTime,
		})}\n`,
	);
	if (variables.includes(refreshVariable)) {
		process.stderr.write(
			`The refresh token in ${refreshVariable} is spent now (each refresh token works once, and Box gave boxauth a new one, which it keeps): unset ${refreshVariable}, or boxauth will pick up the spent one.\n`,
		);
	}

	if (checked.identityFailure) {
		printFailure(checked.identityFailure);
		process.stderr.write(
			`The profile was saved anyway, with the new refresh token: boxauth doctor --profile ${request.name} checks it again.\n`,
		);
		return 1;
	}

	return 0;
}
