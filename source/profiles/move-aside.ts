import {access, rename} from 'node:fs/promises';

const exists = async (file: string) =>
	access(file).then(
		() => true,
		() => false,
	);

/**
 * Renames a file boxauth cannot use to `<file>.corrupt-<time>` beside it, so that nothing the
 * user had is lost or silently reset; returns the backup's path.
 */
export async function moveAside(file: string, now: () => number): Promise<string> {
	const stamp = new Date(now()).toISOString().replaceAll(':', '-').replace('.', '-');
	let backup = `${file}.corrupt-${stamp}`;
	// rename() replaces an existing file: never let one backup overwrite another.
	for (let count = 1; await exists(backup); count++) {
		backup = `${file}.corrupt-${stamp}-${count}`;
	}

	await rename(file, backup);
	return backup;
}
