import {randomBytes} from 'node:crypto';
import type {Environment} from './config-folder.js';
import {shownPath} from './config-folder.js';
import {secretFromEnvironment, secretNames, secretVariables} from './environment-secrets.js';
import {type Keychain, probeKeychain} from './keychain.js';
import {lengthRefusalWords, refusedForLength} from './keychain-limits.js';
import {keychainWords} from './keychain-words.js';
import type {SecretLocation, SecretName} from './profile.js';
import {profileNameProblem} from './profile-name.js';
import {openSecretsFile, secretsFileWords} from './secrets-file.js';

/** Where secrets are kept and found: the environment (read-only), the OS keychain, or a file. */
export type SecretStore = {
	/** secrets.json, where secrets go when no keychain works, or one the keychain found too long. */
	readonly filePath: string;
	/** The same, as the words show it (`~/…` under the home folder). */
	readonly shownFilePath: string;
	/** From the environment first, then the secrets file, then the keychain. */
	get(profile: string, name: SecretName): Promise<string | undefined>;
	/**
	 * Into the keychain, or the secrets file where no keychain works or where the keychain refused
	 * this one value for its length (Windows keeps 1,280 characters in an entry); says which.
	 */
	set(profile: string, name: SecretName, value: string): Promise<'keychain' | 'file'>;
	/** From the keychain and the secrets file; the environment is never changed. */
	delete(profile: string, name: SecretName): Promise<void>;
	deleteAll(profile: string): Promise<void>;
	/**
	 * The key that seals renewal journals, kept in the OS keychain and made there the first time;
	 * undefined where no keychain works. Asked for before a refresh token is spent, it also
	 * wakes the keychain, so storing the new token right after Box's answer is quick.
	 */
	journalKey(): Promise<Buffer | undefined>;
	/** Where each of the profile's secrets is found now, for `boxauth status`. */
	where(profile: string): Promise<Partial<Record<SecretName, SecretLocation>>>;
	/**
	 * What the user should be told and hasn't been: that secrets went to the file for want of
	 * a keychain (once ever), that one secret went there because the keychain refused a value
	 * that long, or that the file was unusable and moved aside. Each only once.
	 */
	takeNotices(): string[];
};

const journalKeyAccount = '.renewal-journal-key';

/**
 * Opens the secret store. A secret's value never goes into a message or an error from here. The
 * secrets file is read before the keychain because it only holds what was written while no
 * keychain worked (a write to a working keychain removes the file's copy), so it is the newer.
 */
