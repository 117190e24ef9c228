import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {configFolder} from '../../source/profiles/config-folder.js';
import {secretVariables} from '../../source/profiles/environment-secrets.js';

/**
 * A config folder of its own, no BOXAUTH_* variable from this machine, no proxy unless a test
 * sets one (an empty lower-case name wins over an upper-case one, for undici as for doctor's
 * report), and a D-Bus address that leads nowhere, so that secrets go to the config folder's
 * file for the test and the CLI alike, never to a real keychain. A child process gets it on top
 * of `inheritedEnvironment()`.
 */
export function isolated(configHome: string): Record<string, string> {
	return {
		...Object.fromEntries(Object.values(secretVariables).map((name) => [name, ''])),
		// boxauth reads these empty as unset; the upload and authorize URLs are left out instead.
		BOXAUTH_PROFILE: '',
		BOXAUTH_CONFIG_DIR: '',
		BOXAUTH_API_URL: '',
		http_proxy: '',
		https_proxy: '',
		no_proxy: '',
		XDG_CONFIG_HOME: configHome,
		HOME: configHome,
		DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(configHome, 'no-bus')}`,
	};
}

/** A new, empty config folder with the isolated environment that uses it. */
export function isolatedHome(prefix = 'boxauth-test-') {
	const home = mkdtempSync(path.join(tmpdir(), prefix));
	const env = isolated(home);
	return {home, env, configDir: configFolder(env)};
}

/** This process's environment for a child to start from: none of this machine's BOXAUTH_* in it. */
export function inheritedEnvironment(): Record<string, string> {
	return Object.fromEntries(
		Object.entries(process.env).filter(
			(entry): entry is [string, string] =>
				entry[1] !== undefined && !entry[0].startsWith('BOXAUTH_'),
		),
	);
}

const refuse = async () => {
	throw new Error('no keychain in these tests');
};

export const noKeychain = {get: refuse, set: refuse, delete: refuse};
