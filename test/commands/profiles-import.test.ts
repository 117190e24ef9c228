import assert from 'node:assert/strict';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {before, describe, it} from 'node:test';
import {startSavedSandbox} from '../../source/commands/shared/connect-profile.js';
import type {Profile, SecretName} from '../../source/profiles/profile.js';
import type {SandboxDescription} from '../../source/sandbox/describe-sandbox.js';
import type {SandboxState} from '../../source/sandbox/sandbox-state.js';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {isolatedHome} from '../helpers/isolated-environment.js';
import {PrintedOutput, secretsOf} from '../helpers/leak-check.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {oauthLoginAs} from '../helpers/sandbox-fixture.js';
import {failOnTrouble} from '../helpers/sandbox-profile.js';

// `boxauth profiles import --from-box-cli` and `boxauth profiles add --auth-type ccg --config`,
// run as people run them (the command line, run in this process), an isolated home whose ~/.box
// holds what Box CLI writes (this machine has no keychain, so Box CLI's file is where its
// environments are), and boxauth's saved sandbox playing Box.

const printed = new PrintedOutput();

async function boxauth(args: string[], env: Record<string, string>) {
	const result = await runBoxauthInProcess(args, {env});
	printed.keep(args, result);
	return result;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

function savedProfiles(configDir: string): Record<string, Profile> {
	try {
		return (
			(readJson(path.join(configDir, 'config.json')) as {profiles?: Record<string, Profile>})
				.profiles ?? {}
		);
	} catch {
		return {};
	}
}

function savedSecrets(configDir: string, name: string): Partial<Record<SecretName, string>> {
	try {
		const secrets = readJson(path.join(configDir, 'secrets.json')) as {
			profiles?: Record<string, Partial<Record<SecretName, string>>>;
		};
		return secrets.profiles?.[name] ?? {};
	} catch {
		return {};
	}
}

const sandboxState = (configDir: string) =>
	readJson(path.join(configDir, 'sandbox.json')) as SandboxState;

/** An isolated home with boxauth's saved sandbox seeded in its config folder. */
async function homeWithSandbox<Extra = undefined>(
	during?: (sandbox: RunningSandbox) => Promise<Extra>,
) {
	const home = isolatedHome('boxauth-import-');
	const {sandbox, saved} = await startSavedSandbox(home.configDir, {report: failOnTrouble});
	try {
		const extra = await during?.(sandbox);
		return {...home, sandbox: sandbox.describe(), extra: extra as Extra};
	} finally {
		await sandbox.close();
		await saved();
	}
}

function appNamed(sandbox: SandboxDescription, name: string) {
	const app = sandbox.apps.find((candidate) => candidate.name === name);
	assert.ok(app, `the sandbox has ${name}`);
	return app;
}

/** Writes `content` (JSON unless a string) to a file in `home`, and returns its path. */
function write(home: string, name: string, content: unknown): string {
	const file = path.join(home, name);
	mkdirSync(path.dirname(file), {recursive: true});
	writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 4));
	return file;
}

/** Box CLI's environments file, as `box configure:environments:add` and `box login` write it. */
const writeEnvironments = (home: string, environments: Record<string, unknown>) =>
	write(home, '.box/box_environments.json', {
		default: Object.keys(environments)[0] ?? null,
		environments,
	});

/** A CCG environment of `box configure:environments:add FILE --ccg-auth`, its config written too. */
function ccgEnvironment(
	home: string,
	name: string,
	app: {clientId: string; clientSecret: string},
	enterpriseId: string,
) {
	const configFile = write(home, `${name}-ccg.json`, {
		boxAppSettings: {clientID: app.clientId, clientSecret: app.clientSecret},
		enterpriseID: enterpriseId,
	});
	return {
		clientId: app.clientId,
		enterpriseId,
		boxConfigFilePath: configFile,
		hasInLinePrivateKey: true,
		privateKeyPath: null,
		name,
		defaultAsUserId: null,
		useDefaultAsUser: false,
		cacheTokens: true,
		clientSecret: app.clientSecret,
		authMethod: 'ccg',
	};
}

/** A JWT environment of `box configure:environments:add FILE`, the console's file written too. */
function jwtEnvironment(home: string, name: string, sandbox: SandboxDescription) {
	const config = appNamed(sandbox, 'Demo JWT App').jwtConfig;
	assert.ok(config);
	return {
		clientId: config.boxAppSettings.clientID,
		enterpriseId: config.enterpriseID,
		boxConfigFilePath: write(home, `${name}-config.json`, config),
		hasInLinePrivateKey: true,
		privateKeyPath: null,
		name,
		defaultAsUserId: null,
		useDefaultAsUser: false,
		cacheTokens: true,
	};
}

