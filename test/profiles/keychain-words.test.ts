import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {keychainWords} from '../../source/profiles/keychain-words.js';

describe('why the keychain cannot be used, in words', () => {
	it("says what is missing for the library's errors on Linux, macOS and Windows", () => {
		assert.match(
			keychainWords(
				'Platform failure: DBus error: Using X11 for dbus-daemon autolaunch was disabled at compile time, set your DBUS_SESSION_BUS_ADDRESS instead',
			),
			/^no keyring service runs in this session/,
		);
		assert.equal(keychainWords('Keychain is locked'), 'the keychain is locked');
		assert.match(keychainWords('User interaction is not allowed.'), /over SSH/);
		assert.match(keychainWords('Platform failure: 0x80070520'), /Windows Credential Manager/);
		assert.equal(keychainWords('something else'), 'the OS keychain did not answer');
	});
});
