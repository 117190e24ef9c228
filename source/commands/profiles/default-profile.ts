import {openProfiles} from '../../profiles/open-profiles.js';
import {booleanFlag, type CommandInput} from '../command-input.js';
import {printJson} from '../shared/json-output.js';
import {openingNotices, printNotices} from '../shared/print-notices.js';
import {profileNameOf} from './action-input.js';

/** `boxauth profiles default NAME`: the profile used when no --profile is given. */
export async function defaultProfileCommand(input: CommandInput): Promise<number> {
	const name = profileNameOf(input, 'default');
	const profiles = await openProfiles({environment: input.environment, now: input.now});
	printNotices(openingNotices(profiles), input.streams.stderr);
	const changed = await (await profiles.settingsStore()).setDefault(name);
	if (changed.problem !== undefined) {
		const {problem} = changed;
		input.streams.stderr.write(`${problem.charAt(0).toUpperCase()}${problem.slice(1)}.\n`);
		return 1;
	}

	const fromEnvironment = input.environment['BOXAUTH_PROFILE'];
	if (booleanFlag(input, 'json')) {
		// What a command without --profile uses here: BOXAUTH_PROFILE comes first.
		printJson(input.streams.stdout, {
			defaultProfile: name,
			usedWithoutFlag: fromEnvironment || name,
		});
		return 0;
	}

	input.streams.stdout.write(
		`${name} is now the default profile: boxauth token, doctor and revoke use it when no --profile is given${
			fromEnvironment && fromEnvironment !== name
				? ` (BOXAUTH_PROFILE, set to ${fromEnvironment} here, still comes first)`
				: ''
		}.\n`,
	);
	return 0;
}
