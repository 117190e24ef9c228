import {createCipheriv, createDecipheriv, randomBytes} from 'node:crypto';
import {closeSync, fdatasyncSync, openSync, writeSync} from 'node:fs';
import {mkdir, readdir, readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {isProcessAlive} from '../profiles/process-alive.js';

// A refresh token works once. Between Box's answer to a renewal and the new tokens in the
// keychain or secrets file lie a keychain call, a lock and an fsync: tens of milliseconds in
// which a kill -9, a full disk or a failing keychain would lose the login. So the answer goes
// first into this journal, on a file opened before the old token was spent, in one write; it is
// removed once the tokens are stored, and any boxauth run that finds one finishes the save.

/** Box's answer to one renewal, as kept until it is stored. */
export type PendingRenewal = {
	profile: string;
	accessToken: string;
	/** Seconds, as Box said. */
	expiresIn: number;
	receivedAt: number;
	refreshToken?: string;
};

export type RenewalJournal = {
	readonly path: string;
	/** Box's answer, on disk before this returns; synchronous, so nothing runs in between. */
	record(renewal: PendingRenewal): void;
	/** The answer is stored: the journal goes. */
	forget(): Promise<void>;
	/** The answer could not be stored: the journal stays, for the next run to finish the save. */
	keep(): void;
};

const folderOf = (configDir: string) => path.join(configDir, 'pending-renewals');
const prefixOf = (profile: string) => `${encodeURIComponent(profile)}.`;

/**
 * Where the OS keychain works, the journal is sealed with a key kept there (AES-256-GCM), so a
 * secret never sits in a plain file on a machine that has a keychain. Without one it is plain
 * and owner-only, as the secrets file is.
 */
function seal(text: string, key: Buffer | undefined): string {
	if (!key) {
		return JSON.stringify({plain: text});
	}

	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', key, iv);
	const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
	return JSON.stringify({
		iv: iv.toString('base64'),
		tag: cipher.getAuthTag().toString('base64'),
		sealed: sealed.toString('base64'),
	});
}

function unseal(text: string, key: Buffer | undefined): string | undefined {
	const outer = JSON.parse(text) as {plain?: string; iv?: string; tag?: string; sealed?: string};
	if (typeof outer.plain === 'string') {
		return outer.plain;
	}

	if (!key || !outer.iv || !outer.tag || !outer.sealed) {
		return undefined;
	}

	const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(outer.iv, 'base64'));
	decipher.setAuthTag(Buffer.from(outer.tag, 'base64'));
	return Buffer.concat([
		decipher.update(Buffer.from(outer.sealed, 'base64')),
		decipher.final(),
	]).toString('utf8');
}

/**
 * Opens a new journal for one renewal of `profile`, before its refresh token is spent: a
 * folder or disk that refuses the file refuses it now, while the old token still works.
 */
export async function openRenewalJournal(
	configDir: string,
	profile: string,
	key: Buffer | undefined,
): Promise<RenewalJournal> {
	const folder = folderOf(configDir);
	await mkdir(folder, {recursive: true, mode: 0o700});
	const file = path.join(
		folder,
		`${prefixOf(profile)}${process.pid}-${randomBytes(4).toString('hex')}.json`,
	);
	// A plain descriptor, not a FileHandle: its writes are synchronous, and nothing closes it behind
	// this module's back.
	const fd = openSync(file, 'wx', 0o600);
	let isOpen = true;
	const close = () => {
		if (isOpen) {
			isOpen = false;
			closeSync(fd);
		}
	};

	return {
		path: file,
		record(renewal) {
			writeSync(fd, seal(JSON.stringify(renewal), key));
			fdatasyncSync(fd);
		},
		async forget() {
			close();
			await rm(file, {force: true});
		},
		keep: close,
	};
}

/**
 * A journal found on disk, with what it holds when it holds a whole answer. `unreadable`: it
 * holds something this run cannot open (sealed while a keychain worked that does not now).
 */
export type FoundJournal = {
	path: string;
	renewal?: PendingRenewal;
	unreadable: boolean;
	writerAlive: boolean;
};

/** The journals of `profile` left by runs that did not finish their save, newest answer first. */
export async function pendingRenewals(
	configDir: string,
	profile: string,
	key: Buffer | undefined,
): Promise<FoundJournal[]> {
	let names: string[];
	try {
		names = await readdir(folderOf(configDir));
	} catch {
		return [];
	}

	const found: FoundJournal[] = [];
	for (const name of names.filter((candidate) => candidate.startsWith(prefixOf(profile)))) {
		const file = path.join(folderOf(configDir), name);
		const pid = Number(/\.(\d+)-[\da-f]+\.json$/.exec(name)?.[1]);
		let content = '';
		try {
			content = await readFile(file, 'utf8');
		} catch {
			// Gone meanwhile: its run finished the save.
			continue;
		}

		// Empty: its run ended, or is still waiting, before Box answered.
		let renewal: PendingRenewal | undefined;
		try {
			const text = content === '' ? undefined : unseal(content, key);
			renewal = text === undefined ? undefined : (JSON.parse(text) as PendingRenewal);
		} catch {}

		found.push({
			path: file,
			...(renewal ? {renewal} : {}),
			unreadable: content !== '' && renewal === undefined,
			writerAlive: pid !== process.pid && isProcessAlive(pid),
		});
	}

	return found.sort((a, b) => (b.renewal?.receivedAt ?? 0) - (a.renewal?.receivedAt ?? 0));
}

/** A removed profile's journals go with it: nothing of its login may outlive it. */
export async function forgetPendingRenewals(configDir: string, profile: string): Promise<void> {
	for (const journal of await pendingRenewals(configDir, profile, undefined)) {
		await rm(journal.path, {force: true});
	}
}
