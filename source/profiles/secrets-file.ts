import {mkdir} from 'node:fs/promises';
import {secretsFile} from './config-folder.js';
import {withFileLock} from './file-lock.js';
import type {JsonSchema} from './json-shape.js';
import type {SecretName} from './profile.js';
import {readJsonFile} from './read-json-file.js';
import {writeFileAtomically} from './write-file-atomically.js';

type ProfileSecrets = Partial<Record<SecretName, string>>;
type SecretsFileContent = {version: 1; profiles: Record<string, ProfileSecrets>};

const schema: JsonSchema = {
	type: 'object',
	required: ['version', 'profiles'],
	properties: {
		version: {enum: [1]},
		profiles: {
			type: 'object',
			additionalProperties: {type: 'object', additionalProperties: {type: 'string'}},
		},
	},
};

const role = {
	what: "boxauth's secrets file",
	consequence: 'the secrets it held are no longer found, so those profiles need them again',
	namesProblem: false,
};

/**
 * Secrets in a JSON file next to the config, for where no keychain works and for a secret the
 * keychain refused for its length. Written with mode 0600, which Windows ignores (see below).
 */
export type SecretsFile = {
	readonly path: string;
	get(profile: string, name: SecretName): Promise<string | undefined>;
	set(profile: string, name: SecretName, value: string): Promise<void>;
	delete(profile: string, name: SecretName): Promise<void>;
};

export function openSecretsFile({
	configDir,
	now,
	onNotice,
}: {
	configDir: string;
	now: () => number;
	/** Told when the file was unusable and moved aside. */
	onNotice: (notice: string) => void;
}): SecretsFile {
	const path = secretsFile(configDir);

	async function read(): Promise<SecretsFileContent & {stuck?: true}> {
		const {value, notice, stuck} = await readJsonFile(path, schema, role, now);
		if (notice !== undefined) {
			onNotice(notice);
		}

		return {
			...((value as SecretsFileContent | undefined) ?? {version: 1, profiles: {}}),
			...(stuck ? {stuck} : {}),
		};
	}

	/** `update` says whether it changed anything, and so whether to write. */
	async function change(
		update: (profiles: Record<string, ProfileSecrets>) => boolean,
	): Promise<void> {
		await mkdir(configDir, {recursive: true, mode: 0o700});
		return withFileLock(path, async () => {
			const {profiles, stuck} = await read();
			if (stuck) {
				throw new Error(`boxauth could not save a secret, so as not to overwrite ${path}`);
			}

			if (update(profiles)) {
				const content: SecretsFileContent = {version: 1, profiles};
				await writeFileAtomically(path, `${JSON.stringify(content, undefined, '\t')}\n`);
			}
		});
	}

	const secretsOf = (profiles: Record<string, ProfileSecrets>, profile: string) =>
		Object.hasOwn(profiles, profile) ? profiles[profile] : undefined;

	async function get(profile: string, name: SecretName) {
		const secrets = secretsOf((await read()).profiles, profile);
		return secrets && Object.hasOwn(secrets, name) ? secrets[name] : undefined;
	}

	return {
		path,
		get,
		async set(profile, name, value) {
			await change((profiles) => {
				profiles[profile] = {...secretsOf(profiles, profile), [name]: value};
				return true;
			});
		},
		async delete(profile, name) {
			// Most deletes find nothing (where a keychain works, every write clears the file's
			// copy): a look first spares them the lock and the write.
			if ((await get(profile, name)) === undefined) {
				return;
			}

			await change((profiles) => {
				const secrets = secretsOf(profiles, profile);
				if (!secrets || !Object.hasOwn(secrets, name)) {
					return false;
				}

				delete secrets[name];
				if (Object.keys(secrets).length === 0) {
					delete profiles[profile];
				}

				return true;
			});
		},
	};
}

/**
 * Where the secrets file is and what keeps other users out of it, for a notice. A Unix mode means
 * nothing on Windows: there the file takes its permissions from its folder, which in the user's
 * profile (%APPDATA%, boxauth's default) lets in that user, the system and administrators.
 */
export function secretsFileWords(path: string, platform: NodeJS.Platform = process.platform) {
	return platform === 'win32'
		? `${path}, a file protected only by the permissions of its folder, not by a file mode (Windows has none): in your user profile, as by default, that keeps out other users but not this machine's administrators`
		: `${path}, a file only your user can read (mode 0600)`;
}
