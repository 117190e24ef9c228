import {settingsFile} from './config-folder.js';
import {readJsonFile} from './read-json-file.js';
import {type Settings, settingsSchema} from './settings-schema.js';

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
 * for reading, and conf (settings-store.ts) for every write. Bundled, loading conf and compiling
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
