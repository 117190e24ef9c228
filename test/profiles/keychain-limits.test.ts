import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {describe, it} from 'node:test';
import {secretsFile} from '../../source/profiles/config-folder.js';
import {refusedForLength, windowsKeychainLimit} from '../../source/profiles/keychain-limits.js';
import {openSecretStore} from '../../source/profiles/secret-store.js';
import {assertNoSecrets} from '../helpers/leak-check.js';
import {
	type FakeKeychain,
	fakeKeychain,
	now,
	temporaryFolder,
} from './fixtures/profile-fixtures.js';

// What @napi-rs/keyring says on Windows when a password is over 1,280 UTF-16 units: keyring-core's
// TooLong error as windows-native-keyring-store raises it (read in the crates' source).
const windowsRefusal =
	"Attribute 'password encoded as UTF-16' is longer than platform limit of 2560 chars";

/** A keychain in memory that refuses a value over 1,280 UTF-16 units, as Windows does. */
function windowsKeychain(refusal = windowsRefusal): FakeKeychain {
	const keychain = fakeKeychain();
	const set = keychain.set.bind(keychain);
	keychain.set = async (account, value) => {
		// A JavaScript string's length counts UTF-16 units, as CredWriteW's blob does (two bytes each).
		if (value.length > windowsKeychainLimit) {
			keychain.calls.push(`refused ${account}`);
			throw new Error(refusal);
		}

		await set(account, value);
	};

	return keychain;
}

/** A PEM of 1,900 characters, about a Box JWT app's encrypted private key. */
const privateKey = (() => {
	const begin = '-----BEGIN ENCRYPTED PRIVATE KEY-----\n';
	const end = '-----END ENCRYPTED PRIVATE KEY-----\n';
	const body = 'MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI3q7Kx1Z9pLkCAggA'
		.repeat(40)
		.slice(0, 1900 - begin.length - end.length - 29);
	const lines = body.match(/.{1,64}/g) ?? [];
	return `${begin}${lines.join('\n')}\n${end}`;
})();
const clientSecret = 'SECRET-fc1d2e3b4a5968778695a4b3';
const passphrase = 'PASSPHRASE-8e7d6c5b4a39281706f5';

function store(configDir: string, keychain: FakeKeychain, platform: NodeJS.Platform = 'win32') {
	const remembered: string[] = [];
	const secrets = openSecretStore({
		configDir,
		environment: {},
		keychain,
		now,
		fileNoticeShown: false,
		async rememberFileNotice() {
			remembered.push('shown');
		},
		platform,
	});
	return {secrets, remembered};
}

const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as unknown;

describe('a secret too long for the Windows Credential Manager', () => {
	it('is made to measure: 1,900 characters, over the limit', () => {
		assert.equal(privateKey.length, 1900);
		assert.ok(privateKey.length > windowsKeychainLimit);
	});

	it('goes to the secrets file alone, is read back whole, and the others stay in the keychain', async () => {
		const configDir = await temporaryFolder();
		const keychain = windowsKeychain();
		const {secrets, remembered} = store(configDir, keychain);
		assert.equal(await secrets.set('work', 'client-secret', clientSecret), 'keychain');
		assert.equal(await secrets.set('work', 'private-key', privateKey), 'file');
		assert.equal(await secrets.set('work', 'passphrase', passphrase), 'keychain');

		assert.equal(await secrets.get('work', 'private-key'), privateKey);
		assert.equal(await secrets.get('work', 'client-secret'), clientSecret);
		assert.equal(await secrets.get('work', 'passphrase'), passphrase);
		assert.deepEqual(await secrets.where('work'), {
			'client-secret': 'keychain',
			'private-key': 'file',
			passphrase: 'keychain',
		});
		assert.deepEqual([...keychain.entries.keys()].sort(), [
			'work/client-secret',
			'work/passphrase',
		]);
		assert.deepEqual(await readJson(secretsFile(configDir)), {
			version: 1,
			profiles: {work: {'private-key': privateKey}},
		});

		const notices = secrets.takeNotices();
		assert.equal(notices.length, 1);
		const [notice = ''] = notices;
		assert.match(
			notice,
			/^The OS keychain would not take the private-key of profile work \(Windows Credential Manager keeps at most 1,280 characters in one entry, and this secret is longer\), so boxauth keeps that one secret in /,
		);
		assert.ok(notice.includes(secretsFile(configDir)), notice);
		assert.match(notice, /other secrets still go to the keychain/);
		assert.match(notice, /BOXAUTH_PRIVATE_KEY/);
		assert.doesNotMatch(notice, /No OS keychain works/);
		assert.doesNotMatch(notice, /longer than platform limit/, "the library's words stay out");
		assertNoSecrets(notice, [privateKey, clientSecret, passphrase], 'the notice');
		assert.deepEqual(remembered, [], 'not the once-ever notice that no keychain works');

		// Written again, in the same run: not told twice.
		assert.equal(await secrets.set('work', 'private-key', privateKey), 'file');
		assert.deepEqual(secrets.takeNotices(), []);
	});

	it('is found by another run of boxauth, from the file', async () => {
		const configDir = await temporaryFolder();
		const keychain = windowsKeychain();
		await store(configDir, keychain).secrets.set('work', 'private-key', privateKey);
		const {secrets} = store(configDir, keychain);
		assert.equal(await secrets.get('work', 'private-key'), privateKey);
		assert.deepEqual(secrets.takeNotices(), []);
	});

	it('is deleted from the file, alone or with the rest of the profile', async () => {
		const configDir = await temporaryFolder();
		const keychain = windowsKeychain();
		const {secrets} = store(configDir, keychain);
		await secrets.set('work', 'private-key', privateKey);
		await secrets.set('home', 'private-key', privateKey);
		await secrets.set('work', 'client-secret', clientSecret);
		await secrets.delete('work', 'private-key');
		assert.equal(await secrets.get('work', 'private-key'), undefined);
		assert.deepEqual(await readJson(secretsFile(configDir)), {
			version: 1,
			profiles: {home: {'private-key': privateKey}},
		});

		await secrets.deleteAll('home');
		await secrets.deleteAll('work');
		assert.deepEqual(await readJson(secretsFile(configDir)), {version: 1, profiles: {}});
		assert.deepEqual([...keychain.entries.keys()], []);
		assert.deepEqual(await secrets.where('work'), {});
	});

	it('replaced by a short value, goes to the keychain and leaves no copy in the file', async () => {
		const configDir = await temporaryFolder();
		const keychain = windowsKeychain();
		const {secrets} = store(configDir, keychain);
		await secrets.set('work', 'private-key', privateKey);
		const shortKey =
			'-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ\n-----END PRIVATE KEY-----\n';
		assert.equal(await secrets.set('work', 'private-key', shortKey), 'keychain');
		assert.deepEqual(await readJson(secretsFile(configDir)), {version: 1, profiles: {}});
		assert.equal(keychain.entries.get('work/private-key'), shortKey);
		assert.equal(await secrets.get('work', 'private-key'), shortKey);
		assert.deepEqual(await secrets.where('work'), {'private-key': 'keychain'});
	});

	it('replacing a short value in the keychain, leaves no stale copy there', async () => {
		const configDir = await temporaryFolder();
		const keychain = windowsKeychain();
		const {secrets} = store(configDir, keychain);
		assert.equal(await secrets.set('work', 'private-key', 'short-old-key'), 'keychain');
		assert.equal(await secrets.set('work', 'private-key', privateKey), 'file');
		assert.equal(keychain.entries.has('work/private-key'), false);
		assert.equal(await secrets.get('work', 'private-key'), privateKey);
	});
});

