import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {parseBoxCliEnvironments} from '../../source/commands/profiles/box-cli-environments.js';
import {environmentsFile, readBoxCliStore} from '../../source/commands/profiles/box-cli-store.js';
import {chooseImportName, profileNameFor} from '../../source/commands/profiles/import-names.js';
import {profileNameProblem} from '../../source/profiles/profile-name.js';
import {isolatedHome} from '../helpers/isolated-environment.js';

// Environments as Box CLI writes them (box/boxcli src/commands/configure/environments/add.js,
// src/commands/login.js), secrets made up.
const ccg = {
	clientId: 'ccg-client',
	enterpriseId: '1234567',
	boxConfigFilePath: '/home/me/ccg.json',
	hasInLinePrivateKey: true,
	privateKeyPath: null,
	name: 'ci',
	defaultAsUserId: null,
	useDefaultAsUser: false,
	cacheTokens: true,
	clientSecret: 'made-up-client-secret-0123456789',
	ccgUser: '42',
	authMethod: 'ccg',
};
const jwt = {
	clientId: 'jwt-client',
	enterpriseId: 7_654_321,
	boxConfigFilePath: '/home/me/config.json',
	hasInLinePrivateKey: false,
	privateKeyPath: '/home/me/key.pem',
	name: 'keys',
	defaultAsUserId: '99',
	useDefaultAsUser: true,
	cacheTokens: true,
};
const oauth = {
	clientId: 'oauth-client',
	clientSecret: 'another-made-up-secret-0123456',
	name: 'oauth',
	cacheTokens: true,
	authMethod: 'oauth20',
};

const text = (environments: Record<string, unknown>) =>
	JSON.stringify({default: 'ci', environments});

describe("Box CLI's environments, as its files hold them", () => {
	it('reads CCG, JWT (its key in a file of its own, its As-User) and OAuth environments', () => {
		const parsed = parseBoxCliEnvironments(text({ci: ccg, keys: jwt, oauth}));
		assert.deepEqual(parsed, {
			ok: true,
			environments: [
				{
					name: 'ci',
					kind: 'ccg',
					clientId: 'ccg-client',
					clientSecret: ccg.clientSecret,
					userId: '42',
					enterpriseId: '1234567',
					configFile: '/home/me/ccg.json',
				},
				{
					name: 'keys',
					kind: 'jwt',
					configFile: '/home/me/config.json',
					privateKeyFile: '/home/me/key.pem',
					enterpriseId: '7654321',
					asUser: '99',
				},
				{name: 'oauth', kind: 'oauth', clientId: 'oauth-client'},
			],
		});
	});

	it('keeps an environment it cannot use apart, saying why, and reads the others', () => {
		const {clientSecret: _secret, ...noSecret} = ccg;
		const parsed = parseBoxCliEnvironments(
			text({broken: noSecret, nofile: {name: 'nofile'}, ci: ccg}),
		);
		assert.ok(parsed.ok);
		assert.deepEqual(
			parsed.environments.map((environment) => [
				environment.name,
				environment.kind,
				'problem' in environment ? environment.problem : '',
			]),
			[
				['broken', 'unusable', 'its CCG settings lack "clientSecret"'],
				['nofile', 'unusable', 'it names no config file ("boxConfigFilePath")'],
				['ci', 'ccg', ''],
			],
		);
	});

	it('refuses a file not in its shape, never quoting its text', () => {
		for (const [content, problem] of [
			[`{"environments": {"ci": {"clientSecret": "${ccg.clientSecret}"`, 'it is not valid JSON'],
			['{"environments": []}', "it is not in Box CLI's shape (`environments` should be an object)"],
			['{"default": null}', "it is not in Box CLI's shape (the file lacks `environments`)"],
			[
				'{"environments": {"ci": "x"}}',
				"it is not in Box CLI's shape (`environments.ci` should be an object)",
			],
		] as const) {
			assert.deepEqual(parseBoxCliEnvironments(content), {ok: false, problem});
		}
	});
});

