import {mkdtemp, readdir, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {isProcessAlive} from '../../profiles/process-alive.js';
import {writeFileAtomically} from '../../profiles/write-file-atomically.js';

const prefix = 'boxauth-exec-';

/**
 * The token files of exec runs that ended without removing them (killed with kill -9, or the
 * machine turned off), removed: a token should not outlive its run on disk. A folder is named
 * for the process that made it, and one whose process is gone is left by nobody.
 */
async function removeLeftTokenFiles(temporaryFolder: string): Promise<void> {
	const names = await readdir(temporaryFolder).catch(() => []);
	await Promise.all(
		names.map(async (name) => {
			const pid = Number(new RegExp(`^${prefix}(\\d+)-`).exec(name)?.[1]);
			if (Number.isSafeInteger(pid) && pid > 0 && !isProcessAlive(pid)) {
				await rm(path.join(temporaryFolder, name), {recursive: true, force: true}).catch(
					() => undefined,
				);
			}
		}),
	);
}

export type TokenFile = {
	/** What BOX_ACCESS_TOKEN_FILE names. */
	readonly path: string;
	/** The token alone, no line break, replacing the one before all at once (a rename). */
	write(token: string): Promise<void>;
	/** The folder and the file, gone. */
	remove(): Promise<void>;
};

/**
 * The file `boxauth exec` keeps the current token in, for programs that read it again when they
 * need it: `token` in a folder of its own under the system's temporary folder, made owner-only
 * (0700, the file 0600), written whole at each renewal, and removed when exec ends (or by the
 * next exec, when this one was killed first). A reader
 * never meets a half-written token: each write goes to a new file renamed over the old one.
 */
export async function makeTokenFile(temporaryFolder = os.tmpdir()): Promise<TokenFile> {
	await removeLeftTokenFiles(temporaryFolder);
	const folder = await mkdtemp(path.join(temporaryFolder, `${prefix}${process.pid}-`));
	const file = path.join(folder, 'token');
	return {
		path: file,
		write: async (token) => writeFileAtomically(file, token),
		remove: async () => rm(folder, {recursive: true, force: true}),
	};
}
