import {readFile, stat} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

// A console config is about 2 KB; anything this big is some other file.
const largestConfig = 1024 * 1024;

export type ConfigText = {ok: true; text: string; label: string} | {ok: false; problem: string};

const cannotRead = (label: string, error: unknown) =>
	`${label} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`;

/**
 * The text of the config file at `file` (a leading `~` is the home folder). `label` is what its
 * problems start with: `source` (where the path came from, such as `--jwt-config`) and the path
 * as resolved, or the path alone; `advice` ends them, saying where a good file comes from.
 */
export async function readConfigText(
	file: string,
	source: string | undefined,
	advice: string,
): Promise<ConfigText> {
	// `~` is the shell's to expand, but a quoted or typed path keeps it.
	const resolved = path.resolve(file.replace(/^~(?=$|[/\\])/, os.homedir()));
	const label = source === undefined ? resolved : `${source} ${resolved}`;
	try {
		const found = await stat(resolved);
		if (!found.isFile()) {
			return {
				ok: false,
				problem: `${label} is ${found.isDirectory() ? 'a folder' : 'not a file'}. ${advice}`,
			};
		}

		if (found.size > largestConfig) {
			return {ok: false, problem: `${label} is too big to be a console config. ${advice}`};
		}
	} catch (error) {
		return {
			ok: false,
			problem:
				(error as NodeJS.ErrnoException).code === 'ENOENT'
					? `${label}: there is no such file. ${advice}`
					: cannotRead(label, error),
		};
	}

	try {
		return {ok: true, text: await readFile(resolved, 'utf8'), label};
	} catch (error) {
		return {ok: false, problem: cannotRead(label, error)};
	}
}
