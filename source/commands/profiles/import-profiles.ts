import os from 'node:os';
import {openProfiles} from '../../profiles/open-profiles.js';
import {findProfile} from '../../profiles/profile-list.js';
import type {CommandInput, OutputStream} from '../command-input.js';
import {type AddTarget, openAddTarget} from '../shared/add-target.js';
import {printJson} from '../shared/json-output.js';
import {openingNotices, printNotices} from '../shared/print-notices.js';
import {credentialsOf, profileUseOf} from './box-cli-credentials.js';
import type {BoxCliEnvironment} from './box-cli-environments.js';
import {readBoxCliKeychainEntry} from './box-cli-keychain.js';
import {readBoxCliStore} from './box-cli-store.js';
import {type ImportItem, importEnvironment} from './import-environment.js';
import {chooseImportName, type ProfileUse, profileNameFor} from './import-names.js';
import {readImportRequest} from './import-request.js';
import {
	asUserWords,
	nameWords,
	oauthWords,
	unusableWords,
	wouldImportWords,
} from './import-words.js';

/** Says a line of the import's story on stderr, if there is one. */
const sayOn = (stderr: OutputStream) => (line: string | undefined) => {
	if (line !== undefined) {
		stderr.write(`${line}\n`);
	}
};

type Prepared = ImportItem | {skipped: 'by design' | 'failed'};

/**
 * An environment made ready to come in: its files read, its name chosen. What keeps it out is
 * said here: an OAuth login, an environment boxauth cannot use, one already brought in.
 */
async function prepare(
	environment: BoxCliEnvironment,
	taken: (name: string) => ProfileUse | undefined,
	sandbox: boolean,
	say: (line: string | undefined) => void,
): Promise<Prepared> {
	if (environment.kind === 'oauth') {
		say(oauthWords(environment, profileNameFor(environment.name), sandbox));
		return {skipped: 'by design'};
	}

	if (environment.kind === 'unusable') {
		say(unusableWords(environment.name, environment.problem));
		return {skipped: 'failed'};
	}

	const read = await credentialsOf(environment);
	if (!read.ok) {
		say(unusableWords(environment.name, read.problem));
		return {skipped: 'failed'};
	}

	const {credentials} = read;
	const chosen = chooseImportName(
		profileNameFor(environment.name),
		profileUseOf(credentials),
		taken,
	);
	say(nameWords(environment.name, chosen, credentials.subject));
	if ('alreadyAs' in chosen) {
		return {skipped: 'by design'};
	}

	if (environment.asUser !== undefined) {
		say(asUserWords(environment.name, environment.asUser));
	}

	return {environmentName: environment.name, name: chosen.name, credentials};
}

/**
 * `boxauth profiles import --from-box-cli`: each of Box CLI's CCG and JWT environments becomes a
 * profile once Box accepts its credentials, as with `boxauth profiles add`. Box CLI's own
 * keychain entry and files are only read, never changed.
 */
export async function importProfilesCommand(input: CommandInput): Promise<number> {
	const request = readImportRequest(input);
	const say = sayOn(input.streams.stderr);
	// Box CLI looks in the home folder that Node reports (src/box-command.js), which is HOME (or
	// USERPROFILE on Windows) when set.
	const home = input.environment['HOME'] || input.environment['USERPROFILE'] || os.homedir();
	const store = await readBoxCliStore(home, readBoxCliKeychainEntry);
	if (!store.ok) {
		say(store.problem);
		return 1;
	}

	const profiles = await openProfiles({environment: input.environment, now: input.now});
	printNotices(openingNotices(profiles), input.streams.stderr);
	const {environments, where} = store;
	const count = `${environments.length} environment${environments.length === 1 ? '' : 's'}`;
	say(`Box CLI has ${count} in ${where}.`);

	// The profiles this run has made or would make, which the settings read at the start lack.
	const broughtIn = new Map<string, ProfileUse>();
	const taken = (name: string) => broughtIn.get(name) ?? findProfile(profiles.settings, name);
	let target: AddTarget | undefined;
	let failed = 0;
	const came: Array<{environment: string; profile: string; authType: string}> = [];
	try {
		for (const environment of environments) {
			const item = await prepare(environment, taken, request.sandbox, say);
			if ('skipped' in item) {
				failed += item.skipped === 'failed' ? 1 : 0;
				continue;
			}

			if (request.dryRun) {
				if (!request.json) {
					input.streams.stdout.write(
						`${wouldImportWords(item.environmentName, item.name, item.credentials)}\n`,
					);
				}
			} else {
				target ??= await openAddTarget(request, profiles.configDir, input);
				if (!(await importEnvironment(profiles, target, request, item, input))) {
					failed++;
					continue;
				}
			}

			broughtIn.set(item.name, profileUseOf(item.credentials));
			came.push({
				environment: item.environmentName,
				profile: item.name,
				authType: item.credentials.authType,
			});
		}
	} finally {
		await target?.close();
	}

	if (request.json) {
		printJson(input.streams.stdout, {
			dryRun: request.dryRun,
			environments: environments.length,
			// Those that came in; with dryRun, those that would.
			profiles: came,
			failed,
		});
		return failed > 0 ? 1 : 0;
	}

	input.streams.stdout.write(
		request.dryRun
			? `${broughtIn.size} of Box CLI's ${count} would come in. Nothing was checked or saved (--dry-run).\n`
			: `Imported ${broughtIn.size} of Box CLI's ${count}.${
					failed > 0
						? ' Once the others are put right, run this again: those already in are left as they are.'
						: ''
				}\n`,
	);
	return failed > 0 ? 1 : 0;
}
