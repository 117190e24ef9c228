import {mkdir, stat} from 'node:fs/promises';
import {setTimeout as delay} from 'node:timers/promises';
import type {SandboxState} from '../sandbox/sandbox-state.js';
import type {StateFile} from '../sandbox/shared-state-store.js';
import {sandboxStateFile} from './config-folder.js';
import type {JsonSchema} from './json-shape.js';
import {readJsonFile} from './read-json-file.js';
import {writeFileAtomically} from './write-file-atomically.js';

// The top level only: the sandbox owns the inside of its state, and this check is there to
// tell a damaged file from a usable one, not to police the sandbox.
const object: JsonSchema = {type: 'object'};
const array: JsonSchema = {type: 'array'};
const schema: JsonSchema = {
	type: 'object',
	required: [
		'version',
		'enterprise',
		'users',
		'apps',
		'items',
		'developerToken',
		'accessTokens',
		'refreshTokens',
		'authCodes',
		'usedJtis',
		'clockOffsetMs',
		'lifetimes',
	],
	properties: {
		version: {enum: [1]},
		enterprise: object,
		users: array,
		apps: array,
		items: array,
		developerToken: {type: 'string'},
		accessTokens: object,
		refreshTokens: object,
		authCodes: object,
		usedJtis: object,
		clockOffsetMs: {type: 'number'},
		lifetimes: object,
	},
};

const role = {
	what: "the sandbox's saved state",
	consequence: 'the sandbox starts afresh, so profiles made against it need setting up again',
	namesProblem: true,
};

/**
 * The sandbox's state as the last run left it (sandbox.json next to the config), so that
 * profiles made against the sandbox keep working; undefined the first time.
 */
export async function loadSandboxState(
	configDir: string,
	now: () => number = Date.now,
): Promise<{state?: SandboxState; notice?: string}> {
	const {value, notice} = await readJsonFile(sandboxStateFile(configDir), schema, role, now);
	return {
		...(value === undefined ? {} : {state: value as SandboxState}),
		...(notice === undefined ? {} : {notice}),
	};
}

/** Saves the sandbox's state, 0600 (it holds the tokens it issued), all or nothing. */
export async function saveSandboxState(configDir: string, state: SandboxState): Promise<void> {
	await writeFileAtomically(sandboxStateFile(configDir), `${JSON.stringify(state)}\n`);
}

// A crashed holder's lock counts as stale after 10 s and is taken over; past that, the holder is
// alive and stuck, and waiting longer would stall every request behind it.
const lockStaleMs = 10_000;
const lockPatienceMs = 12_000;

// Loaded on the first lock, not at the top: `boxauth token` with a cached token never gets that
// far. Once: a fresh `import()` for every request costs more than the lock itself.
const loadLockfile = () => import('proper-lockfile');
let lockfileModule: ReturnType<typeof loadLockfile> | undefined;

/** Which version of the file is on disk: a save makes a new file, so a new inode too. */
async function fileVersion(file: string): Promise<string> {
	try {
		const {ino, size, mtimeNs} = await stat(file, {bigint: true});
		return `${ino}:${size}:${mtimeNs}`;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return 'none';
		}

		throw error;
	}
}

/**
 * sandbox.json as sandboxes in several processes share it: each holds its lock while it reads,
 * answers and writes, and reads it again only when another process wrote it since.
 */
export function sharedSandboxStateFile(
	configDir: string,
	onNotice: (notice: string) => void,
	now: () => number = Date.now,
): StateFile {
	const file = sandboxStateFile(configDir);
	let known: string | undefined;
	let folderMade = false;
	return {
		async lock() {
			lockfileModule ??= loadLockfile();
			const {default: lockfile} = await lockfileModule;
			if (!folderMade) {
				await mkdir(configDir, {recursive: true, mode: 0o700});
				folderMade = true;
			}

			const giveUpAt = Date.now() + lockPatienceMs;
			for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
				try {
					return await lockfile.lock(file, {
						realpath: false,
						stale: lockStaleMs,
						// Taken over as stale: this process was stopped for over 10 s. The default throws
						// from a timer and would end a running sandbox; the write still lands whole.
						onCompromised() {},
					});
				} catch (error) {
					// Only a lock held by another process is worth waiting for; a read-only or full
					// disk will not change in the next 12 seconds.
					if ((error as NodeJS.ErrnoException).code !== 'ELOCKED' || Date.now() > giveUpAt) {
						throw error;
					}

					await delay(wait);
				}
			}
		},
		async readIfChanged() {
			const version = await fileVersion(file);
			if (version === known) {
				return undefined;
			}

			known = version;
			const {state, notice} = await loadSandboxState(configDir, now);
			if (notice) {
				onNotice(notice);
			}

			return state;
		},
		async save(state) {
			await saveSandboxState(configDir, state);
			known = await fileVersion(file);
		},
	};
}

const troubleReasons: Readonly<Record<string, string>> = {
	ENOSPC: 'the disk is full',
	EDQUOT: 'the disk quota is used up',
	EFBIG: 'the file would be larger than this process may write',
	EROFS: 'the file system is read-only',
	EACCES: 'permission is denied',
	EPERM: 'the operation is not permitted',
	ELOCKED: 'another boxauth process kept it locked',
};

/** What went wrong with sandbox.json, in words for the person running the sandbox. */
export function sandboxStateTrouble(configDir: string, error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	const reason =
		(code && troubleReasons[code]) ?? (error instanceof Error ? error.message : String(error));
	return `The sandbox could not keep its state in ${sandboxStateFile(configDir)}: ${reason}${
		code ? ` (${code})` : ''
	}. It keeps serving, but the tokens it issues from now on may be unknown to the next sandbox started (and to other boxauth processes) until it can save again.`;
}
