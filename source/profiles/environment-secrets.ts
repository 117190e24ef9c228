import type {Environment} from './config-folder.js';
import type {SecretName} from './profile.js';

/** The variables that supply secrets for CI without storing anything. */
export const secretVariables: Record<SecretName, string> = {
	'client-secret': 'BOXAUTH_CLIENT_SECRET',
	'private-key': 'BOXAUTH_PRIVATE_KEY',
	passphrase: 'BOXAUTH_PASSPHRASE',
	'access-token': 'BOXAUTH_ACCESS_TOKEN',
	'refresh-token': 'BOXAUTH_REFRESH_TOKEN',
	'developer-token': 'BOXAUTH_DEVELOPER_TOKEN',
	'app-token': 'BOXAUTH_APP_TOKEN',
};

export const secretNames = Object.keys(secretVariables) as SecretName[];

export function secretFromEnvironment(
	environment: Environment,
	name: SecretName,
): string | undefined {
	const value = environment[secretVariables[name]];
	if (value === undefined || value === '') {
		return undefined;
	}

	// A key copied out of the console's JSON config keeps its `\n` escapes; a PEM never holds a
	// backslash, so turning them back into line breaks is safe.
	return name === 'private-key' ? value.replaceAll('\\n', '\n') : value;
}

/**
 * The variables that make a whole profile from the environment, with no config file (for CI, as
 * GH_TOKEN does for gh): named as setup's flags are, beside the secret variables above.
 */
export const profileVariables = {
	authType: 'BOXAUTH_AUTH_TYPE',
	clientId: 'BOXAUTH_CLIENT_ID',
	enterpriseId: 'BOXAUTH_ENTERPRISE_ID',
	userId: 'BOXAUTH_USER_ID',
	jwtConfig: 'BOXAUTH_JWT_CONFIG',
	apiUrl: 'BOXAUTH_API_URL',
} as const;
