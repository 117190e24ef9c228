/**
 * The most Windows Credential Manager keeps in one entry: CRED_MAX_CREDENTIAL_BLOB_SIZE is 2,560
 * bytes, and @napi-rs/keyring stores a password there as UTF-16, so 1,280 UTF-16 units (what a
 * JavaScript string's length counts). A Box JWT private key (PEM) is about 1,900.
 */
export const windowsKeychainLimit = 1280;

/**
 * How the keyring crates behind @napi-rs/keyring refuse a longer value, before writing anything:
 * keyring-core's TooLong error, "Attribute 'password encoded as UTF-16' is longer than platform
 * limit of 2560 chars" (validate_password in windows-native-keyring-store, and the same words in
 * keyring-rs 3). Read in their source; not seen on a Windows machine here.
 */
const tooLong = /longer than (?:the )?platform limit/i;

/**
 * Whether a working keychain refused `value` for its length, as the Windows Credential Manager
 * does: by the library's words, or, on Windows, by a length no entry can hold whatever the words.
 */
export function refusedForLength(
	reason: string,
	value: string,
	platform: NodeJS.Platform,
): boolean {
	return tooLong.test(reason) || (platform === 'win32' && value.length > windowsKeychainLimit);
}

/** Why the keychain would not take a value that long, for a notice. */
export function lengthRefusalWords(platform: NodeJS.Platform): string {
	return platform === 'win32'
		? `Windows Credential Manager keeps at most ${windowsKeychainLimit.toLocaleString('en-US')} characters in one entry, and this secret is longer`
		: 'the OS keychain refused a value that long';
}