describe('telling a refusal for length from any other', () => {
	it("knows the keyring library's words on any platform, and a length over the limit on Windows", () => {
		assert.equal(refusedForLength(windowsRefusal, 'x'.repeat(1281), 'win32'), true);
		assert.equal(refusedForLength(windowsRefusal, 'x'.repeat(1281), 'linux'), true);
		// Other words, yet no Windows entry can hold it: the file takes it all the same.
		assert.equal(refusedForLength('Windows error code 1783', 'x'.repeat(1281), 'win32'), true);
		assert.equal(refusedForLength('Windows error code 1783', 'x'.repeat(1280), 'win32'), false);
		assert.equal(refusedForLength('access denied', 'x'.repeat(5000), 'darwin'), false);
	});

	it('a long value refused for another reason is an error, not a quiet move to a plain file', async () => {
		const configDir = await temporaryFolder();
		const keychain = windowsKeychain('The keychain is locked');
		const {secrets} = store(configDir, keychain, 'darwin');
		await assert.rejects(secrets.set('work', 'private-key', privateKey), (error: Error) => {
			assert.match(
				error.message,
				/^the OS keychain would not store the private-key of profile work: The keychain is locked$/,
			);
			return true;
		});
		assert.equal(await secrets.get('work', 'private-key'), undefined);
		assert.deepEqual(secrets.takeNotices(), []);
	});
});

describe('the words for the secrets file', () => {
	it('promise mode 0600 off Windows', async () => {
		const configDir = await temporaryFolder();
		const {secrets} = store(configDir, fakeKeychain({broken: true}), 'linux');
		await secrets.set('work', 'client-secret', clientSecret);
		const [notice = ''] = secrets.takeNotices();
		assert.ok(
			notice.includes(`${secretsFile(configDir)}, a file only your user can read (mode 0600).`),
			notice,
		);
	});

	it("on Windows, name the folder's permissions in the user profile, not a file mode", async () => {
		const configDir = await temporaryFolder();
		const {secrets} = store(configDir, fakeKeychain({broken: true}), 'win32');
		await secrets.set('work', 'client-secret', clientSecret);
		const notices = secrets.takeNotices();
		assert.equal(notices.length, 1);
		const [notice = ''] = notices;
		assert.match(notice, /^No OS keychain works here \(/);
		assert.ok(
			notice.includes(
				`${secretsFile(configDir)}, a file protected only by the permissions of its folder, not by a file mode (Windows has none): in your user profile, as by default, that keeps out other users but not this machine's administrators.`,
			),
			notice,
		);
		assert.doesNotMatch(notice, /0600|only your user can read/);
		assert.match(notice, /On a shared machine, prefer the BOXAUTH_\* environment variables/);
		assertNoSecrets(notice, [clientSecret], 'the notice');
	});

	it('on Windows, say the same in the notice for a secret too long for the keychain', async () => {
		const {secrets} = store(await temporaryFolder(), windowsKeychain(), 'win32');
		await secrets.set('work', 'private-key', privateKey);
		const [notice = ''] = secrets.takeNotices();
		assert.match(notice, /permissions of its folder, not by a file mode/);
		assert.doesNotMatch(notice, /0600/);
	});
});
