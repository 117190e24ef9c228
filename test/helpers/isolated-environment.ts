import path from 'node:path';
import {secretVariables} from '../../source/profiles/environment-secrets.js';

/**
 * A config folder of its own, no BOXAUTH_* variable from this machine, no proxy unless a test
 * sets one (an empty lower-case name wins over an upper-case one, for undici as for doctor's
 * report), and a D-Bus address that leads nowhere, so that secrets go to the config folder's
 * file for the test and the CLI alike, never to a real keychain.
 */
export function isolated(configHome: string): Record<string, string> {
	return {
		...Object.fromEntries(Object.values(secretVariables).map((name) => [name, ''])),
		BOXAUTH_PROFILE: '',
		http_proxy: '',
		https_proxy: '',
		no_proxy: '',
		XDG_CONFIG_HOME: configHome,
		HOME: configHome,
		DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(configHome, 'no-bus')}`,
	};
}

const refuse = async () => {
	throw new Error('no keychain in these tests');
};

export const noKeychain = {get: refuse, set: refuse, delete: refuse};
