import type {Profiles} from '../../profiles/open-profiles.js';
import type {OutputStream} from '../command-input.js';

/** What a command that needs a profile says when there is none. */
export const noProfilesYet =
	'No profiles yet. Make one with boxauth setup, or without the wizard: boxauth profiles add NAME --auth-type TYPE (to try one now: boxauth profiles add try --sandbox --auth-type ccg).';

/** Prints what the profile store asks to tell the user, on stderr, away from the results. */
export function printNotices(
	notices: ReadonlyArray<string | undefined>,
	stderr: OutputStream,
): void {
	for (const notice of notices) {
		if (notice) {
			stderr.write(`${notice}\n`);
		}
	}
}

/** Everything the profile store has to say once opened: a config moved aside, where secrets go. */
export const openingNotices = (profiles: Profiles) => [
	profiles.notice,
	...profiles.secrets.takeNotices(),
];
