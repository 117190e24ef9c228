import {randomBytes} from 'node:crypto';
import {mkdir, open, readdir, rename, rm} from 'node:fs/promises';
import path from 'node:path';
import {isProcessAlive} from './process-alive.js';

/**
 * Writes `text` to `file` readable by its owner only (0600), all or nothing: into a new temporary
 * file beside it, flushed to disk, then renamed over the old one, so that a process killed
 * mid-write leaves the previous content whole. The folder is made owner-only (0700) if missing.
 */
export async function writeFileAtomically(file: string, text: string): Promise<void> {
	await mkdir(path.dirname(file), {recursive: true, mode: 0o700});
	await removeAbandonedCopies(file);
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

/**
 * A process killed between writing its temporary copy and the rename leaves that copy behind,
 * and with it (for the secrets file) every secret: the next write clears the copies of writers
 * that are gone.
 */
async function removeAbandonedCopies(file: string): Promise<void> {
	const prefix = `${path.basename(file)}.`;
	for (const name of await readdir(path.dirname(file))) {
		const writer = /^(\d+)-[\da-f]{8}\.tmp$/.exec(name.slice(prefix.length));
		if (name.startsWith(prefix) && writer && !isProcessAlive(Number(writer[1]))) {
			await rm(path.join(path.dirname(file), name), {force: true});
		}
	}
}
