import type {Profiles} from '../../profiles/open-profiles.js';

/** Prints what the profile store asks to tell the user, on stderr, away from the results. */
export function printNotices(notices: ReadonlyArray<string | undefined>): void {
	for (const notice of notices) {
		if (notice) {
			process.stderr.write(`${notice}\n`);
		}
	}
}

/** Everything the profile store has to say once opened: a config moved aside, where secrets go. */
export const openingNotices = (profiles: Profiles) => [
	profiles.notice,
	...profiles.secrets.takeNotices(),
];
