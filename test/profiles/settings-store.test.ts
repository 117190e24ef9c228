import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readdir, readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';
import {Ajv2020} from 'ajv/dist/2020.js';
import {configFolder} from '../../source/profiles/config-folder.js';
import {shapeProblem} from '../../source/profiles/json-shape.js';
import {findProfile, listProfiles} from '../../source/profiles/profile-list.js';
import {
	openSettingsStore,
	readSettings,
	settingsFile,
} from '../../source/profiles/settings-file.js';
import {settingsProperties, settingsSchema} from '../../source/profiles/settings-schema.js';
import {aProfile, modeOf, now, temporaryFolder, withUmask} from './fixtures/profile-fixtures.js';

const names = async (configDir: string) =>
	listProfiles((await readSettings(configDir, now)).settings).map((profile) => profile.name);

describe('the settings store', () => {
	it('saves, lists and gets profiles, and replaces one saved again under its name', async () => {
		const configDir = await temporaryFolder();
		const store = openSettingsStore({configDir, now});
		await store.save(aProfile('work'));
		await store.save(aProfile('home', {authType: 'oauth'}));
		assert.deepEqual(await names(configDir), ['home', 'work']);

		await store.save(aProfile('work', {clientId: 'client-id-2'}));
		const {settings} = await readSettings(configDir, now);
		assert.deepEqual(findProfile(settings, 'work'), aProfile('work', {clientId: 'client-id-2'}));
		assert.equal(findProfile(settings, 'home')?.authType, 'oauth');
		assert.equal(findProfile(settings, 'constructor'), undefined);
	});

	it('removes a profile, and with it its place as the default', async () => {
		const configDir = await temporaryFolder();
		const store = openSettingsStore({configDir, now});
		await store.save(aProfile('a'));
		await store.save(aProfile('b'));
		await store.setDefault('a');
		assert.equal((await readSettings(configDir, now)).settings.defaultProfile, 'a');

		assert.equal((await store.remove('a')).problem, undefined);
		const {settings} = await readSettings(configDir, now);
		assert.deepEqual(Object.keys(settings.profiles), ['b']);
		assert.equal(settings.defaultProfile, undefined);
		assert.equal(
			(await store.remove('a')).problem,
			'no profile named a; boxauth profiles list shows them',
		);
	});

	it('refuses a default that is not a profile, and a bad name, writing nothing', async () => {
		const configDir = await temporaryFolder();
		const store = openSettingsStore({configDir, now});
		await store.save(aProfile('a'));
		const before = await readFile(settingsFile(configDir), 'utf8');

		assert.equal(
			(await store.setDefault('nope')).problem,
			'no profile named nope; boxauth profiles list shows them',
		);
		assert.match((await store.save(aProfile('../etc'))).problem ?? '', /can't be a profile name/);
		assert.match(
			(await store.save(aProfile('__proto__'))).problem ?? '',
			/can't be a profile name/,
		);
		assert.equal(await readFile(settingsFile(configDir), 'utf8'), before);
	});

	it('keeps changes made meanwhile by another boxauth process', async () => {
		const configDir = await temporaryFolder();
		const first = openSettingsStore({configDir, now});
		const second = openSettingsStore({configDir, now});
		const saves = Array.from({length: 12}, (_, index) =>
			(index % 2 ? first : second).save(aProfile(`p${String(index).padStart(2, '0')}`)),
		);
		await Promise.all(saves);
		assert.equal((await names(configDir)).length, 12);
	});

	it('writes config.json 0600 in a 0700 folder, whatever the umask', async () => {
		const configDir = path.join(await temporaryFolder(), 'boxauth');
		await withUmask(0, async () => openSettingsStore({configDir, now}).save(aProfile('a')));
		assert.equal(await modeOf(settingsFile(configDir)), '600');
		assert.equal(await modeOf(configDir), '700');
		assert.deepEqual(await readdir(configDir), ['config.json']);
	});

	it('records the layout version through conf', async () => {
		const configDir = await temporaryFolder();
		await openSettingsStore({configDir, now}).save(aProfile('a'));
		const raw = JSON.parse(await readFile(settingsFile(configDir), 'utf8'));
		assert.deepEqual(raw.__internal__, {migrations: {version: '1.0.0'}});
		assert.equal('__internal__' in (await readSettings(configDir, now)).settings, false);
	});

	it('remembers that the secrets-file notice was shown', async () => {
		const configDir = await temporaryFolder();
		const store = openSettingsStore({configDir, now});
		await store.save(aProfile('a'));
		assert.equal((await readSettings(configDir, now)).settings.secretsFileNoticeShown, undefined);
		await store.rememberSecretsFileNotice();
		const {settings} = await readSettings(configDir, now);
		assert.equal(settings.secretsFileNoticeShown, true);
		assert.deepEqual(Object.keys(settings.profiles), ['a']);
	});
});

describe('the config folder', () => {
	it('is $XDG_CONFIG_HOME/boxauth, with no -nodejs suffix', () => {
		assert.equal(
			configFolder({XDG_CONFIG_HOME: '/x/config'}, 'linux', '/home/u'),
			path.join('/x/config', 'boxauth'),
		);
		assert.equal(configFolder({}, 'linux', '/home/u'), path.join('/home/u', '.config', 'boxauth'));
		assert.equal(
			configFolder({}, 'darwin', '/Users/u'),
			path.join('/Users/u', 'Library', 'Preferences', 'boxauth'),
		);
	});

	it("is where conf itself puts projectName 'boxauth' with projectSuffix ''", async () => {
		const home = await temporaryFolder();
		// A child process, so that conf (which reads process.env and the home folder) sees only
		// the temporary folder and never the user's real config.
		const environment = {
			...process.env,
			HOME: home,
			USERPROFILE: home,
			XDG_CONFIG_HOME: path.join(home, 'xdg'),
			APPDATA: path.join(home, 'appdata'),
		};
		const child = spawnSync(
			process.execPath,
			[
				'--input-type=module',
				'-e',
				"import Conf from 'conf'; process.stdout.write(new Conf({projectName: 'boxauth', projectSuffix: ''}).path)",
			],
			{env: environment, encoding: 'utf8', cwd: path.resolve(import.meta.dirname, '../..')},
		);
		assert.equal(child.stderr, '');
		assert.equal(child.stdout, settingsFile(configFolder(environment, process.platform, home)));
		assert.doesNotMatch(child.stdout, /-nodejs/);
	});
});

describe("the schema, checked two ways: conf's ajv on writes, json-shape on reads", () => {
	const ajv = new Ajv2020({allowUnionTypes: true});
	const ajvAccepts = ajv.compile({type: 'object', properties: settingsProperties});
	const samples: Array<[string, unknown]> = [
		['an empty file', {}],
		[
			'two profiles and a default',
			{profiles: {a: aProfile('a'), b: aProfile('b')}, defaultProfile: 'a'},
		],
		['conf’s own key', {profiles: {}, __internal__: {migrations: {version: '1.0.0'}}}],
		['a field from a later boxauth', {profiles: {a: {...aProfile('a'), colour: 'blue'}}}],
		[
			'a token that never expires',
			{profiles: {a: aProfile('a', {tokens: {app: {kind: 'app', issuedAt: 1, expiresAt: null}}})}},
		],
		['an array', []],
		['null', null],
		['profiles as a list', {profiles: [aProfile('a')]}],
		['an unknown auth type', {profiles: {a: {...aProfile('a'), authType: 'password'}}}],
		['a profile without urls', {profiles: {a: {...aProfile('a'), urls: undefined}}}],
		['a string createdAt', {profiles: {a: {...aProfile('a'), createdAt: '2026'}}}],
		[
			'a token without expiry',
			{profiles: {a: aProfile('a', {tokens: {access: {kind: 'access', issuedAt: 1} as never}})}},
		],
		['a default that is a number', {profiles: {}, defaultProfile: 3}],
		[
			'a subject of the wrong type',
			{profiles: {a: aProfile('a', {subject: {type: 'group' as never, id: '1'}})}},
		],
	];

	for (const [description, sample] of samples) {
		it(`agree on ${description}`, () => {
			// Through JSON, as the file would be read: `undefined` fields vanish.
			const value: unknown = JSON.parse(JSON.stringify(sample));
			const problem = shapeProblem(value, settingsSchema);
			assert.equal(problem === undefined, ajvAccepts(value), problem ?? 'accepted by json-shape');
		});
	}

	it('name the field that is wrong', () => {
		const value = {profiles: {work: {...aProfile('work'), authType: 'password'}}};
		assert.equal(
			shapeProblem(value, settingsSchema),
			'`profiles.work.authType` should be one of developer-token, oauth, ccg, jwt, app-token',
		);
	});
});

describe('a config folder that does not exist yet', () => {
	it('reads as no profiles, and is not created by reading', async () => {
		const configDir = path.join(await temporaryFolder(), 'boxauth');
		const read = await readSettings(configDir, now);
		assert.deepEqual(read, {settings: {profiles: {}}});
		await assert.rejects(stat(configDir), {code: 'ENOENT'});
	});
});
