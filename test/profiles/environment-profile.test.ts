import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {chooseProfileName} from '../../source/profiles/choose-profile.js';
import {openProfiles} from '../../source/profiles/open-profiles.js';
import {isolatedHome, noKeychain} from '../helpers/isolated-environment.js';
import {tokenWorks} from '../helpers/oauth-profile.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {appOfType, useSandbox} from '../helpers/sandbox-fixture.js';
import {writeSandboxProfile} from '../helpers/sandbox-profile.js';

// A profile from BOXAUTH_* variables alone, for CI (as GH_TOKEN is for gh): no config file, no
// secrets file, no keychain; each run asks Box for a new token.

describe('a profile from the environment alone', () => {
	const sandbox = useSandbox();

	/** A home of its own, and the variables of a CCG profile of the sandbox's enterprise. */
	function ccgEnvironment() {
		const {home, env} = isolatedHome('boxauth-env-profile-');
		const app = appOfType(sandbox(), 'Demo CCG App');
		return {
			home,
			app,
			env: {
				...env,
				BOXAUTH_AUTH_TYPE: 'ccg',
				BOXAUTH_CLIENT_ID: app.clientId,
				BOXAUTH_CLIENT_SECRET: app.clientSecret,
				BOXAUTH_ENTERPRISE_ID: sandbox().describe().enterprise.id,
				BOXAUTH_API_URL: sandbox().urls.baseUrl,
			},
		};
	}

	const nothingWritten = (home: string) => {
		assert.deepEqual(readdirSync(home), [], 'no config folder, no file, no lock: nothing at all');
	};

	it('ccg: boxauth token gives a working token, a new one each run, and writes nothing', async () => {
		const {home, env} = ccgEnvironment();
		const first = await runBoxauthInProcess(['token'], {env});
		assert.equal(first.code, 0, first.stderr);
		assert.equal(first.stderr, '');
		assert.equal(await tokenWorks(sandbox(), first.stdout.trim()), true, 'the sandbox takes it');
		const second = await runBoxauthInProcess(['token', '--format', 'json'], {env});
		assert.equal(second.code, 0, second.stderr);
		const printed = JSON.parse(second.stdout) as Record<string, unknown>;
		assert.equal(printed['profile'], 'env');
		assert.notEqual(printed['accessToken'], first.stdout.trim(), 'not kept: asked for again');
		nothingWritten(home);
	});

	it('ccg: status and doctor report it, and exec runs with its token, writing nothing', async () => {
		const {home, env} = ccgEnvironment();
		const status = await runBoxauthInProcess(['status', '--json'], {env});
		assert.equal(status.code, 0, status.stderr);
		const [listed] = (JSON.parse(status.stdout) as {profiles: Array<Record<string, unknown>>})
			.profiles;
		assert.equal(listed?.['name'], 'env');
		assert.deepEqual(listed?.['secrets'], {clientSecret: 'environment'});
		const doctor = await runBoxauthInProcess(['doctor'], {env});
		assert.equal(doctor.code, 0, doctor.stdout + doctor.stderr);
		assert.match(doctor.stdout, /profile env \(Client Credentials Grant/);
		const exec = await runBoxauthInProcess(
			[
				'exec',
				'--',
				process.execPath,
				'-e',
				`fetch(process.env.BOXAUTH_API_URL + '/2.0/users/me', {headers: {authorization: 'Bearer ' + process.env.BOX_DEVELOPER_TOKEN}})
					.then((answer) => console.log(answer.status, process.env.BOXAUTH_PROFILE))`,
			],
			{env},
		);
		assert.equal(exec.code, 0, exec.stderr);
		assert.equal(exec.stdout, '200 env\n');
		nothingWritten(home);
	});

	it('jwt: from the console config, given as its JSON or as a path', async () => {
		const {home, env} = isolatedHome('boxauth-env-jwt-');
		const app = appOfType(sandbox(), 'Demo JWT App');
		const json = JSON.stringify(app.jwtConfig);
		const jwt = {
			...env,
			BOXAUTH_AUTH_TYPE: 'jwt',
			BOXAUTH_JWT_CONFIG: json,
			BOXAUTH_ENTERPRISE_ID: sandbox().describe().enterprise.id,
			BOXAUTH_API_URL: sandbox().urls.baseUrl,
		};
		const fromJson = await runBoxauthInProcess(['token'], {env: jwt});
		assert.equal(fromJson.code, 0, fromJson.stderr);
		assert.equal(await tokenWorks(sandbox(), fromJson.stdout.trim()), true);
		nothingWritten(home);

		const file = path.join(isolatedHome('boxauth-env-jwt-file-').home, 'config.json');
		writeFileSync(file, json);
		const fromFile = await runBoxauthInProcess(['token'], {
			env: {...jwt, BOXAUTH_JWT_CONFIG: file},
		});
		assert.equal(fromFile.code, 0, fromFile.stderr);
		assert.equal(await tokenWorks(sandbox(), fromFile.stdout.trim()), true);
	});

	it('developer: the token given is handed out as it is, with no request', async () => {
		const {home, env} = isolatedHome('boxauth-env-developer-');
		const {code, stdout, stderr} = await runBoxauthInProcess(['token', '--format', 'header'], {
			env: {...env, BOXAUTH_AUTH_TYPE: 'developer', BOXAUTH_DEVELOPER_TOKEN: 'aDeveloperToken1234'},
		});
		assert.equal(code, 0, stderr);
		assert.equal(stdout, 'Authorization: Bearer aDeveloperToken1234\n');
		nothingWritten(home);
	});

	it('says which variable is missing, and gives no token', async () => {
		const {home, env} = ccgEnvironment();
		const {BOXAUTH_CLIENT_ID: _id, ...withoutId} = env;
		const missing = await runBoxauthInProcess(['token'], {env: withoutId});
		assert.equal(missing.code, 1);
		assert.equal(missing.stdout, '');
		assert.match(
			missing.stderr,
			/^BOXAUTH_AUTH_TYPE is ccg, but BOXAUTH_CLIENT_ID is not set: a Client Credentials Grant profile from the environment needs BOXAUTH_CLIENT_ID, BOXAUTH_CLIENT_SECRET, and BOXAUTH_ENTERPRISE_ID or BOXAUTH_USER_ID\./,
		);
		const noSubject = await runBoxauthInProcess(['token'], {
			env: {...env, BOXAUTH_ENTERPRISE_ID: '', BOXAUTH_CLIENT_SECRET: ''},
		});
		assert.match(
			noSubject.stderr,
			/BOXAUTH_CLIENT_SECRET and BOXAUTH_ENTERPRISE_ID \(or BOXAUTH_USER_ID\) are not set/,
		);
		const jwt = await runBoxauthInProcess(['token'], {env: {...env, BOXAUTH_AUTH_TYPE: 'jwt'}});
		assert.match(jwt.stderr, /BOXAUTH_AUTH_TYPE is jwt, but BOXAUTH_JWT_CONFIG is not set/);
		const badPath = await runBoxauthInProcess(['token'], {
			env: {...env, BOXAUTH_AUTH_TYPE: 'jwt', BOXAUTH_JWT_CONFIG: '/nowhere/config.json'},
		});
		assert.match(
			badPath.stderr,
			/BOXAUTH_JWT_CONFIG \/nowhere\/config\.json: there is no such file/,
		);
		const oauth = await runBoxauthInProcess(['token'], {env: {...env, BOXAUTH_AUTH_TYPE: 'oauth'}});
		assert.equal(oauth.code, 1);
		assert.match(oauth.stderr, /an OAuth 2\.0 login cannot come from the environment/);
		const typo = await runBoxauthInProcess(['token'], {env: {...env, BOXAUTH_AUTH_TYPE: 'cgg'}});
		assert.match(typo.stderr, /BOXAUTH_AUTH_TYPE is "cgg", which is no auth type .*: ccg, jwt/);
		nothingWritten(home);
	});

	it('comes before the saved profiles, as GH_TOKEN does; --profile or BOXAUTH_PROFILE choose one', async () => {
		const {env} = ccgEnvironment();
		const profiles = await openProfiles({environment: env, now: Date.now, keychain: noKeychain});
		await writeSandboxProfile(profiles, sandbox(), {
			profile: {name: 'saved', authType: 'developer-token', tokens: {}},
			secrets: {},
		});
		const chosen = async (extra: Record<string, string>, args: string[] = []) => {
			const {code, stdout, stderr} = await runBoxauthInProcess(
				['token', '--format', 'json', ...args],
				{env: {...env, ...extra}},
			);
			return code === 0 ? (JSON.parse(stdout) as {profile: string}).profile : stderr;
		};

		assert.equal(await chosen({}), 'env');
		// The saved developer profile holds no token: asking for it fails, which shows it was chosen.
		assert.match(await chosen({BOXAUTH_PROFILE: 'saved'}), /saved/);
		assert.match(await chosen({}, ['--profile', 'saved']), /saved/);
		const broken = await runBoxauthInProcess(['token'], {env: {...env, BOXAUTH_CLIENT_ID: ''}});
		assert.equal(broken.code, 1, 'a broken environment is no reason to use a saved profile');
		assert.match(broken.stderr, /BOXAUTH_CLIENT_ID is not set/);
		assert.match(broken.stderr, /choose a saved profile with --profile NAME/);
		const config = JSON.parse(
			readFileSync(path.join(profiles.configDir, 'config.json'), 'utf8'),
		) as {profiles?: Record<string, unknown>};
		assert.deepEqual(
			Object.keys(config.profiles ?? {}),
			['saved'],
			'env never reaches config.json',
		);
	});

	it('cannot be removed or made the default: it is never saved', async () => {
		const {env} = ccgEnvironment();
		const profiles = await openProfiles({environment: env, now: Date.now, keychain: noKeychain});
		const store = await profiles.settingsStore();
		assert.match((await store.setDefault('env')).problem ?? '', /never saved/);
		assert.match((await store.remove('env')).problem ?? '', /never saved/);
		assert.equal(existsSync(profiles.configDir), false, 'nothing was written');
	});

	it('profiles remove, revoke and login say what it is instead of acting on nothing', async () => {
		const {env} = ccgEnvironment();
		for (const [args, says] of [
			[['profiles', 'remove', 'env'], /nothing to remove; unset BOXAUTH_AUTH_TYPE/],
			[['revoke'], /boxauth keeps none of its tokens/],
			[['login'], /set new ones there/],
		] as const) {
			const {code, stdout, stderr} = await runBoxauthInProcess([...args], {env});
			assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
			assert.equal(stdout, '');
			assert.match(stderr, /^env is the profile from the environment \(BOXAUTH_AUTH_TYPE\): /m);
			assert.match(stderr, says);
		}
	});
});

describe('chooseProfileName with a profile from the environment', () => {
	const stored = {names: ['env', 'work'], defaultProfile: 'work'};

	it('takes --profile, then BOXAUTH_PROFILE, then the environment, then the default', () => {
		const fromEnvironment = {name: 'env'};
		assert.deepEqual(chooseProfileName({environment: {}, stored, fromEnvironment}), {name: 'env'});
		assert.deepEqual(chooseProfileName({flag: 'work', environment: {}, stored, fromEnvironment}), {
			name: 'work',
		});
		assert.deepEqual(
			chooseProfileName({environment: {BOXAUTH_PROFILE: 'work'}, stored, fromEnvironment}),
			{name: 'work'},
		);
		assert.deepEqual(chooseProfileName({environment: {}, stored}), {name: 'work'});
	});

	it('a profile from the environment that cannot be used is a problem, not the default', () => {
		assert.deepEqual(
			chooseProfileName({
				environment: {},
				stored: {names: ['work'], defaultProfile: 'work'},
				fromEnvironment: {problem: 'broken'},
			}),
			{problem: 'broken'},
		);
	});
});
