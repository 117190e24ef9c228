import {shownPath} from '../../profiles/config-folder.js';
import {openProfiles} from '../../profiles/open-profiles.js';
import {listProfiles} from '../../profiles/profile-list.js';
import {settingsFile} from '../../profiles/settings-file.js';
import {booleanFlag, type CommandInput, stringFlag} from '../command-input.js';
import {connectionOptions} from '../shared/connection-options.js';
import {combinedExitCode, exitCode, exitCodeOf} from '../shared/exit-codes.js';
import {printJson} from '../shared/json-output.js';
import {noProfilesYet, openingNotices, printNotices} from '../shared/print-notices.js';
import {formatStatus} from './format-status.js';
import {profileStatus} from './profile-status.js';
import {statusJson} from './status-json.js';

/**
 * `boxauth status`: every profile (or the one --profile names), its tokens and time left, where
 * its secrets are, its last check, after asking Box whether it takes each held token (not with
 * --offline). Exit 0 when every profile can give a token now or renew one; otherwise 3 when a
 * person must act for one of them, 4 when each would do once Box answers again, else 1 (as when
 * there is none).
 */
export async function run(input: CommandInput): Promise<number> {
	const {stdout, stderr} = input.streams;
	const now = input.now();
	const profiles = await openProfiles({environment: input.environment, now: input.now});
	printNotices(openingNotices(profiles), stderr);
	const defaultName = profiles.choose().name;
	const only = stringFlag(input, 'profile');
	const listed = listProfiles(profiles.settings).filter(
		(profile) => only === undefined || profile.name === only,
	);
	if (only !== undefined && listed.length === 0) {
		stderr.write(`No profile named ${only}; boxauth profiles list shows them.\n`);
		return 1;
	}

	const {checked, notices} = booleanFlag(input, 'offline')
		? {checked: listed, notices: []}
		: await (await import('./check-with-box.js')).checkWithBox(profiles, listed, {
				now: input.now,
				connecting: connectionOptions(input),
			});
	printNotices(notices, stderr);
	const statuses = [];
	for (const profile of checked) {
		statuses.push(await profileStatus(profile, profiles.secrets, now, defaultName));
	}

	printNotices(profiles.secrets.takeNotices(), stderr);
	const paths = {
		configPath: settingsFile(profiles.configDir),
		secretsFile: profiles.secrets.filePath,
	};
	// Whole in JSON, for scripts; `~/…` in words.
	const shown = {
		configPath: shownPath(paths.configPath, input.environment),
		secretsFile: profiles.secrets.shownFilePath,
	};
	if (booleanFlag(input, 'json')) {
		printJson(stdout, statusJson(paths, statuses, now));
	} else if (statuses.length > 0) {
		stdout.write(`${formatStatus(shown, statuses, now)}\n`);
	}

	if (statuses.length === 0) {
		stderr.write(`${noProfilesYet} (Config file: ${shown.configPath})\n`);
		return 1;
	}

	return combinedExitCode(
		statuses.map(({health}) => (health.healthy ? exitCode.success : exitCodeOf(health.problem))),
	);
}
