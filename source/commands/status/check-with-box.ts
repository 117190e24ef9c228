import {diagnose} from '../../diagnosis/diagnose.js';
import type {Profiles} from '../../profiles/open-profiles.js';
import type {Profile} from '../../profiles/profile.js';
import {checkHeldToken, hasTokenToCheck} from '../shared/check-held-token.js';
import type {ConnectionOptions} from '../shared/connection-options.js';
import {openProfileConnections} from '../shared/profile-connections.js';
import {saveLastCheck} from '../shared/save-last-check.js';

/**
 * Asks Box about each profile's held token at once, one light request each, the way
 * `gh auth status` does: local arithmetic cannot see a revoked token or a deauthorized app. Box's
 * answers become the profiles' last checks, so that every view says what Box said. Returns the
 * profiles as they stand after, and a line for each profile Box could not be asked about.
 */
export async function checkWithBox(
	profiles: Profiles,
	listed: readonly Profile[],
	options: {now: () => number; connecting: ConnectionOptions},
): Promise<{checked: Profile[]; notices: string[]}> {
	const connections = openProfileConnections({configDir: profiles.configDir, ...options});
	const notices: string[] = [];
	try {
		const checked = await Promise.all(
			listed.map(async (profile) => {
				// Nothing to ask: no connection, and for a sandbox profile no sandbox started.
				if (!hasTokenToCheck(profile, options.now())) {
					return profile;
				}

				const connection = await connections.connectionOf(profile);
				const check = await checkHeldToken(profile, profiles.secrets, connection, options.now);
				if (check?.kind === 'unreachable') {
					notices.push(
						`Box could not be asked about ${profile.name}: ${diagnose(check.failure).what} What follows for it is from what is stored.`,
					);
					return profile;
				}

				if (check === undefined) {
					return profile;
				}

				await saveLastCheck(profiles, profile.name, check.lastCheck);
				return {...profile, lastCheck: check.lastCheck};
			}),
		);
		return {checked, notices};
	} finally {
		await connections.close();
	}
}
