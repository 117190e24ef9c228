import {openProfiles} from '../../profiles/open-profiles.js';
import {type CommandInput, stringFlag} from '../command-input.js';
import {handOver} from '../hand-over.js';
import {refuseEnvironmentProfile} from '../shared/environment-profile-refusal.js';
import {openingNotices, printNotices} from '../shared/print-notices.js';

/**
 * `boxauth login`: a new login for a profile that exists, in place. It is setup on that profile,
 * which keeps the profile's auth type, app and settings, asks for what a new login needs, and
 * once the new login works, saves it over the old one and revokes the old one.
 */
export async function run(input: CommandInput): Promise<number> {
	const profiles = await openProfiles({environment: input.environment, now: input.now});
	const choice = profiles.choose(stringFlag(input, 'profile'));
	if (choice.name === undefined) {
		printNotices(openingNotices(profiles), input.streams.stderr);
		input.streams.stderr.write(`${choice.problem}\n`);
		return 1;
	}

	refuseEnvironmentProfile(profiles, choice.name, 'login');
	return handOver('setup', input, {...input.flags, profile: choice.name});
}
