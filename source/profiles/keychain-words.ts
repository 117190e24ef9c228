/**
 * Why the OS keychain cannot be used, in words a person can act on: the keychain library's own
 * errors (such as "Platform failure: DBus error: Using X11 for dbus-daemon autolaunch was
 * disabled at compile time") say how it failed, not what is missing.
 */
const explanations: ReadonlyArray<{pattern: RegExp; words: string}> = [
	{
		pattern: /d-?bus|secret service|org\.freedesktop/i,
		words:
			'no keyring service runs in this session (the Secret Service of GNOME Keyring or KWallet), as on a server, in a container or over SSH',
	},
	{pattern: /locked/i, words: 'the keychain is locked'},
	{
		pattern: /user interaction is not allowed|interaction not allowed/i,
		words: 'the login keychain cannot ask for its password from this session, as over SSH',
	},
	{pattern: /credential|0x[0-9a-f]{8}/i, words: 'Windows Credential Manager refused it'},
	{
		pattern: /did not return what was stored/i,
		words: 'it did not give back what was stored in it',
	},
];

export function keychainWords(reason: string): string {
	return (
		explanations.find(({pattern}) => pattern.test(reason))?.words ??
		'the OS keychain did not answer'
	);
}
