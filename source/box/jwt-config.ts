import {createPrivateKey, type KeyObject} from 'node:crypto';
import {readConfigFields} from './console-config.js';

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

const jwtAdvice = {
	notJson: 'Use the config file the Developer Console downloaded.',
	missingField: "Download the config again from the app's Configuration tab.",
};

/**
 * Reads a console config, naming the first field that is missing or of the wrong type. Checked
 * offline, before any request, so that a bad file is reported as a bad file.
 */
export function parseJwtConfig(text: string): JwtConfigResult {
	const fields = readConfigFields(text, requiredFields, jwtAdvice);
	if (!fields.ok) {
		return fields;
	}

	const {field, enterpriseId, userId} = fields;
	return {
		ok: true,
		config: {
			clientId: field(['boxAppSettings', 'clientID']),
			clientSecret: field(['boxAppSettings', 'clientSecret']),
			publicKeyId: field(['boxAppSettings', 'appAuth', 'publicKeyID']),
			privateKey: field(['boxAppSettings', 'appAuth', 'privateKey']),
			passphrase: field(['boxAppSettings', 'appAuth', 'passphrase']),
			...(enterpriseId === undefined ? {} : {enterpriseId}),
			...(userId === undefined ? {} : {userId}),
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
