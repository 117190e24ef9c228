import type {Profiles} from '../../source/profiles/open-profiles.js';
import type {Profile, SecretName} from '../../source/profiles/profile.js';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';

export type ProfileToWrite = {
	profile: Partial<Profile> & Pick<Profile, 'name' | 'authType'>;
	secrets: Partial<Record<SecretName, string>>;
};

/**
 * Writes a profile of the running sandbox straight into the settings, and its secrets into the
 * secret store, as if made earlier: the state a test starts a command from.
 */
export async function writeSandboxProfile(
	profiles: Profiles,
	sandbox: RunningSandbox,
	{profile, secrets}: ProfileToWrite,
): Promise<void> {
	await (await profiles.settingsStore()).save({
		urls: {
			apiUrl: sandbox.urls.baseUrl,
			uploadUrl: sandbox.urls.uploadUrl,
			authorizeUrl: sandbox.urls.authorizeUrl,
		},
		sandbox: false,
		tokens: {},
		secretLocation: 'file',
		createdAt: Date.now(),
		...profile,
	});
	for (const [name, value] of Object.entries(secrets)) {
		await profiles.secrets.set(profile.name, name as SecretName, value);
	}
}

/** For a saved sandbox a test starts itself: trouble with its saved state fails the test. */
export function failOnTrouble(message: string): never {
	throw new Error(`the saved sandbox reported trouble: ${message}`);
}
