import {mkdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import type Conf from 'conf';
import {shapeProblem} from './json-shape.js';
import type {Profile} from './profile.js';
import {findProfile} from './profile-list.js';
import {profileNameProblem} from './profile-name.js';
import {readJsonFile} from './read-json-file.js';
import {
	type Settings,
	settingsProperties,
	settingsSchema,
	settingsVersion,
} from './settings-schema.js';

/*
 * config.json, the one file that holds the profiles and their settings: this module is the only
 * one that knows where it is, how it is laid out and how it is read and written. Reading uses
 * node:fs alone and writing goes through conf; readSettings says why there are two ways.
 */

/** Where config.json is, in a config folder. */
export const settingsFile = (configDir: string) => path.join(configDir, 'config.json');

export type SettingsRead = {
	settings: Settings;
	/** The config file was unusable and was moved aside (or could not be): tell the user. */
	notice?: string;
	/** The unusable config file is still in place, so nothing may be written over it. */
	stuck?: true;
};

const settingsRole = {
	what: "boxauth's settings",
	consequence: 'boxauth starts again with no profiles (their secrets are untouched)',
	namesProblem: true,
};

/**
 * Reads config.json with node:fs alone. There are two ways to the same file on purpose: this one
 * for reading, and conf (openSettingsStore, below) for every write. Bundled, loading conf and compiling
 * its schema costs about 80 ms (the import alone 20 ms) against 6 ms for this, while
 * `boxauth token` must start in twice a bare `node -e 0`. Both check the same schema
 * (settings-schema.ts).
 */
export async function readSettings(configDir: string, now: () => number): Promise<SettingsRead> {
	const {value, ...report} = await readJsonFile(
		settingsFile(configDir),
		settingsSchema,
		settingsRole,
		now,
	);
	// conf's own key (the layout's version) is conf's business; it keeps it across writes.
	const {__internal__: _conf, ...stored} = (value ?? {}) as Partial<Settings> & {
		__internal__?: unknown;
	};
	return {settings: {...stored, profiles: stored.profiles ?? {}}, ...report};
}

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
 * migrations, and its atomic write with mode 0600. Reading is readSettings' job (it says why), and each change starts from a fresh read under a lock, so that a change made
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
		// Loaded on the first change only: the lock's package is no business of a read.
		const {withFileLock} = await import('./file-lock.js');
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
			const {default: Conf} = await import('conf');
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

/**
 * The saved profiles' names, sorted, for shell completion. Read with node:fs and the same schema
 * as readSettings, but only looking: readSettings moves an unusable config file aside and its
 * caller tells the user, while a Tab press has nowhere to tell them, so here such a file reads as
 * no names and stays where it is for the next command to report. A name a shell would split or
 * expand (one made before names were checked, or typed into the file) is left out.
 */
export async function readProfileNames(configDir: string): Promise<string[]> {
	try {
		const value: unknown = JSON.parse(await readFile(settingsFile(configDir), 'utf8'));
		if (shapeProblem(value, settingsSchema) !== undefined) {
			return [];
		}

		return Object.keys((value as Partial<Settings>).profiles ?? {})
			.filter((name) => profileNameProblem(name) === undefined)
			.sort();
	} catch {
		return [];
	}
}
