import {readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import type {BoxUrls} from '../box/box-urls.js';
import {trustSandboxCertificate} from '../box/sandbox-trust.js';
import {writeFileAtomically} from './write-file-atomically.js';

/**
 * Where a `boxauth sandbox` process says it is serving the saved sandbox. While it runs, every
 * other boxauth process uses it instead of starting a sandbox of its own: one sandbox, one state,
 * so a token `boxauth token` gets works in the curl line against `boxauth sandbox`.
 */
const runningSandboxFile = (configDir: string) => path.join(configDir, 'sandbox-running.json');

/** `caFile`: the certificate authority of a sandbox that serves HTTPS (`--tls`), to trust. */
type RunningSandboxRecord = {pid: number; urls: BoxUrls; caFile?: string};

export async function announceRunningSandbox(
	configDir: string,
	urls: BoxUrls,
	caFile?: string,
): Promise<void> {
	const record: RunningSandboxRecord = {
		pid: process.pid,
		urls,
		...(caFile === undefined ? {} : {caFile}),
	};
	await writeFileAtomically(runningSandboxFile(configDir), `${JSON.stringify(record)}\n`);
}

/** Removes the announcement, if it is this process's own. */
export async function withdrawRunningSandbox(configDir: string): Promise<void> {
	if ((await readRecord(configDir))?.pid === process.pid) {
		await rm(runningSandboxFile(configDir), {force: true});
	}
}

async function readRecord(configDir: string): Promise<RunningSandboxRecord | undefined> {
	try {
		const record = JSON.parse(
			await readFile(runningSandboxFile(configDir), 'utf8'),
		) as Partial<RunningSandboxRecord>;
		return typeof record.pid === 'number' && typeof record.urls?.apiUrl === 'string'
			? (record as RunningSandboxRecord)
			: undefined;
	} catch {
		return undefined;
	}
}

const isAlive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists, but belongs to another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/**
 * The URLs of the `boxauth sandbox` running now, if one is; a stale announcement is ignored. An
 * HTTPS sandbox's certificate authority is trusted from then on, for its origin only.
 */
export async function runningSandboxUrls(configDir: string): Promise<BoxUrls | undefined> {
	const record = await readRecord(configDir);
	if (!(record && record.pid !== process.pid && isAlive(record.pid))) {
		return undefined;
	}

	if (typeof record.caFile === 'string') {
		// Unreadable, it is not trusted, and the first request says why (a certificate problem).
		const ca = await readFile(record.caFile, 'utf8').catch(() => undefined);
		if (ca !== undefined) {
			trustSandboxCertificate(record.urls.apiUrl, ca);
		}
	}

	return record.urls;
}
