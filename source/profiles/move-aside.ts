import {access, readdir, readFile, rename} from 'node:fs/promises';
import path from 'node:path';

const exists = async (file: string) =>
	access(file).then(
		() => true,
		() => false,
	);

/**
 * The backup that another boxauth made of `file` a moment ago: several started at once, all
 * found it unusable, and one moved it first. It is the one that holds what this one read.
 */
async function backupHolding(file: string, content: string): Promise<string | undefined> {
	const folder = path.dirname(file);
	const prefix = `${path.basename(file)}.corrupt-`;
	// Newest first: the stamps sort as the times they were made.
	const names = (await readdir(folder))
		.filter((name) => name.startsWith(prefix))
		.sort()
		.reverse();
	for (const name of names) {
		const backup = path.join(folder, name);
		if ((await readFile(backup, 'utf8').catch(() => undefined)) === content) {
			return backup;
		}
	}

	return undefined;
}

/**
 * Renames a file boxauth cannot use to `<file>.corrupt-<time>` beside it, so that nothing the
 * user had is lost or silently reset; returns the backup's path. Given what was read from the
 * file, it also finds the backup when another boxauth moved the file first.
 */
export async function moveAside(
	file: string,
	now: () => number,
	content?: string,
): Promise<string> {
	const stamp = new Date(now()).toISOString().replaceAll(':', '-').replace('.', '-');
	let backup = `${file}.corrupt-${stamp}`;
	// rename() replaces an existing file: never let one backup overwrite another.
	for (let count = 1; await exists(backup); count++) {
		backup = `${file}.corrupt-${stamp}-${count}`;
	}

	try {
		await rename(file, backup);
		return backup;
	} catch (error) {
		const theirs =
			(error as NodeJS.ErrnoException).code === 'ENOENT' && content !== undefined
				? await backupHolding(file, content)
				: undefined;
		if (theirs === undefined) {
			throw error;
		}

		return theirs;
	}
}
