import {createPrivateKey, type KeyObject} from 'node:crypto';

/** The JSON file the Developer Console downloads with "Generate a Public/Private Keypair". */
export type JwtConfig = {
	clientId: string;
	clientSecret: string;
	publicKeyId: string;
	privateKey: string;
	passphrase: string;
	enterpriseId?: string;
	userId?: string;
};

export type JwtConfigResult = {ok: true; config: JwtConfig} | {ok: false; problem: string};

const requiredFields = [
	['boxAppSettings', 'clientID'],
	['boxAppSettings', 'clientSecret'],
	['boxAppSettings', 'appAuth', 'publicKeyID'],
	['boxAppSettings', 'appAuth', 'privateKey'],
	['boxAppSettings', 'appAuth', 'passphrase'],
] as const;

function fieldAt(value: unknown, path: readonly string[]): unknown {
	let current = value;
	for (const key of path) {
		current =
			typeof current === 'object' && current !== null
				? (current as Record<string, unknown>)[key]
				: undefined;
	}

	return current;
}

/**
 * Reads a console config, naming the first field that is missing or of the wrong type. Checked
 * offline, before any request, so that a bad file is reported as a bad file.
 */
export function parseJwtConfig(text: string): JwtConfigResult {
	let input: unknown;
	try {
		// Windows editors save UTF-8 with a byte order mark, which JSON.parse refuses.
		input = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return {
			ok: false,
			problem: 'The file is not JSON. Use the config file the Developer Console downloaded.',
		};
	}

	for (const path of requiredFields) {
		if (typeof fieldAt(input, path) !== 'string' || fieldAt(input, path) === '') {
			return {
				ok: false,
				problem: `The config has no "${path.join('.')}" (a string). Download the config again from the app's Configuration tab.`,
			};
		}
	}

	const enterpriseId = fieldAt(input, ['enterpriseID']);
	const userId = fieldAt(input, ['userID']);
	if (enterpriseId !== undefined && typeof enterpriseId !== 'string') {
		return {
			ok: false,
			problem: 'The config\'s "enterpriseID" must be a string, such as "1234567".',
		};
	}

	const field = (path: readonly string[]) => fieldAt(input, path) as string;
	return {
		ok: true,
		config: {
			clientId: field(['boxAppSettings', 'clientID']),
			clientSecret: field(['boxAppSettings', 'clientSecret']),
			publicKeyId: field(['boxAppSettings', 'appAuth', 'publicKeyID']),
			privateKey: field(['boxAppSettings', 'appAuth', 'privateKey']),
			passphrase: field(['boxAppSettings', 'appAuth', 'passphrase']),
			...(typeof enterpriseId === 'string' ? {enterpriseId} : {}),
			...(typeof userId === 'string' ? {userId} : {}),
		},
	};
}

export type PrivateKeyResult = {ok: true; key: KeyObject} | {ok: false; problem: string};

/** Decrypts the config's key with its passphrase; a wrong passphrase is said as such. */
export function decryptPrivateKey(config: JwtConfig): PrivateKeyResult {
	try {
		return {
			ok: true,
			key: createPrivateKey({key: config.privateKey, format: 'pem', passphrase: config.passphrase}),
		};
	} catch (error) {
		const message = (error as Error).message;
		return {
			ok: false,
			problem: /bad decrypt|passphrase/i.test(message)
				? 'The passphrase does not decrypt the private key. Use the passphrase from the same config file.'
				: `The private key cannot be read (${message}). Use the key from the config file, unchanged.`,
		};
	}
}
