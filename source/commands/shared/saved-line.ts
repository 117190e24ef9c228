import {authTypes} from '../../box/auth-types.js';
import {actsAs} from '../../profiles/acts-as.js';
import type {Profile, SecretName} from '../../profiles/profile.js';
import {boxauthCommand} from './boxauth-command.js';
import {secretWords} from './secret-words.js';

/**
 * The one line `boxauth profiles add` ends with: what was saved, who it acts as, where its
 * secrets are (a BOXAUTH_* variable is read each time, never stored), and what to run next.
 */
export function savedLine(
	profile: Profile,
	secrets: {
		storedIn?: 'keychain' | 'file';
		/** Secrets in the file while the others are in the keychain (too long for it, as on Windows). */
		inFileAlone?: readonly SecretName[];
		secretsFile: string;
		variables: readonly string[];
	},
	boxauth = boxauthCommand(process.env),
): string {
	const places = [
		secrets.storedIn === 'keychain' ? 'secrets in the OS keychain' : undefined,
		secrets.inFileAlone && secrets.inFileAlone.length > 0
			? `its ${secrets.inFileAlone.map((name) => secretWords[name]).join(' and ')} in ${secrets.secretsFile} (only you can read it)`
			: undefined,
		secrets.storedIn === 'file'
			? `secrets in ${secrets.secretsFile} (only you can read it)`
			: undefined,
		secrets.variables.length > 0
			? `${secrets.variables.join(' and ')} read from the environment each time, never stored`
			: undefined,
	].filter(Boolean);
	const kind = `${authTypes[profile.authType].label}${profile.sandbox ? ", boxauth's sandbox" : ''}`;
	return `Saved profile ${profile.name} (${kind}), acting as ${actsAs(profile)}; ${places.join('; ')}. Next: ${boxauth} token --profile ${profile.name}`;
}
