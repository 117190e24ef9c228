import {execFile} from 'node:child_process';
import {createRequire} from 'node:module';

// Box CLI keeps all its environments as one JSON text in one keychain entry, service `boxcli`,
// account `Box` (box/boxcli src/box-command.js: ENVIRONMENTS_KEYCHAIN_SERVICE and _ACCOUNT,
// getEnvironments). It writes it with keytar on Windows and Linux and with macOS's `security`
// tool (src/secure-storage.js), and each of those files the entry its own way.
const service = 'boxcli';
const account = 'Box';

export const keychainEntryWords = `the OS keychain (service ${service}, account ${account})`;

export type KeychainEntry = {found: true; text: string} | {found: false; reason?: string};

// Box CLI's entry is a few KB; the bound keeps a stray tool's output from filling memory.
const largestEntry = 1024 * 1024;

type KeyringModule = typeof import('@napi-rs/keyring');

/**
 * macOS and Windows, through the keychain library boxauth uses for its own secrets. keytar names
 * a Windows credential `service/account` and stores UTF-8 bytes, where the library would name it
 * `account.service` and read UTF-16: so the target is given, and the raw bytes are decoded here.
 * On macOS the entry is a generic password of that service and account; macOS may ask once
 * whether boxauth may read it, since Box CLI's `security` tool made it.
 */
async function fromKeyring(platform: 'darwin' | 'win32'): Promise<KeychainEntry> {
	// Loaded as keychain.ts loads it, so that the bundle leaves the native addon to node_modules.
	const {AsyncEntry} = createRequire(import.meta.url)('@napi-rs/keyring') as KeyringModule;
	const entry =
		platform === 'win32'
			? AsyncEntry.withTarget(`${service}/${account}`, service, account)
			: new AsyncEntry(service, account);
	const bytes = await entry.getSecret();
	return bytes ? {found: true, text: Buffer.from(bytes).toString('utf8')} : {found: false};
}

/**
 * Linux: keytar files the entry in the Secret Service under the attributes `service` and
 * `account`, which the keychain library does not search by (it uses `username`), so libsecret's
 * own `secret-tool` looks it up.
 */
async function fromSecretTool(): Promise<KeychainEntry> {
	return new Promise((resolve) => {
		execFile(
			'secret-tool',
			['lookup', 'service', service, 'account', account],
			{timeout: 5000, maxBuffer: largestEntry},
			(error, stdout, stderr) => {
				if (!error) {
					resolve(stdout.trim() ? {found: true, text: stdout} : {found: false});
					return;
				}

				// Exit status 1 with nothing on stderr is secret-tool's "no such entry".
				const said = stderr.trim().split('\n')[0];
				const reason =
					(error as NodeJS.ErrnoException).code === 'ENOENT'
						? 'secret-tool (package libsecret-tools) is not installed to read it'
						: error.killed
							? 'the keychain did not answer within 5 seconds'
							: said;
				resolve(reason ? {found: false, reason} : {found: false});
			},
		);
	});
}

/** Box CLI's environments as its keychain entry holds them, where this machine has one. */
export async function readBoxCliKeychainEntry(
	platform: NodeJS.Platform = process.platform,
): Promise<KeychainEntry> {
	try {
		if (platform === 'darwin' || platform === 'win32') {
			return await fromKeyring(platform);
		}

		return platform === 'linux' ? await fromSecretTool() : {found: false};
	} catch (error) {
		return {found: false, reason: error instanceof Error ? error.message : String(error)};
	}
}
