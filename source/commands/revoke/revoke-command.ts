import {openProfiles} from '../../profiles/open-profiles.js';
import {type CommandInput, stringFlag, UsageError} from '../command-input.js';
import {apiTraceOption} from '../shared/api-trace-option.js';
import {connectProfile} from '../shared/connect-profile.js';
import {openingNotices, printNotices} from '../shared/print-notices.js';
import {revokeReport} from '../shared/revoke-report.js';
import {revokeProfileTokens} from '../shared/revoke-tokens.js';

/** `boxauth revoke`: ends the profile's tokens at Box, then forgets them. */
export async function run(input: CommandInput): Promise<number> {
	if (input.positionals.length > 0) {
		throw new UsageError(
			`boxauth revoke takes no arguments, but was given: ${input.positionals.join(' ')}. Choose a profile with --profile NAME.`,
		);
	}

	const flag = stringFlag(input, 'profile');
	const {stdout, stderr} = input.streams;
	const profiles = await openProfiles({environment: input.environment, now: input.now});
	printNotices(openingNotices(profiles), stderr);
	const choice = profiles.choose(flag);
	if (choice.name === undefined) {
		stderr.write(`${choice.problem}\n`);
		return 1;
	}

	const outcome = await revokeProfileTokens(profiles, choice.name, (profile) =>
		connectProfile(profile, profiles.configDir, apiTraceOption(input)),
	);
	const {ok, text} = revokeReport(choice.name, outcome);
	(ok ? stdout : stderr).write(`${text}\n`);
	return ok ? 0 : 1;
}
