import {secretVariables} from '../../profiles/environment-secrets.js';
import type {SecretLocation, SecretName} from '../../profiles/profile.js';

export const secretWords: Record<SecretName, string> = {
	'client-secret': 'client secret',
	'private-key': 'private key',
	passphrase: 'passphrase',
	'access-token': 'access token',
	'refresh-token': 'refresh token',
	'developer-token': 'developer token',
	'app-token': 'App Token',
};

/**
 * Where a profile's secrets are, by place, as in "client secret, access token in the OS
 * keychain; refresh token from BOXAUTH_REFRESH_TOKEN". Names and places only, never a value.
 */
export function secretPlaceWords(
	places: Partial<Record<SecretName, SecretLocation>>,
	secretsFile: string,
): string {
	const at = (place: SecretLocation) =>
		(Object.keys(places) as SecretName[]).filter((name) => places[name] === place);
	const inKeychain = at('keychain').map((name) => secretWords[name]);
	const inFile = at('file').map((name) => secretWords[name]);
	return (
		[
			inKeychain.length > 0 ? `${inKeychain.join(', ')} in the OS keychain` : undefined,
			inFile.length > 0 ? `${inFile.join(', ')} in ${secretsFile}` : undefined,
			...at('environment').map((name) => `${secretWords[name]} from ${secretVariables[name]}`),
		]
			.filter(Boolean)
			.join('; ') || 'none found'
	);
}
