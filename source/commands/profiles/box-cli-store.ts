import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {reasonInWords} from '../../profiles/system-error-reason.js';
import {type BoxCliEnvironment, parseBoxCliEnvironments} from './box-cli-environments.js';
import {type KeychainEntry, keychainEntryWords} from './box-cli-keychain.js';

export type BoxCliStore =
	| {ok: true; environments: BoxCliEnvironment[]; where: string}
	| {ok: false; problem: string};

/** Where Box CLI keeps its environments when it has no keychain (src/box-command.js). */
export const environmentsFile = (home: string) => path.join(home, '.box', 'box_environments.json');

/**
 * Box CLI's environments, read as Box CLI reads them: its keychain entry first, then the file,
 * which it also falls back to when the entry does not parse (getEnvironments). Only read:
 * boxauth never writes to Box CLI's keychain entry or files.
 */
export async function readBoxCliStore(
	home: string,
	readKeychain: () => Promise<KeychainEntry>,
): Promise<BoxCliStore> {
	const entry = await readKeychain();
	let inKeychain: string | undefined;
	if (entry.found) {
		const parsed = parseBoxCliEnvironments(entry.text);
		if (parsed.ok) {
			return {...parsed, where: keychainEntryWords};
		}

		inKeychain = `Box CLI's entry in ${keychainEntryWords} is unusable: ${parsed.problem}`;
	}

	const file = environmentsFile(home);
	let content: string;
	try {
		content = await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
			return {ok: false, problem: `${file} cannot be read: ${reasonInWords(error)}.`};
		}

		const keychainWords =
			inKeychain ??
			`none in ${keychainEntryWords}${entry.found || entry.reason === undefined ? '' : ` (${entry.reason})`}`;
		return {
			ok: false,
			problem: `No Box CLI environments found: ${keychainWords}, and no file ${file}. Box CLI makes them with box configure:environments:add or box login.`,
		};
	}

	const parsed = parseBoxCliEnvironments(content);
	if (!parsed.ok) {
		return {
			ok: false,
			problem: `${file} is unusable: ${parsed.problem}. Nothing was imported, and the file is left as it is (box configure:environments:get shows what Box CLI makes of it).`,
		};
	}

	return {...parsed, where: file};
}