export function openSecretStore({
	configDir,
	environment,
	keychain,
	now,
	fileNoticeShown,
	rememberFileNotice,
	platform = process.platform,
}: {
	configDir: string;
	environment: Environment;
	keychain: Keychain;
	now: () => number;
	/** From the settings: the user was told once already that secrets are kept in the file. */
	fileNoticeShown: boolean;
	/** Records in the settings that the user has now been told. */
	rememberFileNotice: () => Promise<void>;
	/** Decides the notices' words about the file's protection, and the keychain's length limit. */
	platform?: NodeJS.Platform;
}): SecretStore {
	const notices: string[] = [];
	// A secrets file that can't even be moved aside is found again at every read: say it once.
	const told = new Set<string>();
	const tell = (notice: string) => {
		if (!told.has(notice)) {
			told.add(notice);
			notices.push(notice);
		}
	};

	const file = openSecretsFile({configDir, now, onNotice: tell});
	const shownFile = shownPath(file.path, environment);
	let noticeShown = fileNoticeShown;

	function account(profile: string, name: SecretName) {
		const problem = profileNameProblem(profile);
		if (problem !== undefined) {
			throw new Error(problem);
		}

		return `${profile}/${name}`;
	}

	/** Runs a keychain call, or gives `otherwise` when the keychain doesn't work at all. */
	async function inKeychain<Result>(
		call: () => Promise<Result>,
		otherwise: Result,
		failure: string,
	): Promise<Result> {
		try {
			return await call();
		} catch (error) {
			const probe = await probeKeychain(keychain);
			if (!probe.works) {
				return otherwise;
			}

			// The keychain works, yet refused this one call (locked, or access denied).
			throw new Error(`${failure}: ${error instanceof Error ? error.message : String(error)}`);
		}
	}

	async function setInFile(profile: string, name: SecretName, value: string, reason: string) {
		await file.set(profile, name, value);
		if (!noticeShown) {
			noticeShown = true;
			tell(
				`No OS keychain works here (${keychainWords(reason)}), so boxauth keeps secrets in ${secretsFileWords(shownFile, platform)}. On a shared machine, prefer the BOXAUTH_* environment variables, which boxauth reads and never stores. boxauth status shows where each profile's secrets live.`,
			);
			// Failing to record it only means the notice comes again next time: not worth failing
			// a write that has already succeeded.
			await rememberFileNotice().catch(() => undefined);
		}
	}

	/**
	 * Keeps in the file the one secret that a working keychain refused for its length. Splitting
	 * it across several keychain entries (NAME, NAME#2, … and a count) was the other way, and was
	 * not taken: parts are written one call at a time, so a process killed between them, or
	 * another boxauth reading meanwhile, meets a torn key; a shorter value written later must find
	 * and delete every leftover part, each call of which can fail on its own; and get, where and
	 * delete would all have to learn parts. The file already does all of that: it is written whole
	 * under a lock, read before the keychain, and cleared by any later write to the keychain and by
	 * delete. The cost, that this one secret is guarded by the file's permissions rather than the
	 * keychain, is said in the notice.
	 */
	async function setTooLongInFile(profile: string, name: SecretName, value: string) {
		await file.set(profile, name, value);
		// An older value held in the keychain is now stale. The file's copy is read first anyway, so
		// a failure to delete it loses nothing that a later write or delete won't try again.
		await keychain.delete(account(profile, name)).catch(() => undefined);
		tell(
			`The OS keychain would not take the ${name} of profile ${profile} (${lengthRefusalWords(platform)}), so boxauth keeps that one secret in ${secretsFileWords(shownFile, platform)}. The profile's other secrets still go to the keychain. On a shared machine, prefer ${secretVariables[name]}, which boxauth reads and never stores.`,
		);
	}

	const store: SecretStore = {
		filePath: file.path,
		shownFilePath: shownFile,
		async get(profile, name) {
			const key = account(profile, name);
			return (
				secretFromEnvironment(environment, name) ??
				(await file.get(profile, name)) ??
				inKeychain(
					async () => keychain.get(key),
					undefined,
					`the OS keychain would not give boxauth the ${name} of profile ${profile}`,
				)
			);
		},
		async set(profile, name, value) {
			const key = account(profile, name);
			const probe = await probeKeychain(keychain);
			if (!probe.works) {
				await setInFile(profile, name, value, probe.reason);
				return 'file';
			}

			try {
				await keychain.set(key, value);
			} catch (error) {
				const message = error instanceof Error ? error.message : String(error);
				if (refusedForLength(message, value, platform)) {
					await setTooLongInFile(profile, name, value);
					return 'file';
				}

				// The library's message shouldn't hold the value; if it ever does, it goes no further.
				throw new Error(
					`the OS keychain would not store the ${name} of profile ${profile}: ${message.replaceAll(value, '[secret]')}`,
				);
			}

			// A copy left in the file from a time without a keychain, or from a longer value the
			// keychain refused, is now stale, and plain.
			await file.delete(profile, name);
			return 'keychain';
		},
		async delete(profile, name) {
			const key = account(profile, name);
			await file.delete(profile, name);
			await inKeychain(
				async () => keychain.delete(key),
				undefined,
				`the OS keychain would not delete the ${name} of profile ${profile}`,
			);
		},
		async deleteAll(profile) {
			for (const name of secretNames) {
				await store.delete(profile, name);
			}
		},
		async journalKey() {
			const probe = await probeKeychain(keychain);
			if (!probe.works) {
				return undefined;
			}

			// Profile names can't start with a dot: this entry never meets a profile's.
			const held = await keychain.get(journalKeyAccount);
			if (held !== undefined) {
				return Buffer.from(held, 'base64');
			}

			const key = randomBytes(32);
			await keychain.set(journalKeyAccount, key.toString('base64'));
			return key;
		},
		async where(profile) {
			const places: Partial<Record<SecretName, SecretLocation>> = {};
			for (const name of secretNames) {
				const key = account(profile, name);
				if (secretFromEnvironment(environment, name) !== undefined) {
					places[name] = 'environment';
				} else if ((await file.get(profile, name)) !== undefined) {
					places[name] = 'file';
				} else if (
					(await inKeychain(
						async () => keychain.get(key),
						undefined,
						`the OS keychain would not say whether it holds the ${name} of profile ${profile}`,
					)) !== undefined
				) {
					places[name] = 'keychain';
				}
			}

			return places;
		},
		takeNotices() {
			return notices.splice(0);
		},
	};
	return store;
}
