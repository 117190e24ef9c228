import type {Profiles} from '../../profiles/open-profiles.js';
import type {LastCheck} from '../../profiles/profile.js';
import {findProfile} from '../../profiles/profile-list.js';
import {readSettings} from '../../profiles/settings-file.js';
import {withRefreshLock} from '../../tokens/refresh-lock.js';

/**
 * Records a check on the profile as it is now: a renewal during the check, here or in another
 * process, may have stored new tokens since the settings were first read. Under the refresh
 * lock, so that no renewal lands between this read and this write. Returns why nothing was
 * saved, if so; a profile removed meanwhile needs no record.
 */
export async function saveLastCheck(
	profiles: Profiles,
	name: string,
	lastCheck: LastCheck,
): Promise<string | undefined> {
	// The profile from the environment is never written (not even a lock): the check is this run's.
	if (profiles.fromEnvironment === name) {
		return undefined;
	}

	return withRefreshLock(profiles.configDir, name, async () => {
		const {settings} = await readSettings(profiles.configDir, Date.now);
		const profile = findProfile(settings, name);
		if (!profile) {
			return undefined;
		}

		const change = await (await profiles.settingsStore()).save({...profile, lastCheck});
		return change.problem;
	});
}
