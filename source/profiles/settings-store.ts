import {mkdir} from 'node:fs/promises';
import Conf from 'conf';
import {settingsFile} from './config-folder.js';
import {withFileLock} from './file-lock.js';
import type {Profile} from './profile.js';
import {findProfile} from './profile-list.js';
import {profileNameProblem} from './profile-name.js';
import {readSettings, type SettingsRead} from './read-settings.js';
import {type Settings, settingsProperties, settingsVersion} from './settings-schema.js';

export type SettingsChange = SettingsRead & {
	/** Why nothing was written, for the user; the settings are then as they were read. */
	problem?: string;
};

export type SettingsStore = {
	/** config.json, as `boxauth status` shows it. */
	readonly path: string;
	/** Adds the profile, or replaces the one of the same name. */
	save(profile: Profile): Promise<SettingsChange>;
	/** Removes the profile's settings; its secrets are the secret store's to delete. */
	remove(name: string): Promise<SettingsChange>;
	setDefault(name: string): Promise<SettingsChange>;
	rememberSecretsFileNotice(): Promise<SettingsChange>;
};

const noSuchProfile = (name: string) =>
	`no profile named ${name}; boxauth profiles list shows them`;

/**
 * Every write to config.json, through conf: its schema check (ajv), its layout version and
 * migrations, and its atomic write with mode 0600. Reading is readSettings' job (read-settings.ts
 * says why), and each change starts from a fresh read under a lock, so that a change made
 * meanwhile by another boxauth process is kept, and a file gone bad is moved aside, not written
 * over.
 */
export function openSettingsStore({
	configDir,
	now,
}: {
	configDir: string;
	now: () => number;
}): SettingsStore {
	const path = settingsFile(configDir);
	let conf: Conf<Settings> | undefined;

	async function change(
		next: (settings: Settings) => Settings | {problem: string},
	): Promise<SettingsChange> {
		await mkdir(configDir, {recursive: true, mode: 0o700});
		return withFileLock(path, async () => {
			const read = await readSettings(configDir, now);
			if (read.stuck) {
				return {...read, problem: `nothing was saved, so as not to overwrite ${path}`};
			}

			const settings = next(read.settings);
			if ('problem' in settings) {
				return {...read, ...settings};
			}

			// Made only now, once a bad file is out of the way: conf would throw on it, and its
			// migration step would write into it first.
			conf ??= new Conf<Settings>({
				cwd: configDir,
				configFileMode: 0o600,
				schema: settingsProperties,
				ajvOptions: {allowUnionTypes: true},
				projectVersion: settingsVersion,
				migrations: {},
			});
			// A copy: conf writes its own key into the object it is given.
			conf.store = {...settings};
			return {...read, settings};
		});
	}

	return {
		path,
		async save(profile) {
			const problem = profileNameProblem(profile.name);
			return change((settings) =>
				problem === undefined
					? {...settings, profiles: {...settings.profiles, [profile.name]: profile}}
					: {problem},
			);
		},
		async remove(name) {
			return change(({defaultProfile, ...settings}) => {
				if (!findProfile(settings, name)) {
					return {problem: noSuchProfile(name)};
				}

				const {[name]: _removed, ...profiles} = settings.profiles;
				return {
					...settings,
					profiles,
					...(defaultProfile === name || defaultProfile === undefined ? {} : {defaultProfile}),
				};
			});
		},
		async setDefault(name) {
			return change((settings) =>
				findProfile(settings, name)
					? {...settings, defaultProfile: name}
					: {problem: noSuchProfile(name)},
			);
		},
		async rememberSecretsFileNotice() {
			return change((settings) => ({...settings, secretsFileNoticeShown: true}));
		},
	};
}
