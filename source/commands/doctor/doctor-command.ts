import {openProfiles} from '../../profiles/open-profiles.js';
import {findProfile} from '../../profiles/profile-list.js';
import {booleanFlag, type CommandInput, stringFlag} from '../command-input.js';
import {connectProfile} from '../shared/connect-profile.js';
import {connectionOptions} from '../shared/connection-options.js';
import {printJson} from '../shared/json-output.js';
import {openingNotices, printNotices} from '../shared/print-notices.js';
import {saveLastCheck} from '../shared/save-last-check.js';
import {doctorExitCode} from './doctor-exit-code.js';
import {reportJson, reportWriter} from './format-report.js';
import {lastCheckOf} from './last-check.js';
import {progressLine} from './progress-line.js';
import {runChecks} from './run-checks.js';

/** `boxauth doctor`: every check for one profile, in order, with a diagnosis for each failure. */
export async function run(input: CommandInput): Promise<number> {
	const flag = stringFlag(input, 'profile');
	const json = booleanFlag(input, 'json');
	const {stdout, stderr} = input.streams;
	const profiles = await openProfiles({environment: input.environment, now: input.now});
	printNotices(openingNotices(profiles), stderr);

	const choice = profiles.choose(flag);
	const profile =
		choice.name === undefined ? undefined : findProfile(profiles.settings, choice.name);
	if (!profile) {
		stderr.write(`${choice.problem ?? `no profile named ${flag}`}\n`);
		return 1;
	}

	// The text report grows as the checks finish; JSON is one document, written at the end.
	const report = json ? undefined : reportWriter(profile, (text) => stdout.write(text));
	const progress = progressLine(stderr);
	const {connection, close} = await connectProfile(
		profile,
		profiles.configDir,
		connectionOptions(input),
	);
	let checks: Awaited<ReturnType<typeof runChecks>>;
	try {
		checks = await runChecks(
			profile,
			{
				profiles,
				connection,
				environment: input.environment,
				now: input.now,
				random: Math.random,
			},
			{
				onStart: progress.show,
				onCheck(check) {
					progress.clear();
					report?.check(check);
				},
			},
		);
	} finally {
		progress.clear();
		await close();
	}

	const unsaved = await saveLastCheck(profiles, profile.name, lastCheckOf(checks, input.now()));
	if (unsaved) {
		stderr.write(`The result was not saved on the profile: ${unsaved}\n`);
	}

	// A renewal may have stored secrets for the first time: where they went is worth a word.
	printNotices(profiles.secrets.takeNotices(), stderr);
	if (report) {
		report.end(checks);
	} else {
		printJson(stdout, reportJson(profile, checks));
	}

	return doctorExitCode(checks);
}
