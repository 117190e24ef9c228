import {randomBytes} from 'node:crypto';
import {createRequire} from 'node:module';

/** The OS keychain as boxauth uses it; tests put a fake in its place. */
export type Keychain = {
	/** Undefined when there is no such entry; throws when the keychain can't be reached. */
	get(account: string): Promise<string | undefined>;
	set(account: string, value: string): Promise<void>;
	delete(account: string): Promise<void>;
};

const keychainService = 'boxauth';

type KeyringModule = typeof import('@napi-rs/keyring');
let keyring: KeyringModule | undefined;

function entry(account: string) {
	// Loaded on first use with require(): importing this CommonJS package as ESM costs about
	// 30 ms against 5 ms, and a require() call that esbuild can't see leaves the native addon
	// out of the bundle, to be found in node_modules where npm installed its prebuilt binary.
	keyring ??= createRequire(import.meta.url)('@napi-rs/keyring') as KeyringModule;
	// On Linux, the Secret Service only: the library's fallback, the kernel keyring, forgets
	// everything at logout or reboot, which would lose a 60-day refresh token without a word.
	return new keyring.AsyncEntry(keychainService, account, {linux: {store: 'secret-service'}});
}

/**
 * The OS keychain through @napi-rs/keyring: the macOS Keychain, the Windows Credential Manager,
 * or the Secret Service.
 */
export const osKeychain: Keychain = {
	async get(account) {
		return (await entry(account).getPassword()) ?? undefined;
	},
	async set(account, value) {
		await entry(account).setPassword(value);
	},
	async delete(account) {
		await entry(account).deletePassword();
	},
};

export type KeychainProbe = {works: true} | {works: false; reason: string};

const probes = new WeakMap<Keychain, Promise<KeychainProbe>>();

/**
 * Whether the keychain really stores and returns a value: a throwaway entry is set, read back
 * and deleted, once per keychain per process. Where there is none (headless Linux has no D-Bus
 * session) this fails within a few milliseconds.
 */
export async function probeKeychain(keychain: Keychain): Promise<KeychainProbe> {
	let probe = probes.get(keychain);
	if (!probe) {
		probe = runProbe(keychain);
		probes.set(keychain, probe);
	}

	return probe;
}

async function runProbe(keychain: Keychain): Promise<KeychainProbe> {
	// Profile names can't start with a dot, so the probe never meets a real entry; the random
	// part keeps two processes probing at once out of each other's way.
	const account = `.probe/${randomBytes(6).toString('hex')}`;
	const value = randomBytes(12).toString('hex');
	try {
		await keychain.set(account, value);
	} catch (error) {
		return {works: false, reason: error instanceof Error ? error.message : String(error)};
	}

	try {
		return (await keychain.get(account)) === value
			? {works: true}
			: {works: false, reason: 'it did not return what was stored in it'};
	} catch (error) {
		return {works: false, reason: error instanceof Error ? error.message : String(error)};
	} finally {
		// Whatever happened, leave no probe behind in the user's keychain.
		await keychain.delete(account).catch(() => undefined);
	}
}
