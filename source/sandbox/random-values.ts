import {randomBytes, randomInt} from 'node:crypto';

const alphanumeric = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const lowerAlphanumeric = 'abcdefghijklmnopqrstuvwxyz0123456789';

function pick(alphabet: string, length: number): string {
	const bytes = randomBytes(length);
	let text = '';
	for (const byte of bytes) {
		// 256 is not a multiple of the alphabet size; the slight bias does not matter for test tokens.
		text += alphabet[byte % alphabet.length];
	}

	return text;
}

/** Box access tokens are 32 characters, refresh tokens 64 (see the 193-byte token response). */
export const accessTokenValue = () => pick(alphanumeric, 32);
export const refreshTokenValue = () => pick(alphanumeric, 64);
export const authCodeValue = () => pick(alphanumeric, 32);
/** Client IDs in the Developer Console are 32 lower-case letters and digits. */
export const clientIdValue = () => pick(lowerAlphanumeric, 32);
export const clientSecretValue = () => pick(alphanumeric, 32);
export const appTokenValue = () => pick(alphanumeric, 32);
export const passphraseValue = () => pick(lowerAlphanumeric, 32);
export const shortRandom = (length: number) => pick(alphanumeric, length);
/** Box request IDs look like `0de4280d7c30a4c605598d8e59a14cde7`: lower-case hex. */
export const requestIdValue = () => randomBytes(16).toString('hex').slice(0, 31);
export const bodyRequestIdValue = () => pick(lowerAlphanumeric, 15);

export function numericId(digits: number): string {
	let id = String(randomInt(1, 10));
	for (let index = 1; index < digits; index++) {
		id += String(randomInt(0, 10));
	}

	return id;
}

/** Box's observed `expires_in` values range from about 3600 to 4300 seconds. */
export const boxAccessTokenSeconds = () => randomInt(3600, 4301);