describe('where Box CLI keeps them: its keychain entry first, then its file', () => {
	const withFile = (environments: Record<string, unknown>) => {
		const {home} = isolatedHome('boxauth-box-cli-');
		mkdirSync(path.join(home, '.box'));
		writeFileSync(environmentsFile(home), text(environments));
		return home;
	};

	it('takes the keychain entry when there is one, as Box CLI does', async () => {
		const home = withFile({fromFile: ccg});
		const store = await readBoxCliStore(home, async () => ({
			found: true,
			text: text({inKeychain: ccg}),
		}));
		assert.ok(store.ok);
		assert.deepEqual(
			store.environments.map(({name}) => name),
			['inKeychain'],
		);
		assert.equal(store.where, 'the OS keychain (service boxcli, account Box)');
	});

	it('falls back to the file when the entry does not parse or the keychain fails', async () => {
		const home = withFile({fromFile: ccg});
		for (const entry of [
			{found: true, text: 'not json'} as const,
			{found: false, reason: 'no D-Bus session'} as const,
		]) {
			const store = await readBoxCliStore(home, async () => entry);
			assert.ok(store.ok);
			assert.equal(store.where, environmentsFile(home));
			assert.deepEqual(
				store.environments.map(({name}) => name),
				['fromFile'],
			);
		}
	});

	it('says where it looked when there is neither, and why the keychain had nothing', async () => {
		const {home} = isolatedHome('boxauth-box-cli-');
		const store = await readBoxCliStore(home, async () => ({
			found: false,
			reason: 'no D-Bus session',
		}));
		assert.equal(store.ok, false);
		assert.match(
			store.ok ? '' : store.problem,
			/^No Box CLI environments found: none in the OS keychain \(service boxcli, account Box\) \(no D-Bus session\), and no file .+box_environments\.json\./,
		);
	});
});

describe('profile names for environments', () => {
	it("turns what boxauth's names refuse into dashes, and never gives a refused name", () => {
		for (const [environment, profile] of [
			['ci', 'ci'],
			['my env', 'my-env'],
			['Prod/EU', 'Prod-EU'],
			['Café', 'Cafe'],
			['--admin--', 'admin'],
			['.hidden', 'hidden'],
			['☃', 'box-cli'],
			['x'.repeat(80), 'x'.repeat(64)],
		] as const) {
			assert.equal(profileNameFor(environment), profile);
			assert.equal(profileNameProblem(profileNameFor(environment)), undefined);
		}
	});

	const app = {clientId: 'app', subject: {type: 'enterprise', id: '1'}} as const;
	const profiles = (taken: Record<string, {clientId?: string}>) => (name: string) => taken[name];

	it('keeps the name when it is free, and does not bring the same app and subject in twice', () => {
		assert.deepEqual(chooseImportName('ci', app, profiles({})), {name: 'ci'});
		assert.deepEqual(chooseImportName('ci', app, profiles({ci: app})), {alreadyAs: 'ci'});
	});

	it('renames away from a profile of another app, and from the renamed ones taken too', () => {
		const other = {clientId: 'other'};
		assert.deepEqual(chooseImportName('ci', app, profiles({ci: other})), {
			name: 'ci-box-cli',
			renamedFrom: 'ci',
		});
		assert.deepEqual(chooseImportName('ci', app, profiles({ci: other, 'ci-box-cli': other})), {
			name: 'ci-box-cli-2',
			renamedFrom: 'ci',
		});
		assert.deepEqual(chooseImportName('ci', app, profiles({ci: other, 'ci-box-cli': app})), {
			alreadyAs: 'ci-box-cli',
		});
		const long = chooseImportName('x'.repeat(64), app, profiles({['x'.repeat(64)]: other}));
		assert.ok('name' in long && long.name.length === 64 && long.name.endsWith('-box-cli'));
	});
});
