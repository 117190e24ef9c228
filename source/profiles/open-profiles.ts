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
	/** The config file was unusable and was moved aside: tell the user. */
	notice?: string;
	secrets: SecretStore;
	/** The profile to use, from --profile, BOXAUTH_PROFILE, the only one or the default. */
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
	const {settings, notice} = await readSettings(configDir, now);
	let store: SettingsStore | undefined;
	const settingsStore = async () => {
		const {openSettingsStore} = await import('./settings-file.js');
		store ??= openSettingsStore({configDir, now});
		return store;
	};

	return {
		configDir,
		settings,
		...(notice === undefined ? {} : {notice}),
		secrets: openSecretStore({
			configDir,
			environment,
			keychain,
			now,
			fileNoticeShown: settings.secretsFileNoticeShown === true,
			async rememberFileNotice() {
				await (await settingsStore()).rememberSecretsFileNotice();
			},
		}),
		choose: (flag) =>
			chooseProfileName({
				flag,
				environment,
				stored: {names: Object.keys(settings.profiles), defaultProfile: settings.defaultProfile},
			}),
		settingsStore,
	};
}