async function tokenWorks(env: Record<string, string>, name: string) {
	const token = await boxauth(['token', '--profile', name], env);
	assert.equal(token.code, 0, token.stderr);
	assert.ok(token.stdout.trim().length > 20, 'a token');
}

describe('boxauth profiles import --from-box-cli --sandbox: a good import', () => {
	let home: Awaited<ReturnType<typeof homeWithSandbox<Record<string, unknown>>>>;
	let boxCliTokens = '';

	before(async () => {
		home = await homeWithSandbox((sandbox) => oauthLoginAs(sandbox, 'Ada Admin'));
		const {sandbox} = home;
		const oauthApp = appNamed(sandbox, 'Demo OAuth App');
		writeEnvironments(home.home, {
			'ci bot': {
				...ccgEnvironment(
					home.home,
					'ci bot',
					appNamed(sandbox, 'Demo CCG App'),
					sandbox.enterprise.id,
				),
				defaultAsUserId: sandbox.users.find((user) => user.role === 'user')?.id,
				useDefaultAsUser: true,
			},
			keys: jwtEnvironment(home.home, 'keys', sandbox),
			oauth: {
				clientId: oauthApp.clientId,
				clientSecret: oauthApp.clientSecret,
				name: 'oauth',
				cacheTokens: true,
				authMethod: 'oauth20',
			},
		});
		// Where Box CLI keeps an OAuth environment's tokens without a keychain (src/token-cache.js).
		boxCliTokens = write(home.home, '.box/oauth_token_cache.json', {
			accessToken: home.extra['access_token'],
			accessTokenTTLMS: 3_600_000,
			refreshToken: home.extra['refresh_token'],
			acquiredAtMS: Date.now(),
		});
	});

	it('--dry-run lists what would come in, and checks and saves nothing', async () => {
		const {code, stdout, stderr} = await boxauth(
			['profiles', 'import', '--from-box-cli', '--dry-run', '--sandbox'],
			home.env,
		);
		assert.equal(code, 0, stderr);
		assert.match(stderr, /^Box CLI has 3 environments in .+\.box\/box_environments\.json\.$/m);
		assert.match(
			stdout,
			/^Would import Box CLI's "ci bot" as profile ci-bot: Client Credentials Grant, app \w+, acting as the service account of enterprise \d+\.$/m,
		);
		assert.match(stdout, /^Would import Box CLI's "keys" as profile keys: JWT, app \w+/m);
		assert.match(
			stdout,
			/^2 of Box CLI's 3 environments would come in\. Nothing was checked or saved \(--dry-run\)\.$/m,
		);
		assert.deepEqual(savedProfiles(home.configDir), {});
	});

	it('brings in the CCG and JWT environments, checked with Box; their tokens work', async () => {
		const {code, stdout, stderr} = await boxauth(
			['profiles', 'import', '--from-box-cli', '--sandbox'],
			home.env,
		);
		assert.equal(code, 0, stderr);
		assert.match(
			stdout,
			/^Saved profile ci-bot \(Client Credentials Grant, boxauth's sandbox\), acting as the service account of Demo CCG App.*Next: (npx )?boxauth token --profile ci-bot$/m,
		);
		assert.match(stdout, /^Saved profile keys \(JWT, boxauth's sandbox\)/m);
		assert.match(stdout, /^Imported 2 of Box CLI's 3 environments\.$/m);
		assert.match(stderr, /Box CLI's "ci bot" comes in as ci-bot: profile names are letters/);
		assert.match(
			stderr,
			/Box CLI's "ci bot" makes its calls as user \d+ \(its default As-User\).*"As-User: \d+"/,
		);
		const saved = savedProfiles(home.configDir);
		assert.deepEqual(Object.keys(saved).sort(), ['ci-bot', 'keys']);
		assert.deepEqual(saved['ci-bot']?.subject, {
			type: 'enterprise',
			id: home.sandbox.enterprise.id,
		});
		assert.equal(
			saved['ci-bot']?.lastCheck?.summary,
			'A real token request worked (boxauth profiles import --from-box-cli)',
		);
		assert.equal(
			savedSecrets(home.configDir, 'ci-bot')['client-secret'],
			appNamed(home.sandbox, 'Demo CCG App').clientSecret,
		);
		assert.deepEqual(Object.keys(savedSecrets(home.configDir, 'keys')).sort(), [
			'access-token',
			'client-secret',
			'passphrase',
			'private-key',
		]);
		await tokenWorks(home.env, 'ci-bot');
		await tokenWorks(home.env, 'keys');
	});

	it('leaves the OAuth login to Box CLI: its refresh token is not spent, its files untouched', async () => {
		const before = readFileSync(boxCliTokens, 'utf8');
		const {stderr} = await boxauth(['profiles', 'import', '--from-box-cli', '--sandbox'], home.env);
		assert.match(
			stderr,
			/Box CLI's "oauth" is an OAuth 2\.0 login and is not imported: each refresh token works once.*boxauth setup --profile oauth --auth-type oauth --client-id \w+ --sandbox/,
		);
		assert.equal(readFileSync(boxCliTokens, 'utf8'), before);
		const refreshToken = home.extra['refresh_token'] as string;
		assert.notEqual(sandboxState(home.configDir).refreshTokens[refreshToken]?.used, true);
	});

	it('run again, brings nothing in twice', async () => {
		const {code, stdout, stderr} = await boxauth(
			['profiles', 'import', '--from-box-cli', '--sandbox'],
			home.env,
		);
		assert.equal(code, 0, stderr);
		assert.match(
			stderr,
			/Box CLI's "ci bot" is not imported again: profile ci-bot has its app already/,
		);
		assert.match(
			stderr,
			/Box CLI's "keys" is not imported again: profile keys has its app already/,
		);
		assert.match(stdout, /^Imported 0 of Box CLI's 3 environments\.$/m);
		assert.deepEqual(Object.keys(savedProfiles(home.configDir)).sort(), ['ci-bot', 'keys']);
	});

	it('never prints a secret of the sandbox or of Box CLI', () => {
		printed.assertNoSecrets(secretsOf(sandboxState(home.configDir)));
	});
});

describe('boxauth profiles import --from-box-cli: names taken, environments that fail', () => {
	let home: Awaited<ReturnType<typeof homeWithSandbox>>;

	before(async () => {
		home = await homeWithSandbox();
		const {sandbox} = home;
		// A JWT environment whose key Box CLI keeps apart (--private-key-path).
		const jwt = jwtEnvironment(home.home, 'keys', sandbox);
		const config = readJson(jwt.boxConfigFilePath) as {
			boxAppSettings: {appAuth: {privateKey?: string}};
		};
		const privateKeyPath = write(
			home.home,
			'keys.pem',
			config.boxAppSettings.appAuth.privateKey ?? '',
		);
		delete config.boxAppSettings.appAuth.privateKey;
		writeFileSync(jwt.boxConfigFilePath, JSON.stringify(config));
		writeEnvironments(home.home, {
			keys: {...jwt, hasInLinePrivateKey: false, privateKeyPath},
			waiting: ccgEnvironment(
				home.home,
				'waiting',
				appNamed(sandbox, 'Pending CCG App'),
				sandbox.enterprise.id,
			),
			lost: {...jwt, boxConfigFilePath: path.join(home.home, 'moved-away.json')},
		});
	});

	it('renames away from a profile of another app, and imports the rest; a failed check saves nothing', async () => {
		const made = await boxauth(
			['profiles', 'add', 'keys', '--sandbox', '--auth-type', 'developer'],
			home.env,
		);
		assert.equal(made.code, 0, made.stderr);
		const ours = savedProfiles(home.configDir)['keys'];

		const {code, stdout, stderr} = await boxauth(
			['profiles', 'import', '--from-box-cli', '--sandbox'],
			home.env,
		);
		assert.equal(code, 1, 'an environment could not be imported');
		assert.match(
			stderr,
			/A profile named keys exists already, for another app or acting as someone else: Box CLI's "keys" comes in as keys-box-cli\./,
		);
		assert.match(stdout, /^Saved profile keys-box-cli \(JWT, boxauth's sandbox\)/m);
		assert.match(
			stderr,
			/Box CLI's "waiting" was not imported: Box did not give it a token\.\nWhat happened: /,
		);
		assert.match(
			stderr,
			/Box CLI's "lost" is not imported: .+moved-away\.json: there is no such file\. Point the environment at the right file with box configure:environments:update lost --config-file-path PATH/,
		);
		assert.match(
			stdout,
			/^Imported 1 of Box CLI's 3 environments\. Once the others are put right, run this again/m,
		);
		const saved = savedProfiles(home.configDir);
		assert.deepEqual(Object.keys(saved).sort(), ['keys', 'keys-box-cli']);
		assert.deepEqual(saved['keys'], ours, 'the profile that had the name is as it was');
		assert.deepEqual(savedSecrets(home.configDir, 'waiting'), {});
		await tokenWorks(home.env, 'keys-box-cli');
	});
});

describe("boxauth profiles import --from-box-cli: Box CLI's file unusable or absent", () => {
	const {home, env, configDir} = isolatedHome('boxauth-import-');
	const secret = 'Qm7Rt2Xw9Lp4Vz8Nc3Hb6Jd1Fs5Gk0Ya';

	it('says a broken environments file is broken, changes nothing and quotes none of it', async () => {
		const made = await boxauth(
			['profiles', 'add', 'dev', '--sandbox', '--auth-type', 'developer'],
			env,
		);
		assert.equal(made.code, 0, made.stderr);
		const profilesBefore = readFileSync(path.join(configDir, 'config.json'), 'utf8');
		for (const [content, problem] of [
			[
				`{"default": "ci", "environments": {"ci": {"clientSecret": "${secret}", `,
				'it is not valid JSON',
			],
			[
				'{"default": "ci", "environments": ["ci"]}',
				"it is not in Box CLI's shape \\(`environments` should be an object\\)",
			],
		] as const) {
			const file = write(home, '.box/box_environments.json', content);
			const {code, stdout, stderr} = await boxauth(['profiles', 'import', '--from-box-cli'], env);
			assert.equal(code, 1);
			assert.equal(stdout, '');
			assert.match(
				stderr,
				new RegExp(
					`box_environments\\.json is unusable: ${problem}\\. Nothing was imported, and the file is left as it is`,
				),
			);
			assert.doesNotMatch(stderr, /Qm7R/);
			assert.equal(readFileSync(file, 'utf8'), content, "Box CLI's file is untouched");
		}

		assert.equal(readFileSync(path.join(configDir, 'config.json'), 'utf8'), profilesBefore);
	});

	it('says where it looked when Box CLI has no environments here', async () => {
		const empty = isolatedHome('boxauth-import-');
		const {code, stderr} = await boxauth(['profiles', 'import', '--from-box-cli'], empty.env);
		assert.equal(code, 1);
		assert.match(
			stderr,
			/^No Box CLI environments found: none in the OS keychain \(service boxcli, account Box\).*, and no file .+\.box\/box_environments\.json\. Box CLI makes them with box configure:environments:add or box login\.$/m,
		);
	});

	it('needs --from-box-cli, and takes no NAME or flag of another action', async () => {
		for (const [args, message] of [
			[[], /needs to be told where from: --from-box-cli/],
			[['--from-box-cli', 'work'], /takes no NAME/],
			[
				['--from-box-cli', '--auth-type', 'ccg'],
				/Unknown option --auth-type for boxauth profiles import\. Run boxauth profiles import --help/,
			],
			[
				['--from-box-cli', '--sandbox', '--base-url', 'http://127.0.0.1:1'],
				/--sandbox and --base-url both say where to connect/,
			],
		] as const) {
			const {code, stderr} = await boxauth(['profiles', 'import', ...args], env);
			assert.equal(code, 2, stderr);
			assert.match(stderr, message);
		}
	});
});

describe('boxauth profiles add --auth-type ccg --config: the config file Box CLI takes', () => {
	let home: Awaited<ReturnType<typeof homeWithSandbox>>;
	const file = (name: string) => path.join(home.home, name);

	before(async () => {
		home = await homeWithSandbox();
		const app = appNamed(home.sandbox, 'Demo CCG App');
		const settings = {clientID: app.clientId, clientSecret: app.clientSecret};
		write(home.home, 'ccg.json', {
			boxAppSettings: settings,
			enterpriseID: home.sandbox.enterprise.id,
		});
		write(home.home, 'no-enterprise.json', {boxAppSettings: settings});
		write(home.home, 'no-secret.json', {
			boxAppSettings: {clientID: app.clientId},
			enterpriseID: '1',
		});
		write(home.home, 'not-json.json', `clientID=${app.clientId}`);
		write(home.home, 'wrong-secret.json', {
			boxAppSettings: {...settings, clientSecret: 'not-the-secret-of-this-app-at-all'},
			enterpriseID: home.sandbox.enterprise.id,
		});
	});

	const add = (name: string, args: string[]) =>
		boxauth(['profiles', 'add', name, '--auth-type', 'ccg', ...args], home.env);

	it('takes the client ID, secret and enterprise from the file; the secret is kept, never printed', async () => {
		const {code, stdout, stderr} = await add('ci', ['--config', file('ccg.json'), '--sandbox']);
		assert.equal(code, 0, stderr);
		assert.match(
			stdout,
			/^Saved profile ci \(Client Credentials Grant, boxauth's sandbox\), acting as the service account of Demo CCG App/,
		);
		const app = appNamed(home.sandbox, 'Demo CCG App');
		const saved = savedProfiles(home.configDir)['ci'];
		assert.equal(saved?.clientId, app.clientId);
		assert.deepEqual(saved?.subject, {type: 'enterprise', id: home.sandbox.enterprise.id});
		assert.equal(savedSecrets(home.configDir, 'ci')['client-secret'], app.clientSecret);
		await tokenWorks(home.env, 'ci');
	});

	it('lets --user-id stand in for an enterprise the file does not name', async () => {
		const member = home.sandbox.users.find((user) => user.role === 'user');
		assert.ok(member);
		const {code, stdout, stderr} = await add('member', [
			'--config',
			file('no-enterprise.json'),
			'--user-id',
			member.id,
			'--sandbox',
		]);
		assert.equal(code, 0, stderr);
		assert.match(stdout, /acting as Milo Member/);
	});

	// Each saves nothing, so they run a few at a time.
	describe('a bad file or flags: a message naming the file or flag, nothing saved', {
		concurrency: 4,
	}, () => {
		const cases: Array<{what: string; args: () => string[]; code: 1 | 2 | 3; message: RegExp}> = [
			{
				what: 'a file that is not there',
				args: () => ['--config', file('nope.json'), '--sandbox'],
				code: 2,
				message:
					/--config .*nope\.json: there is no such file\. A CCG config is a JSON file you write: \{"boxAppSettings"/,
			},
			{
				what: 'a file that is not JSON',
				args: () => ['--config', file('not-json.json'), '--sandbox'],
				code: 2,
				message:
					/--config .*not-json\.json: The file is not JSON\. A CCG config is a JSON file you write/,
			},
			{
				what: 'a file without the client secret',
				args: () => ['--config', file('no-secret.json'), '--sandbox'],
				code: 2,
				message:
					/--config .*no-secret\.json: The config has no "boxAppSettings\.clientSecret" \(a string\)/,
			},
			{
				what: 'a file that names no enterprise, against Box',
				args: () => ['--config', file('no-enterprise.json'), '--base-url', 'http://127.0.0.1:1'],
				code: 2,
				message:
					/The CCG config names no enterprise \("enterpriseID"\): give --enterprise-id or --user-id/,
			},
			{
				what: 'a secret Box does not take',
				args: () => ['--config', file('wrong-secret.json'), '--sandbox'],
				code: 3,
				message: /What happened: .*\n[\s\S]*Nothing was saved\./,
			},
			{
				what: '--config with --client-id',
				args: () => ['--config', file('ccg.json'), '--client-id', 'abc', '--sandbox'],
				code: 2,
				message: /--config holds the client ID: give --config or --client-id, not both/,
			},
			{
				what: '--config with --client-secret-stdin',
				args: () => ['--config', file('ccg.json'), '--client-secret-stdin', '--sandbox'],
				code: 2,
				message:
					/--config holds the client secret: give --config or --client-secret-stdin, not both/,
			},
		];
		for (const {what, args, code, message} of cases) {
			it(what, async () => {
				const name = `bad-${what.replaceAll(/\W+/g, '-')}`.slice(0, 60);
				const result = await add(name, args());
				assert.equal(result.code, code, result.stderr);
				assert.match(result.stderr, message);
				assert.equal(savedProfiles(home.configDir)[name], undefined);
				assert.deepEqual(savedSecrets(home.configDir, name), {});
			});
		}

		it('--config with another auth type', async () => {
			const result = await boxauth(
				['profiles', 'add', 'x', '--auth-type', 'jwt', '--config', file('ccg.json'), '--sandbox'],
				home.env,
			);
			assert.equal(result.code, 2);
			assert.match(
				result.stderr,
				/--config does not go with boxauth profiles add --auth-type jwt, which takes --jwt-config/,
			);
		});
	});

	it('never prints a secret', () => {
		printed.assertNoSecrets(secretsOf(sandboxState(home.configDir)));
	});
});
