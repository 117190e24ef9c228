import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {mkdir, readdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';
import {secretsFile, shownPath} from '../../source/profiles/config-folder.js';
import type {Keychain} from '../../source/profiles/keychain.js';
import {openProfiles} from '../../source/profiles/open-profiles.js';
import {openSecretStore} from '../../source/profiles/secret-store.js';
import {readSettings, settingsFile} from '../../source/profiles/settings-file.js';
import {assertNoSecrets} from '../helpers/leak-check.js';
import {
	childSecrets,
	type FakeKeychain,
	fakeKeychain,
	modeOf,
	now,
	temporaryFolder,
	withUmask,
} from './fixtures/profile-fixtures.js';
import {fixture, repositoryRoot, runFixture} from './fixtures/run-child.js';

const secret = 'SECRET-fc1d2e3b4a5968778695a4b3';

function store(configDir: string, keychain: Keychain, environment = {}) {
	const remembered: string[] = [];
	const secrets = openSecretStore({
		configDir,
		environment,
		keychain,
		now,
		fileNoticeShown: false,
		async rememberFileNotice() {
			remembered.push('shown');
		},
	});
	return {secrets, remembered};
}

const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as unknown;

describe('secrets in a working keychain', () => {
	it('go to the keychain under `<profile>/<secret name>`, and nowhere else', async () => {
		const configDir = await temporaryFolder();
		const keychain = fakeKeychain();
		const {secrets} = store(configDir, keychain);
		assert.equal(await secrets.set('work', 'client-secret', secret), 'keychain');
		assert.deepEqual([...keychain.entries], [['work/client-secret', secret]]);
		assert.equal(await secrets.get('work', 'client-secret'), secret);
		assert.deepEqual(await secrets.where('work'), {'client-secret': 'keychain'});
		assert.deepEqual(await readdir(configDir), []);
		assert.deepEqual(secrets.takeNotices(), []);
	});

	it('are probed once per process with a throwaway entry that is removed', async () => {
		const configDir = await temporaryFolder();
		const keychain = fakeKeychain();
		const {secrets} = store(configDir, keychain);
		await secrets.set('work', 'client-secret', secret);
		await secrets.set('work', 'refresh-token', secret);
		const probes = keychain.calls.filter((call) => call.includes('.probe/'));
		assert.equal(probes.length, 3);
		assert.match(probes[0] ?? '', /^set \.probe\/[\da-f]+$/);
		assert.deepEqual(
			probes.map((call) => call.split(' ')[0]),
			['set', 'get', 'delete'],
		);
		assert.deepEqual([...keychain.entries.keys()].sort(), [
			'work/client-secret',
			'work/refresh-token',
		]);
	});

	it('are deleted one by one or all at once', async () => {
		const configDir = await temporaryFolder();
		const keychain = fakeKeychain();
		const {secrets} = store(configDir, keychain);
		await secrets.set('work', 'client-secret', secret);
		await secrets.set('work', 'refresh-token', secret);
		await secrets.set('home', 'refresh-token', secret);
		await secrets.delete('work', 'client-secret');
		assert.equal(await secrets.get('work', 'client-secret'), undefined);
		await secrets.deleteAll('work');
		assert.deepEqual([...keychain.entries.keys()], ['home/refresh-token']);
	});

	it('replace a plain copy left in the file from a time without a keychain', async () => {
		const configDir = await temporaryFolder();
		const before = store(configDir, fakeKeychain({broken: true})).secrets;
		assert.equal(await before.set('work', 'refresh-token', 'old-refresh'), 'file');
		const keychain = fakeKeychain();
		const {secrets} = store(configDir, keychain);
		await secrets.set('work', 'refresh-token', 'new-refresh');
		assert.deepEqual(await readJson(secretsFile(configDir)), {version: 1, profiles: {}});
		assert.equal(await secrets.get('work', 'refresh-token'), 'new-refresh');
	});

	it("read the file's copy first: it was written later, when the keychain was out of reach", async () => {
		const configDir = await temporaryFolder();
		const keychain = fakeKeychain();
		keychain.entries.set('work/refresh-token', 'spent-refresh');
		await store(configDir, fakeKeychain({broken: true})).secrets.set(
			'work',
			'refresh-token',
			'new',
		);
		assert.equal(await store(configDir, keychain).secrets.get('work', 'refresh-token'), 'new');
	});
});

describe('secrets where no keychain works', () => {
	it('go to secrets.json, 0600 whatever the umask, with a notice shown once', async () => {
		const configDir = path.join(await temporaryFolder(), 'boxauth');
		const {secrets, remembered} = store(configDir, fakeKeychain({broken: true}));
		await withUmask(0, async () => {
			assert.equal(await secrets.set('work', 'client-secret', secret), 'file');
			assert.equal(await secrets.set('work', 'refresh-token', 'r'), 'file');
		});
		assert.equal(await modeOf(secretsFile(configDir)), '600');
		assert.equal(await modeOf(configDir), '700');
		assert.deepEqual(await readJson(secretsFile(configDir)), {
			version: 1,
			profiles: {work: {'client-secret': secret, 'refresh-token': 'r'}},
		});
		assert.equal(await secrets.get('work', 'client-secret'), secret);
		assert.deepEqual(await secrets.where('work'), {
			'client-secret': 'file',
			'refresh-token': 'file',
		});

		const notices = secrets.takeNotices();
		assert.equal(notices.length, 1);
		assert.match(
			notices[0] ?? '',
			/^No OS keychain works here \(no keyring service runs in this session \(the Secret Service/,
		);
		assert.ok(notices[0]?.includes(secretsFile(configDir)));
		assert.doesNotMatch(notices[0] ?? '', /Platform failure/, "the library's words stay out");
		assert.deepEqual(remembered, ['shown']);
		assert.deepEqual(secrets.takeNotices(), [], 'taken once');
	});

	it('are told about once ever: the settings remember it across runs', async () => {
		const configDir = await temporaryFolder();
		const keychain = fakeKeychain({broken: true});
		const first = await openProfiles({environment: {}, now, configDir, keychain});
		await first.secrets.set('work', 'client-secret', secret);
		assert.equal(first.secrets.takeNotices().length, 1);
		assert.equal((await readSettings(configDir, now)).settings.secretsFileNoticeShown, true);

		const second = await openProfiles({environment: {}, now, configDir, keychain});
		await second.secrets.set('work', 'refresh-token', secret);
		assert.deepEqual(second.secrets.takeNotices(), []);
	});

	it('land atomically: a new file renamed into place, no temporary file left', async () => {
		const configDir = await temporaryFolder();
		const {secrets} = store(configDir, fakeKeychain({broken: true}));
		await secrets.set('work', 'client-secret', 'one');
		const first = await stat(secretsFile(configDir));
		await secrets.set('work', 'client-secret', 'two');
		const second = await stat(secretsFile(configDir));
		assert.notEqual(second.ino, first.ino, 'replaced by rename, not rewritten in place');
		assert.deepEqual(await readdir(configDir), ['secrets.json']);
	});

	it('are never half-written, even while another process rewrites them without pause', async () => {
		const configDir = await temporaryFolder();
		const {secrets} = store(configDir, fakeKeychain({broken: true}));
		const whole = new Set(['a', 'b'].map((letter) => letter.repeat(2_000_000)));
		await secrets.set('work', 'private-key', 'a'.repeat(2_000_000));
		secrets.takeNotices();
		const writer = spawn(
			process.execPath,
			['--import', 'tsx', fixture('write-secrets-forever.ts'), configDir],
			{cwd: repositoryRoot, stdio: 'ignore'},
		);
		try {
			// Read until the writer has replaced the value a good few times.
			let changes = 0;
			let last: string | undefined;
			const deadline = Date.now() + 20_000;
			while (changes < 8) {
				assert.ok(Date.now() < deadline, `the writer wrote only ${changes} times`);
				const value = await secrets.get('work', 'private-key');
				assert.ok(value !== undefined && whole.has(value), 'a whole value, old or new');
				changes += value === last ? 0 : 1;
				last = value;
			}
		} finally {
			writer.kill('SIGKILL');
		}

		// Killed wherever it was, mid-write or not: the file holds one whole value.
		await new Promise((resolve) => writer.once('exit', resolve));
		const value = await secrets.get('work', 'private-key');
		assert.ok(value !== undefined && whole.has(value));
		assert.deepEqual(secrets.takeNotices(), [], 'never found unusable');
	});
});

describe('secrets from environment variables, for CI', () => {
	const environment = {
		BOXAUTH_CLIENT_SECRET: secret,
		BOXAUTH_PRIVATE_KEY:
			'-----BEGIN ENCRYPTED PRIVATE KEY-----\\nMIIF\\n-----END ENCRYPTED PRIVATE KEY-----\\n',
		BOXAUTH_REFRESH_TOKEN: '',
	};

	it('win over the file and the keychain, and nothing is written anywhere', async () => {
		const configDir = await temporaryFolder();
		const keychain = fakeKeychain();
		keychain.entries.set('work/client-secret', 'from-keychain');
		const {secrets} = store(configDir, keychain, environment);
		assert.equal(await secrets.get('work', 'client-secret'), secret);
		assert.equal(await secrets.get('other', 'client-secret'), secret);
		assert.deepEqual(await secrets.where('work'), {
			'client-secret': 'environment',
			'private-key': 'environment',
		});
		assert.deepEqual(await readdir(configDir), [], 'no file written');
		assert.deepEqual(
			keychain.calls.filter((call) => !call.startsWith('get ')),
			[],
			'nothing set in the keychain',
		);
	});

	it("turn a private key's \\n escapes, as in the console's JSON, back into line breaks", async () => {
		const {secrets} = store(await temporaryFolder(), fakeKeychain(), environment);
		assert.equal(
			await secrets.get('work', 'private-key'),
			'-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIF\n-----END ENCRYPTED PRIVATE KEY-----\n',
		);
	});

	it('count as unset when empty', async () => {
		const keychain = fakeKeychain();
		keychain.entries.set('work/refresh-token', 'from-keychain');
		const {secrets} = store(await temporaryFolder(), keychain, environment);
		assert.equal(await secrets.get('work', 'refresh-token'), 'from-keychain');
	});
});

describe('a secret never appears in a message', () => {
	it('not when the keychain refuses a write after a working probe', async () => {
		const configDir = await temporaryFolder();
		const keychain: FakeKeychain = fakeKeychain();
		const set = keychain.set.bind(keychain);
		keychain.set = async (account, value) => {
			if (!account.startsWith('.probe/')) {
				throw new Error(`access denied while storing ${value}`);
			}

			await set(account, value);
		};

		const {secrets} = store(configDir, keychain);
		await assert.rejects(secrets.set('work', 'client-secret', secret), (error: Error) => {
			assert.match(
				error.message,
				/^the OS keychain would not store the client-secret of profile work: access denied/,
			);
			assertNoSecrets(error.message, [secret], 'the error');
			return true;
		});
		assert.deepEqual(await readdir(configDir), [], 'no quiet fall back to a plain file');
	});

	it('not when the keychain works but refuses a read', async () => {
		const keychain = fakeKeychain();
		keychain.get = async (account) => {
			if (!account.startsWith('.probe/')) {
				throw new Error('the keychain is locked');
			}

			return keychain.entries.get(account);
		};

		const {secrets} = store(await temporaryFolder(), keychain);
		await assert.rejects(secrets.get('work', 'refresh-token'), {
			message:
				'the OS keychain would not give boxauth the refresh-token of profile work: the keychain is locked',
		});
	});

	for (const [description, content] of [
		['cut short', `{"version": 1, "profiles": {"work": {"client-secret": "${secret}`],
		['of the wrong shape', JSON.stringify({version: 1, profiles: {work: secret}})],
		[
			'with a secret of the wrong type',
			JSON.stringify({version: 1, profiles: {[secret]: {'client-secret': 7}}}),
		],
	]) {
		it(`not when secrets.json is ${description}: it is moved aside whole and reported`, async () => {
			const configDir = await temporaryFolder();
			await writeFile(secretsFile(configDir), content ?? '');
			const {secrets} = store(configDir, fakeKeychain({broken: true}));
			assert.equal(await secrets.get('work', 'client-secret'), undefined);
			const notices = secrets.takeNotices();
			assert.equal(notices.length, 1);
			const [notice = ''] = notices;
			assertNoSecrets(notice, [secret], 'the notice');
			const backup = 'secrets.json.corrupt-2026-11-22T12-00-00-000Z';
			assert.ok(notice.includes(path.join(configDir, backup)), notice);
			assert.equal(await readFile(path.join(configDir, backup), 'utf8'), content);
		});
	}

	it('nor in the notice that secrets went to the file', async () => {
		const {secrets} = store(await temporaryFolder(), fakeKeychain({broken: true}));
		await secrets.set('work', 'client-secret', secret);
		assertNoSecrets(secrets.takeNotices(), [secret], 'the notice');
	});
});

describe('profile names in the secret store', () => {
	it('are refused when they could not be a profile, before anything is read or written', async () => {
		const configDir = await temporaryFolder();
		const keychain = fakeKeychain();
		const {secrets} = store(configDir, keychain);
		for (const name of ['__proto__', '../work', 'a/b', '.probe', '']) {
			await assert.rejects(secrets.set(name, 'client-secret', secret), /can't be a profile name/);
			await assert.rejects(secrets.get(name, 'client-secret'), /can't be a profile name/);
		}

		assert.deepEqual(keychain.calls, []);
		assert.deepEqual(await readdir(configDir), []);
	});
});

describe('the real keychain library, where no keychain works', () => {
	it('fails fast, and the secrets go to the file with one notice', async (t) => {
		if (process.platform !== 'linux') {
			t.skip('only Linux can be made keychain-less for one process (no D-Bus session)');
			return;
		}

		const home = await temporaryFolder();
		const configDir = path.join(home, 'config');
		const runtime = path.join(home, 'runtime');
		await mkdir(runtime, {mode: 0o700});
		// No session bus to find: the Secret Service is out of reach, as on a headless server.
		const {DBUS_SESSION_BUS_ADDRESS: _bus, DISPLAY: _display, ...rest} = process.env;
		const env = {...rest, HOME: home, XDG_RUNTIME_DIR: runtime};
		const set = runFixture('secret-store-child.ts', [configDir, 'set'], {env}) as {
			locations: string[];
			elapsedMs: number;
			notices: string[];
		};
		assert.deepEqual(set.locations, ['file', 'file']);
		// Not a speed target: the bound only tells "gave up at once" from D-Bus's 25 s timeout, with
		// room for a loaded CI machine.
		assert.ok(set.elapsedMs < 5000, `the first write took ${set.elapsedMs} ms`);
		assert.equal(set.notices.length, 1);
		assert.match(
			set.notices[0] ?? '',
			/^No OS keychain works here \(.+\), so boxauth keeps secrets in /,
		);
		assert.ok(set.notices[0]?.includes(shownPath(secretsFile(configDir), {HOME: home})));

		const get = runFixture('secret-store-child.ts', [configDir, 'get'], {env});
		assert.deepEqual(get, {
			...childSecrets,
			where: {'client-secret': 'file', 'refresh-token': 'file'},
			files: ['config.json', 'secrets.json'],
			notices: [],
		});
		assert.equal(await modeOf(secretsFile(configDir)), '600');
		assert.equal(await modeOf(settingsFile(configDir)), '600');
	});
});
