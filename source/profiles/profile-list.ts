import type {Profile} from './profile.js';
import type {Settings} from './settings-schema.js';

/** The profiles, by name. */
export const listProfiles = (settings: Settings): Profile[] =>
	Object.keys(settings.profiles)
		.sort()
		.flatMap((name) => settings.profiles[name] ?? []);

/** Own properties only: a name like "constructor" must not find Object.prototype's. */
export const findProfile = (settings: Settings, name: string): Profile | undefined =>
	Object.hasOwn(settings.profiles, name) ? settings.profiles[name] : undefined;
