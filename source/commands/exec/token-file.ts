import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {writeFileAtomically} from '../../profiles/write-file-atomically.js';

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
 * (0700, the file 0600), written whole at each renewal, and removed when exec ends. A reader
 * never meets a half-written token: each write goes to a new file renamed over the old one.
 */
export async function makeTokenFile(temporaryFolder = os.tmpdir()): Promise<TokenFile> {
	const folder = await mkdtemp(path.join(temporaryFolder, 'boxauth-exec-'));
	const file = path.join(folder, 'token');
	return {
		path: file,
		write: async (token) => writeFileAtomically(file, token),
		remove: async () => rm(folder, {recursive: true, force: true}),
	};
}
