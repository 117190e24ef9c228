import {readFile} from 'node:fs/promises';
import {settingsFile} from './config-folder.js';
import {shapeProblem} from './json-shape.js';
import {profileNameProblem} from './profile-name.js';
import {type Settings, settingsSchema} from './settings-schema.js';

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
