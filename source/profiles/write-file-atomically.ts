import {randomBytes} from 'node:crypto';
import {mkdir, open, rename, rm} from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `text` to `file` readable by its owner only (0600), all or nothing: into a new temporary
 * file beside it, flushed to disk, then renamed over the old one, so that a process killed
 * mid-write leaves the previous content whole. The folder is made owner-only (0700) if missing.
 */
export async function writeFileAtomically(file: string, text: string): Promise<void> {
	await mkdir(path.dirname(file), {recursive: true, mode: 0o700});
	const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
	try {
		// 'wx': a new file, so the mode given here is the mode it gets.
		const handle = await open(temporary, 'wx', 0o600);
		try {
			await handle.writeFile(text, 'utf8');
			await handle.sync();
		} finally {
			await handle.close();
		}

		await rename(temporary, file);
	} catch (error) {
		await rm(temporary, {force: true});
		throw error;
	}
}
