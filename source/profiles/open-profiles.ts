import {chooseProfileName, type ProfileChoice} from './choose-profile.js';
import {configFolder, type Environment} from './config-folder.js';
import {type Keychain, osKeychain} from './keychain.js';
import {openSecretStore, type SecretStore} from './secret-store.js';
import type {SettingsStore} from './settings-file.js';
import {readSettings} from './settings-file.js';
import type {Settings} from './settings-schema.js';

export type Profiles = {
	configDir: string;
	/** config.json as read when opened. */
	settings: Settings;
	/**
	 * The config file was unusable and was moved aside, or BOXAUTH_AUTH_TYPE describes a profile
	 * that cannot be used: tell the user.
	 */
	notice?: string;
	/**
	 * The name of the profile made from BOXAUTH_* variables (BOXAUTH_AUTH_TYPE and the rest), when
	 * there is one: it is in `settings`, in memory only, and nothing of it is ever written.
	 */
	fromEnvironment?: string;
	secrets: SecretStore;
	/**
	 * The profile to use, from --profile, BOXAUTH_PROFILE, the profile from the environment, the
	 * only one or the default.
	 */
	choose(flag?: string): ProfileChoice;
	/** For changes; conf is loaded on the first call only, so that reading stays fast. */
	settingsStore(): Promise<SettingsStore>;
};

/** Everything a command needs to find its profile and that profile's secrets. */
export async function openProfiles({
	environment,
	now,
	configDir = configFolder(environment),
	keychain = osKeychain,
}: {
	environment: Environment;
	now: () => number;
	configDir?: string;
	keychain?: Keychain;
}): Promise<Profiles> {
	const read = await readSettings(configDir, now);
	// Loaded only when BOXAUTH_AUTH_TYPE asks for it: `boxauth token` reads no more than it needs.
	const environmentModule = environment['BOXAUTH_AUTH_TYPE']?.trim()
		? await import('./environment-profile.js')
		: undefined;
	const fromEnvironment = await environmentModule?.profileFromEnvironment(environment, now());
	const ownProfile = fromEnvironment?.ok ? fromEnvironment.profile : undefined;
	const settings: Settings = ownProfile
		? {...read.settings, profiles: {...read.settings.profiles, [ownProfile.name]: ownProfile}}
		: read.settings;
	const notice = [read.notice, fromEnvironment?.ok === false ? fromEnvironment.problem : undefined]
		.filter(Boolean)
		.join('\n');
	let store: SettingsStore | undefined;
	const settingsStore = async () => {
		const {openSettingsStore} = await import('./settings-file.js');
		store ??= openSettingsStore({configDir, now});
		return ownProfile && environmentModule
			? environmentModule.withEnvironmentSettings(store, settings, ownProfile.name)
			: store;
	};

	const secrets = openSecretStore({
		configDir,
		environment,
		keychain,
		now,
		fileNoticeShown: settings.secretsFileNoticeShown === true,
		async rememberFileNotice() {
			await (await settingsStore()).rememberSecretsFileNotice();
		},
	});
	return {
		configDir,
		settings,
		...(notice === '' ? {} : {notice}),
		...(ownProfile ? {fromEnvironment: ownProfile.name} : {}),
		secrets:
			fromEnvironment?.ok && environmentModule
				? environmentModule.withEnvironmentSecrets(
						secrets,
						fromEnvironment.profile.name,
						fromEnvironment.secrets,
					)
				: secrets,
		choose: (flag) =>
			chooseProfileName({
				flag,
				environment,
				stored: {names: Object.keys(settings.profiles), defaultProfile: settings.defaultProfile},
				...(fromEnvironment === undefined
					? {}
					: {
							fromEnvironment: fromEnvironment.ok
								? {name: fromEnvironment.profile.name}
								: {problem: environmentModule?.unusableEnvironmentProfile ?? ''},
						}),
			}),
		settingsStore,
	};
}
