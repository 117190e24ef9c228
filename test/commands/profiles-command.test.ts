import assert from 'node:assert/strict';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {before, describe, it} from 'node:test';
import {authorizeUrl, createState, exchangeCode} from '../../source/box/oauth.js';
import {startSavedSandbox} from '../../source/commands/shared/connect-profile.js';
import type {Profile, SecretName} from '../../source/profiles/profile.js';
import type {SandboxState} from '../../source/sandbox/sandbox-state.js';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {connectTo, consentAs} from '../helpers/box-connection-fixture.js';
import {isolatedHome} from '../helpers/isolated-environment.js';
import {PrintedOutput, secretsOf} from '../helpers/leak-check.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {appOfType, useSandbox} from '../helpers/sandbox-fixture.js';
import {failOnTrouble} from '../helpers/sandbox-profile.js';

/** Everything any command printed, searched for secrets at the end. */
const printed = new PrintedOutput();

/** boxauth in this process with buffers, stdin included, in the config folder `env` names. */
async function boxauth(args: string[], options: {env: Record<string, string>; stdin?: string}) {
	const result = await runBoxauthInProcess(args, options);
	printed.keep(args, result);
	return result;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** The profile as config.json holds it; undefined when there is none (or no file). */
function savedProfile(configDir: string, name: string): Profile | undefined {
	try {
		const config = readJson(path.join(configDir, 'config.json')) as {
			profiles?: Record<string, Profile>;
		};
		return config.profiles?.[name];
	} catch {
		return undefined;
	}
}

/** The secrets the secrets file holds for the profile; undefined when none. */
function savedSecrets(
	configDir: string,
	name: string,
): Partial<Record<SecretName, string>> | undefined {
	try {
		const secrets = readJson(path.join(configDir, 'secrets.json')) as {
			profiles?: Record<string, Partial<Record<SecretName, string>>>;
		};
		return secrets.profiles?.[name];
	} catch {
		return undefined;
	}
}

async function usersMe(baseUrl: string, token: string) {
	const response = await fetch(`${baseUrl}/2.0/users/me`, {
		headers: {authorization: `Bearer ${token}`},
	});
	// A 401 comes with an empty body.
	const text = await response.text();
	return {status: response.status, body: (text ? JSON.parse(text) : {}) as {login?: string}};
}

/** Logs in with the Demo OAuth App as the admin, as the browser would: a fresh refresh token. */
async function oauthLogin(sandbox: RunningSandbox): Promise<string> {
	const app = appOfType(sandbox, 'Demo OAuth App');
	const admin = sandbox.describe().users.find((user) => user.role === 'admin');
	const connection = connectTo(sandbox);
	const redirectUri = 'http://localhost:3000/callback';
	const query = await consentAs(
		authorizeUrl(connection, {clientId: app.clientId, redirectUri, state: createState()}),
		admin?.id ?? '',
	);
	const issued = await exchangeCode(connection, app, {code: query.get('code') ?? ''});
	assert.ok(issued.ok && issued.value.refreshToken, 'the login gave a refresh token');
	return issued.value.refreshToken;
}

describe('boxauth profiles add --sandbox: the saved sandbox and its demo apps', () => {
	const {env, configDir} = isolatedHome();

	/** Runs `check` against the saved sandbox, started here as the CLI starts it. */
	async function withSavedSandbox<Result>(
		check: (sandbox: RunningSandbox) => Promise<Result>,
	): Promise<Result> {
		const {sandbox, saved} = await startSavedSandbox(configDir, {report: failOnTrouble});
		try {
			return await check(sandbox);
		} finally {
			await sandbox.close();
			await saved();
		}
	}

	async function addAndGetToken(name: string, authType: string): Promise<string> {
		const added = await boxauth(['profiles', 'add', name, '--sandbox', '--auth-type', authType], {
			env,
		});
		assert.equal(added.code, 0, added.stderr);
		assert.match(
			added.stdout,
			new RegExp(
				`^Saved profile ${name} \\(.+, boxauth's sandbox\\), acting as .+; secrets in .+secrets\\.json.*\\. Next: (npx )?boxauth token --profile ${name}\\n$`,
			),
		);
		assert.equal(savedProfile(configDir, name)?.sandbox, true);
		const token = await boxauth(['token', '--profile', name], {env});
		assert.equal(token.code, 0, token.stderr);
		return token.stdout.trim();
	}

	it('ccg: the Demo CCG App, acting as its service account; the token works on users/me', async () => {
		const token = await addAndGetToken('try', 'ccg');
		const me = await withSavedSandbox(async (sandbox) => usersMe(sandbox.urls.baseUrl, token));
		assert.equal(me.status, 200);
		assert.match(me.body.login ?? '', /^AutomationUser_\d+_\w+@boxdevedition\.com$/);
		assert.equal(savedProfile(configDir, 'try')?.identity?.isServiceAccount, true);
	});

	it('jwt: the Demo JWT App with its config; the token works on users/me', async () => {
		const token = await addAndGetToken('keys', 'jwt');
		const me = await withSavedSandbox(async (sandbox) => usersMe(sandbox.urls.baseUrl, token));
		assert.equal(me.status, 200);
		assert.deepEqual(Object.keys(savedSecrets(configDir, 'keys') ?? {}).sort(), [
			'access-token',
			'client-secret',
			'passphrase',
			'private-key',
		]);
	});

	it("developer: the admin's developer token; it acts as the admin", async () => {
		const token = await addAndGetToken('dev', 'developer');
		const me = await withSavedSandbox(async (sandbox) => usersMe(sandbox.urls.baseUrl, token));
		assert.equal(me.status, 200);
		assert.equal(me.body.login, 'ada.admin@sandbox.example.com');
		assert.equal(savedProfile(configDir, 'dev')?.authType, 'developer-token');
	});

	it("app-token: the Limited Access App's App Token, which Box knows but keeps off users/me", async () => {
		const token = await addAndGetToken('view', 'app-token');
		const [me, stranger] = await withSavedSandbox(async (sandbox) =>
			Promise.all([
				usersMe(sandbox.urls.baseUrl, token),
				usersMe(sandbox.urls.baseUrl, 'not-a-token-the-sandbox-issued'),
			]),
		);
		assert.equal(me.status, 403, 'known to Box, and limited to item endpoints');
		assert.equal(stranger.status, 401, 'an unknown token is refused differently');
		assert.equal(savedProfile(configDir, 'view')?.tokens?.app?.expiresAt, null);
	});

	it('oauth without a refresh token: says that boxauth setup does the browser login, saves nothing', async () => {
		const {code, stdout, stderr} = await boxauth(
			['profiles', 'add', 'login', '--sandbox', '--auth-type', 'oauth'],
			{env},
		);
		assert.equal(code, 2);
		assert.equal(stdout, '');
		assert.match(stderr, /needs a refresh token.*boxauth setup --sandbox does that login/);
		assert.equal(savedProfile(configDir, 'login'), undefined);
	});

	it('oauth with a refresh token on stdin: Box rotates it, the new one is kept, the token works', async () => {
		const given = await withSavedSandbox(oauthLogin);
		const added = await boxauth(
			['profiles', 'add', 'login', '--sandbox', '--auth-type', 'oauth', '--token-stdin'],
			{env, stdin: `${given}\n`},
		);
		assert.equal(added.code, 0, added.stderr);
		assert.match(added.stdout, /acting as Ada Admin/);
		const kept = savedSecrets(configDir, 'login')?.['refresh-token'];
		assert.ok(kept && kept !== given, 'the rotated refresh token was stored');
		const token = await boxauth(['token', '--profile', 'login'], {env});
		assert.equal(token.code, 0, token.stderr);
		const me = await withSavedSandbox(async (sandbox) =>
			usersMe(sandbox.urls.baseUrl, token.stdout.trim()),
		);
		assert.equal(me.status, 200);
	});

	it('lists the profiles with auth type, identity and markers, as text and JSON', async () => {
		const defaulted = await boxauth(['profiles', 'default', 'try'], {env});
		assert.equal(defaulted.code, 0, defaulted.stderr);
		assert.match(defaulted.stdout, /^try is now the default profile/);

		const text = await boxauth(['profiles', 'list'], {env});
		assert.equal(text.code, 0, text.stderr);
		assert.match(text.stdout, /^\s+NAME\s+AUTH TYPE\s+WHERE\s+ACTS AS$/m);
		assert.match(
			text.stdout,
			/^\*\s+try\s+Client Credentials Grant\s+boxauth's sandbox\s+the service account of Demo CCG App/m,
		);
		assert.match(
			text.stdout,
			/^\s+dev\s+Developer Token\s+boxauth's sandbox\s+Ada Admin \(ada\.admin@sandbox\.example\.com\)/m,
		);
		assert.match(text.stdout, /^\s+keys\s+JWT\s/m);
		assert.match(text.stdout, /^\s+view\s+App Token\s/m);
		assert.match(text.stdout, /^\s+login\s+OAuth 2\.0\s/m);

		const json = await boxauth(['profiles', 'list', '--json'], {env});
		assert.equal(json.code, 0, json.stderr);
		const listed = JSON.parse(json.stdout) as {
			defaultProfile: string;
			profiles: Array<{name: string; authType: string; default: boolean; sandbox: boolean}>;
		};
		assert.equal(listed.defaultProfile, 'try');
		assert.deepEqual(
			listed.profiles.map(({name, authType, default: isDefault, sandbox}) => [
				name,
				authType,
				isDefault,
				sandbox,
			]),
			[
				['dev', 'developer-token', false, true],
				['keys', 'jwt', false, true],
				['login', 'oauth', false, true],
				['try', 'ccg', true, true],
				['view', 'app-token', false, true],
			],
		);
	});

	it('removes a profile with its secrets, and says so', async () => {
		const removed = await boxauth(['profiles', 'remove', 'keys'], {env});
		assert.equal(removed.code, 0, removed.stderr);
		assert.match(
			removed.stdout,
			/^Removed profile keys: its settings and its secrets \(client secret, private key, passphrase, access token in .+secrets\.json\) are deleted\./,
		);
		assert.equal(savedProfile(configDir, 'keys'), undefined);
		assert.equal(savedSecrets(configDir, 'keys'), undefined);
		const again = await boxauth(['profiles', 'remove', 'keys'], {env});
		assert.equal(again.code, 1);
		assert.match(again.stderr, /No profile named keys; boxauth profiles list shows them/);
	});

	it('never prints a secret of the sandbox', () => {
		const state = readJson(path.join(configDir, 'sandbox.json')) as SandboxState;
		printed.assertNoSecrets(secretsOf(state));
	});
});

describe('boxauth profiles add --base-url: a boxauth sandbox server', () => {
	const sandbox = useSandbox();
	const {home, env, configDir} = isolatedHome();
	const baseUrl = () => sandbox().urls.baseUrl;
	const enterpriseId = () => sandbox().describe().enterprise.id;
	const jwtFile = path.join(home, 'config.json');

	before(() => {
		writeFileSync(jwtFile, JSON.stringify(appOfType(sandbox(), 'Demo JWT App').jwtConfig));
	});

	const add = (
		name: string,
		args: string[],
		options: {env?: Record<string, string>; stdin?: string} = {},
	) =>
		boxauth(['profiles', 'add', name, '--base-url', baseUrl(), ...args], {
			env: {...env, ...options.env},
			...(options.stdin === undefined ? {} : {stdin: options.stdin}),
		});

	async function tokenWorks(name: string, options: {env?: Record<string, string>} = {}) {
		const token = await boxauth(['token', '--profile', name], {env: {...env, ...options.env}});
		assert.equal(token.code, 0, token.stderr);
		return usersMe(baseUrl(), token.stdout.trim());
	}

	it('ccg: client secret on stdin, the enterprise as subject', async () => {
		const app = appOfType(sandbox(), 'Demo CCG App');
		const added = await add(
			'server',
			[
				'--auth-type',
				'ccg',
				'--client-id',
				app.clientId,
				'--enterprise-id',
				enterpriseId(),
				'--client-secret-stdin',
			],
			{stdin: `  ${app.clientSecret}\n`},
		);
		assert.equal(added.code, 0, added.stderr);
		assert.match(
			added.stdout,
			/^Saved profile server \(Client Credentials Grant\), acting as the service account of Demo CCG App/,
		);
		assert.equal(savedProfile(configDir, 'server')?.secretLocation, 'file');
		assert.equal(savedSecrets(configDir, 'server')?.['client-secret'], app.clientSecret, 'trimmed');
		const me = await tokenWorks('server');
		assert.equal(me.status, 200);
	});

	it('ccg: a user as subject and the client secret from BOXAUTH_CLIENT_SECRET, which is never stored', async () => {
		const app = appOfType(sandbox(), 'Demo CCG App');
		const member = sandbox()
			.describe()
			.users.find((user) => user.role === 'user');
		const withSecret = {BOXAUTH_CLIENT_SECRET: app.clientSecret};
		const added = await add(
			'member',
			['--auth-type', 'ccg', '--client-id', app.clientId, '--user-id', member?.id ?? ''],
			{env: withSecret},
		);
		assert.equal(added.code, 0, added.stderr);
		assert.match(
			added.stdout,
			/acting as Milo Member .*BOXAUTH_CLIENT_SECRET read from the environment each time, never stored/,
		);
		assert.equal(savedSecrets(configDir, 'member')?.['client-secret'], undefined);
		assert.equal(savedProfile(configDir, 'member')?.secretLocation, 'environment');
		const me = await tokenWorks('member', {env: withSecret});
		assert.equal(me.body.login, member?.login);
	});

	it("jwt: the console's config file, its enterpriseID as the default subject", async () => {
		const added = await add('keys', ['--auth-type', 'jwt', '--jwt-config', jwtFile]);
		assert.equal(added.code, 0, added.stderr);
		assert.deepEqual(savedProfile(configDir, 'keys')?.subject, {
			type: 'enterprise',
			id: enterpriseId(),
		});
		const me = await tokenWorks('keys');
		assert.equal(me.status, 200);
		assert.match(me.body.login ?? '', /^AutomationUser_/);
	});

	it('oauth: refresh token from BOXAUTH_REFRESH_TOKEN is spent, its successor kept, and the user told', async () => {
		const app = appOfType(sandbox(), 'Demo OAuth App');
		const given = await oauthLogin(sandbox());
		const added = await add(
			'login',
			['--auth-type', 'oauth', '--client-id', app.clientId, '--client-secret-stdin'],
			{env: {BOXAUTH_REFRESH_TOKEN: given}, stdin: app.clientSecret},
		);
		assert.equal(added.code, 0, added.stderr);
		assert.match(added.stderr, /BOXAUTH_REFRESH_TOKEN is spent now.*unset BOXAUTH_REFRESH_TOKEN/);
		assert.equal(sandbox().runtime.state.refreshTokens[given]?.used, true);
		const me = await tokenWorks('login');
		assert.equal(me.body.login, 'ada.admin@sandbox.example.com');
	});

	it('developer: a pasted "Bearer " prefix and line break are trimmed', async () => {
		const added = await add('dev', ['--auth-type', 'developer', '--token-stdin'], {
			stdin: `Bearer ${sandbox().describe().developerToken}\n`,
		});
		assert.equal(added.code, 0, added.stderr);
		assert.match(added.stdout, /acting as Ada Admin/);
		const me = await tokenWorks('dev');
		assert.equal(me.status, 200);
	});

	it('app-token: from BOXAUTH_APP_TOKEN, with the expiry chosen in the console', async () => {
		const app = appOfType(sandbox(), 'Demo Limited Access App');
		const added = await add('view', ['--auth-type', 'app-token', '--app-token-expiry', '30-days'], {
			env: {BOXAUTH_APP_TOKEN: app.appToken ?? ''},
		});
		assert.equal(added.code, 0, added.stderr);
		const held = savedProfile(configDir, 'view')?.tokens?.app;
		assert.equal((held?.expiresAt ?? 0) - (held?.issuedAt ?? 0), 30 * 24 * 60 * 60 * 1000);
		const me = await tokenWorks('view', {env: {BOXAUTH_APP_TOKEN: app.appToken ?? ''}});
		assert.equal(me.status, 403, 'Box knows it; App Tokens may not read users/me');
	});

	it('remove: says which secrets it deleted, and that a variable stays set', async () => {
		const removed = await boxauth(['profiles', 'remove', 'member'], {
			env: {...env, BOXAUTH_CLIENT_SECRET: 'whatever-is-set'},
		});
		assert.equal(removed.code, 0, removed.stderr);
		assert.match(
			removed.stdout,
			/^Removed profile member: its settings and its secrets \(access token in .+secrets\.json\) are deleted\.\nBOXAUTH_CLIENT_SECRET stays set in your environment: boxauth never stores what it reads there\.\nTokens already issued to it keep working until they expire/,
		);
		assert.equal(savedProfile(configDir, 'member'), undefined);
		assert.equal(savedSecrets(configDir, 'member'), undefined);
	});

	// Independent of each other (none saves anything), so run a few at a time.
	describe('bad input: a message naming the flag, exit 2 for usage and 3 for a refused check, nothing saved', {
		concurrency: 4,
	}, () => {
		const notJson = path.join(home, 'not-json.json');
		const noPassphrase = path.join(home, 'no-passphrase.json');
		const wrongPassphrase = path.join(home, 'wrong-passphrase.json');
		const folder = path.join(home, 'a-folder');
		before(() => {
			const config = appOfType(sandbox(), 'Demo JWT App').jwtConfig;
			assert.ok(config);
			writeFileSync(notJson, '{"boxAppSettings": ');
			const {passphrase: _passphrase, ...appAuth} = config.boxAppSettings.appAuth;
			writeFileSync(
				noPassphrase,
				JSON.stringify({...config, boxAppSettings: {...config.boxAppSettings, appAuth}}),
			);
			writeFileSync(
				wrongPassphrase,
				JSON.stringify({
					...config,
					boxAppSettings: {
						...config.boxAppSettings,
						appAuth: {...appAuth, passphrase: 'not-the-one'},
					},
				}),
			);
			mkdirSync(folder);
		});

		const ccg = () => [
			'--auth-type',
			'ccg',
			'--client-id',
			appOfType(sandbox(), 'Demo CCG App').clientId,
		];
		const secret = () => appOfType(sandbox(), 'Demo CCG App').clientSecret;
		const cases: Array<{
			what: string;
			args: () => string[];
			stdin?: () => string;
			env?: () => Record<string, string>;
			code: 1 | 2 | 3;
			message: RegExp;
		}> = [
			{
				what: 'an unknown auth type',
				args: () => ['--auth-type', 'basic'],
				code: 2,
				message: /--auth-type takes one of ccg, jwt, oauth, developer, app-token; got "basic"/,
			},
			{
				what: 'no auth type',
				args: () => [],
				code: 2,
				message: /needs --auth-type: ccg, jwt, oauth, developer, app-token/,
			},
			{
				what: 'no client ID',
				args: () => ['--auth-type', 'ccg', '--enterprise-id', '1'],
				code: 2,
				message: /--auth-type ccg needs --client-id, the app's Client ID from Developer Console/,
			},
			{
				what: 'both subjects',
				args: () => [...ccg(), '--enterprise-id', enterpriseId(), '--user-id', '42'],
				code: 2,
				message: /Give --enterprise-id .* or --user-id .*, not both/,
			},
			{
				what: 'no subject',
				args: () => ccg(),
				code: 2,
				message: /needs --enterprise-id .* or --user-id/,
			},
			{
				what: 'a non-numeric enterprise ID',
				args: () => [...ccg(), '--enterprise-id', 'acme'],
				code: 2,
				message:
					/--enterprise-id takes the enterprise ID, a number such as 1234567; "acme" is not one\. Find it in/,
			},
			{
				what: 'an enterprise ID pasted as a URL',
				args: () => [...ccg(), '--enterprise-id', 'https://app.box.com/master/settings'],
				code: 2,
				message:
					/--enterprise-id takes the enterprise ID, a number such as 1234567, but was given a URL\. Find it in/,
			},
			{
				what: 'enterprise ID 0',
				args: () => [...ccg(), '--enterprise-id', '0'],
				code: 2,
				message: /--enterprise-id is 0, which Box gives a free personal account/,
			},
			{
				what: 'a user ID pasted as a URL',
				args: () => [...ccg(), '--user-id', 'app.box.com/user/123'],
				code: 2,
				message: /--user-id takes the user ID, .* but was given a URL/,
			},
			{
				what: 'no client secret at all',
				args: () => [...ccg(), '--enterprise-id', enterpriseId()],
				code: 2,
				message:
					/needs the app's client secret: pipe it in with --client-secret-stdin, or set BOXAUTH_CLIENT_SECRET/,
			},
			{
				what: 'no secret on stdin',
				args: () => [...ccg(), '--enterprise-id', enterpriseId(), '--client-secret-stdin'],
				stdin: () => ' \n',
				code: 2,
				message: /--client-secret-stdin found nothing on stdin/,
			},
			{
				what: 'two secrets on stdin',
				args: () => [
					'--auth-type',
					'oauth',
					'--client-id',
					'abc',
					'--client-secret-stdin',
					'--token-stdin',
				],
				code: 2,
				message: /Only one secret can come on stdin/,
			},
			{
				what: 'a JWT config that is not there',
				args: () => ['--auth-type', 'jwt', '--jwt-config', path.join(home, 'nope.json')],
				code: 2,
				message: /--jwt-config .*nope\.json: there is no such file/,
			},
			{
				what: 'a JWT config that is a folder',
				args: () => ['--auth-type', 'jwt', '--jwt-config', folder],
				code: 2,
				message: /--jwt-config .*a-folder is a folder/,
			},
			{
				what: 'a JWT config that is not JSON',
				args: () => ['--auth-type', 'jwt', '--jwt-config', notJson],
				code: 2,
				message: /--jwt-config .*not-json\.json: The file is not JSON/,
			},
			{
				what: 'a JWT config missing a field',
				args: () => ['--auth-type', 'jwt', '--jwt-config', noPassphrase],
				code: 2,
				message: /--jwt-config .*: The config has no "boxAppSettings\.appAuth\.passphrase"/,
			},
			{
				what: 'a JWT config with the wrong passphrase',
				args: () => ['--auth-type', 'jwt', '--jwt-config', wrongPassphrase],
				code: 2,
				message: /--jwt-config .*: The passphrase does not decrypt the private key/,
			},
			{
				what: 'a flag of another auth type',
				args: () => ['--auth-type', 'jwt', '--jwt-config', jwtFile, '--client-id', 'abc'],
				code: 2,
				message: /--client-id does not go with boxauth profiles add --auth-type jwt/,
			},
			{
				what: 'an App Token without its expiry',
				args: () => ['--auth-type', 'app-token'],
				code: 2,
				message: /--auth-type app-token needs --app-token-expiry 30-days, 60-days or never/,
			},
			{
				what: 'a URL pasted as a developer token',
				args: () => ['--auth-type', 'developer'],
				env: () => ({BOXAUTH_DEVELOPER_TOKEN: 'https://app.box.com/developers/console'}),
				code: 2,
				message: /BOXAUTH_DEVELOPER_TOKEN: That is a URL, not a token/,
			},
			{
				what: 'a wrong client secret',
				args: () => [...ccg(), '--enterprise-id', enterpriseId(), '--client-secret-stdin'],
				stdin: () => 'not-the-secret',
				code: 3,
				message:
					/^What happened: Box refused a Client Credentials Grant token[\s\S]*What to do:[\s\S]*Nothing was saved\.\n$/,
			},
			{
				what: 'an app the admin has not authorized',
				args: () => [
					'--auth-type',
					'ccg',
					'--client-id',
					appOfType(sandbox(), 'Pending CCG App').clientId,
					'--enterprise-id',
					enterpriseId(),
				],
				env: () => ({BOXAUTH_CLIENT_SECRET: appOfType(sandbox(), 'Pending CCG App').clientSecret}),
				code: 3,
				message:
					/What happened: Box refused a Client Credentials Grant token for enterprise \d+: it answers "Insufficient permissions for the requested scope" when a Box admin has not authorized the app yet[\s\S]*Nothing was saved/,
			},
			{
				what: 'a developer token Box does not know',
				args: () => ['--auth-type', 'developer', '--token-stdin'],
				stdin: () => 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
				code: 3,
				message: /What happened: The developer token has expired[\s\S]*Nothing was saved/,
			},
			{
				what: 'a refresh token Box does not know',
				args: () => [
					'--auth-type',
					'oauth',
					'--client-id',
					appOfType(sandbox(), 'Demo OAuth App').clientId,
					'--token-stdin',
				],
				env: () => ({BOXAUTH_CLIENT_SECRET: appOfType(sandbox(), 'Demo OAuth App').clientSecret}),
				stdin: () => 'B'.repeat(64),
				code: 3,
				message: /What happened: Box no longer accepts this refresh token[\s\S]*Nothing was saved/,
			},
			{
				what: 'an App Token Box does not know',
				args: () => ['--auth-type', 'app-token', '--app-token-expiry', 'never', '--token-stdin'],
				stdin: () => 'C'.repeat(32),
				code: 3,
				message: /What happened: Box no longer accepts this App Token[\s\S]*Nothing was saved/,
			},
		];

		for (const testCase of cases) {
			it(`${testCase.what}: exit ${testCase.code}`, async () => {
				const {code, stdout, stderr} = await add('bad', testCase.args(), {
					...(testCase.env ? {env: testCase.env()} : {}),
					...(testCase.stdin ? {stdin: testCase.stdin()} : {}),
				});
				assert.equal(code, testCase.code, stderr);
				assert.equal(stdout, '');
				assert.match(stderr, testCase.message);
				assert.equal(savedProfile(configDir, 'bad'), undefined, 'no profile saved');
				assert.equal(savedSecrets(configDir, 'bad'), undefined, 'no secret kept');
			});
		}

		it('a name already taken: exit 2, and the profile is left as it was', async () => {
			const before = savedProfile(configDir, 'server');
			const {code, stderr} = await add(
				'server',
				[...ccg(), '--enterprise-id', enterpriseId(), '--client-secret-stdin'],
				{stdin: secret()},
			);
			assert.equal(code, 2);
			assert.match(
				stderr,
				/A profile named server exists already: choose another name, or remove it first with boxauth profiles remove server/,
			);
			assert.deepEqual(savedProfile(configDir, 'server'), before);
		});

		it('a name that cannot be one, or words after it (not repeated: they may be a secret): exit 2', async () => {
			const badName = await add('no spaces', ['--auth-type', 'developer']);
			assert.equal(badName.code, 2);
			assert.match(badName.stderr, /"no spaces" can't be a profile name/);
			const extra = await boxauth(
				['profiles', 'add', 'bad', 'hunter2-secret', '--auth-type', 'ccg'],
				{env},
			);
			assert.equal(extra.code, 2);
			assert.match(
				extra.stderr,
				/takes one NAME, but was given 2 words\. Secrets never go on the command line/,
			);
			assert.doesNotMatch(extra.stderr, /hunter2/);
		});

		it('--sandbox with --base-url: exit 2', async () => {
			const {code, stderr} = await add('bad', ['--auth-type', 'developer', '--sandbox']);
			assert.equal(code, 2);
			assert.match(stderr, /--sandbox and --base-url both say where to connect/);
		});
	});

	describe('the other actions, misused', {concurrency: 4}, () => {
		const cases: Array<[string[], 1 | 2, RegExp]> = [
			[['profiles'], 2, /boxauth profiles needs an action\. Usage: boxauth profiles add NAME/],
			[['profiles', 'rename', 'a'], 2, /Unknown action "rename" for boxauth profiles\. Usage:/],
			[['profiles', 'remove'], 2, /Usage: boxauth profiles remove NAME/],
			[['profiles', 'default'], 2, /Usage: boxauth profiles default NAME/],
			[['profiles', 'default', 'a', 'b'], 2, /Usage: boxauth profiles default NAME/],
			[['profiles', 'list', 'server'], 2, /boxauth profiles list takes no NAME/],
			[
				['profiles', 'list', '--auth-type', 'ccg'],
				2,
				/Unknown option --auth-type for boxauth profiles list\. Run boxauth profiles list --help/,
			],
			[
				['profiles', 'remove', 'ghost'],
				1,
				/No profile named ghost; boxauth profiles list shows them/,
			],
			[
				['profiles', 'default', 'ghost'],
				1,
				/^No profile named ghost; boxauth profiles list shows them\.\n$/,
			],
		];
		for (const [args, expectedCode, message] of cases) {
			it(`boxauth ${args.join(' ')}: exit ${expectedCode}`, async () => {
				const {code, stdout, stderr} = await boxauth(args, {env});
				assert.equal(code, expectedCode, stderr);
				assert.equal(stdout, '');
				assert.match(stderr, message);
			});
		}
	});

	// Last, once every command above has printed: no secret in any of it.
	it('never prints a secret of the sandbox', () => {
		printed.assertNoSecrets(secretsOf(sandbox().runtime.state));
	});
});
