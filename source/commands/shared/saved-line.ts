import {authTypes} from '../../box/auth-types.js';
import {actsAs} from '../../profiles/acts-as.js';
import type {Profile} from '../../profiles/profile.js';
import {boxauthCommand} from './boxauth-command.js';

/**
 * The one line `boxauth profiles add` ends with: what was saved, who it acts as, where its
 * secrets are (a BOXAUTH_* variable is read each time, never stored), and what to run next.
 */
export function savedLine(
	profile: Profile,
	secrets: {storedIn?: 'keychain' | 'file'; secretsFile: string; variables: readonly string[]},
	boxauth = boxauthCommand(process.env),
): string {
	const places = [
		secrets.storedIn === 'keychain' ? 'secrets in the OS keychain' : undefined,
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
