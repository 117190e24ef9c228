import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {before, describe, it} from 'node:test';
import {authorizeUrl, createState, exchangeCode} from '../../source/box/oauth.js';
import {startSavedSandbox} from '../../source/commands/shared/connect-profile.js';
import {shownPath} from '../../source/profiles/config-folder.js';
import type {Profile} from '../../source/profiles/profile.js';
import type {SandboxState} from '../../source/sandbox/sandbox-state.js';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {connectTo, consentAs} from '../helpers/box-connection-fixture.js';
import {isolatedHome} from '../helpers/isolated-environment.js';
import {PrintedOutput, secretsOf} from '../helpers/leak-check.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {appOfType, useSandbox} from '../helpers/sandbox-fixture.js';
import {failOnTrouble} from '../helpers/sandbox-profile.js';

const minute = 60_000;
const day = 24 * 60 * minute;

/** Everything any command printed, searched for secrets at the end. */
const printed = new PrintedOutput();

/** boxauth in this process with buffers, in the config folder `env` names. */
async function boxauth(args: string[], env: Record<string, string>, now?: () => number) {
	const result = await runBoxauthInProcess(args, {env, ...(now ? {now} : {})});
	printed.keep(args, result);
	return result;
}

type StatusJson = {
	configPath: string;
	profiles: Array<{
		name: string;
		authType: string;
		healthy: boolean;
		identity: {login: string} | null;
		tokens: Record<string, {state: string; expiresAt: string | null; secondsLeft: number | null}>;
		secrets: Record<string, string>;
		lastCheck: {at: string; ok: boolean; summary: string} | null;
		refreshTokenEndsSoon?: {endsAt: string; secondsLeft: number; fix: string; says: string};
		problem?: {id: string; what: string; fix: string[]};
	}>;
};

async function statusJson(env: Record<string, string>) {
	const {code, stdout, stderr} = await boxauth(['status', '--offline', '--json'], env);
	return {code, stderr, json: JSON.parse(stdout) as StatusJson};
}

const entryOf = (json: StatusJson, name: string) => {
	const entry = json.profiles.find((profile) => profile.name === name);
	assert.ok(entry, `status reports ${name}`);
	return entry;
};

/** The block of text `boxauth status` prints for one profile. */
function blockOf(text: string, name: string): string {
	const block = text
		.split('\n\n')
		.find((part) => part.startsWith(`${name}:`) || part.startsWith(`${name} (`));
	assert.ok(block, `status prints a block for ${name}:\n${text}`);
	return block;
}

/** Changes a saved profile for the length of `check`, as time passing would, then puts it back. */
async function withProfileChanged(
	configDir: string,
	name: string,
	change: (profile: Profile, now: number) => Profile,
	check: () => Promise<void>,
) {
	const file = path.join(configDir, 'config.json');
	const original = readFileSync(file, 'utf8');
	const config = JSON.parse(original) as {profiles: Record<string, Profile>};
	const profile = config.profiles[name];
	assert.ok(profile);
	config.profiles[name] = change(profile, Date.now());
	writeFileSync(file, JSON.stringify(config));
	try {
		await check();
	} finally {
		writeFileSync(file, original);
	}
}

describe('boxauth status with no profiles', () => {
	const {env, configDir} = isolatedHome();

	it('exits 1 and says how to make one, as text and as JSON', async () => {
		const text = await boxauth(['status', '--offline'], env);
		assert.equal(text.code, 1);
		assert.equal(text.stdout, '');
		assert.match(
			text.stderr,
			/No profiles yet\. Make one with boxauth setup, or .*boxauth profiles add NAME --auth-type TYPE .*boxauth profiles add try --sandbox --auth-type ccg/,
		);

		const {code, json} = await statusJson(env);
		assert.equal(code, 1);
		assert.deepEqual(json, {
			version: 1,
			configPath: path.join(configDir, 'config.json'),
			secretsFile: path.join(configDir, 'secrets.json'),
			profiles: [],
		});
	});
});

describe('boxauth status: profiles of every kind against the saved sandbox', () => {
	const {env, configDir} = isolatedHome();

	before(async () => {
		for (const [name, authType] of [
			['server', 'ccg'],
			['dev', 'developer'],
			['view', 'app-token'],
		]) {
			const added = await boxauth(
				['profiles', 'add', name ?? '', '--sandbox', '--auth-type', authType ?? ''],
				env,
			);
			assert.equal(added.code, 0, added.stderr);
		}

		// The browser login that boxauth setup does, played against the saved sandbox.
		const {sandbox, saved} = await startSavedSandbox(configDir, {report: failOnTrouble});
		let refreshToken: string | undefined;
		try {
			refreshToken = await oauthLogin(sandbox);
		} finally {
			await sandbox.close();
			await saved();
		}

		const added = await boxauth(['profiles', 'add', 'login', '--sandbox', '--auth-type', 'oauth'], {
			...env,
			BOXAUTH_REFRESH_TOKEN: refreshToken,
		});
		assert.equal(added.code, 0, added.stderr);
	});

	it('fresh tokens: every profile healthy, time left in words, where the secrets are, exit 0', async () => {
		const {code, stdout, stderr} = await boxauth(['status', '--offline'], env);
		assert.equal(code, 0, stderr);
		const server = blockOf(stdout, 'server');
		assert.match(
			server,
			/^server: healthy\n {2}Client Credentials Grant at boxauth's sandbox, acting as the service account of Demo CCG App \(AutomationUser_\d+_\w+@boxdevedition\.com\), enterprise \d+\n/,
		);
		assert.match(server, /\n {2}access token: expires in (59|6\d|7\d) min\n/);
		assert.match(server, /\n {2}secrets: client secret, access token in .+secrets\.json\n/);
		assert.match(server, /\n {2}last check: passed just now: /);
		assert.match(blockOf(stdout, 'dev'), /\n {2}developer token: at most 59 min left\n/);
		assert.match(blockOf(stdout, 'view'), /\n {2}App Token: never expires\n/);
		const login = blockOf(stdout, 'login');
		assert.match(login, /acting as Ada Admin \(ada\.admin@sandbox\.example\.com\)/);
		assert.match(login, /\n {2}refresh token: 59 days left\n/);
		assert.match(
			stdout,
			new RegExp(
				`Config file: ${shownPath(path.join(configDir, 'config.json'), env).replaceAll('.', '\\.')}\nAll 4 profiles are healthy\\.\n$`,
			),
		);
	});

	it('fresh tokens as JSON: ISO expiry, seconds left, secret locations, last check', async () => {
		const {code, json} = await statusJson(env);
		assert.equal(code, 0);
		assert.equal(json.configPath, path.join(configDir, 'config.json'));
		assert.deepEqual(
			json.profiles.map((profile) => [profile.name, profile.authType, profile.healthy]),
			[
				['dev', 'developer-token', true],
				['login', 'oauth', true],
				['server', 'ccg', true],
				['view', 'app-token', true],
			],
		);
		const server = entryOf(json, 'server');
		const access = server.tokens['access'];
		assert.equal(access?.state, 'fresh');
		assert.ok((access?.secondsLeft ?? 0) > 3500, 'about an hour left');
		assert.ok(
			Math.abs(
				Date.parse(access?.expiresAt ?? '') - (Date.now() + (access?.secondsLeft ?? 0) * 1000),
			) < 5000,
		);
		assert.deepEqual(server.secrets, {clientSecret: 'file', accessToken: 'file'});
		assert.equal(server.lastCheck?.ok, true);
		assert.equal(server.problem, undefined);
		assert.deepEqual(entryOf(json, 'view').tokens['app'], {
			state: 'fresh',
			expiresAt: null,
			secondsLeft: null,
			says: 'App Token: never expires',
		});
		const refresh = entryOf(json, 'login').tokens['refresh'];
		assert.ok((refresh?.secondsLeft ?? 0) > 59 * 24 * 3600);
	});

	it('an access token due for renewal: said so, still healthy', async () => {
		await withProfileChanged(
			configDir,
			'server',
			(profile, now) => ({
				...profile,
				tokens: {
					access: {kind: 'access', issuedAt: now - 55 * minute, expiresAt: now + 5 * minute},
				},
			}),
			async () => {
				const text = await boxauth(['status', '--offline'], env);
				assert.equal(text.code, 0, text.stderr);
				assert.match(
					blockOf(text.stdout, 'server'),
					/\n {2}access token: expires in 4 min, due for renewal \(boxauth token renews it\)\n/,
				);
				const {json} = await statusJson(env);
				const access = entryOf(json, 'server').tokens['access'];
				assert.equal(access?.state, 'renew');
				assert.ok((access?.secondsLeft ?? 0) > 280 && (access?.secondsLeft ?? 0) <= 300);
			},
		);
	});

	it('an expired access token of a server app: renewed on demand, so still healthy', async () => {
		await withProfileChanged(
			configDir,
			'server',
			(profile, now) => ({
				...profile,
				tokens: {
					access: {kind: 'access', issuedAt: now - 70 * minute, expiresAt: now - 10 * minute},
				},
			}),
			async () => {
				const text = await boxauth(['status', '--offline'], env);
				assert.equal(text.code, 0, text.stderr);
				assert.match(
					blockOf(text.stdout, 'server'),
					/\n {2}access token: expired 10 min ago; boxauth token gets a new one\n/,
				);
			},
		);
	});

	it('an expired developer token: the fix, unhealthy, exit 3', async () => {
		await withProfileChanged(
			configDir,
			'dev',
			(profile, now) => ({
				...profile,
				tokens: {
					developer: {kind: 'developer', issuedAt: now - 65 * minute, expiresAt: now - 5 * minute},
				},
			}),
			async () => {
				const text = await boxauth(['status', '--offline'], env);
				assert.equal(text.code, 3);
				const dev = blockOf(text.stdout, 'dev');
				assert.match(dev, /^dev: NEEDS ATTENTION\n/);
				assert.match(
					dev,
					/\n {2}developer token expired 5 min ago: generate a new developer token and paste it: boxauth login --profile dev\n/,
				);
				assert.match(
					dev,
					/\n {2}problem: The developer token is 65 minutes old: developer tokens last 60 minutes and cannot be refreshed\.\n {2}what to do:\n {4}1\. Generate a new one: Developer Console/,
				);
				assert.match(text.stdout, /1 of 4 profiles needs attention\.\n$/);
				const {code, json} = await statusJson(env);
				assert.equal(code, 3);
				const entry = entryOf(json, 'dev');
				assert.equal(entry.healthy, false);
				assert.deepEqual(entry.tokens['developer']?.state, 'expired');
				assert.equal(entry.tokens['developer']?.secondsLeft, 0);
				assert.equal(entry.problem?.id, 'developer-token-expired');
				assert.equal(entryOf(json, 'server').healthy, true, 'the others are not affected');
			},
		);
	});

	it('an expired OAuth access token with a live refresh token: healthy; with both expired: log in again', async () => {
		const accessExpired = (profile: Profile, now: number): Profile => ({
			...profile,
			tokens: {
				...profile.tokens,
				access: {kind: 'access', issuedAt: now - 2 * 60 * minute, expiresAt: now - 60 * minute},
			},
		});
		await withProfileChanged(configDir, 'login', accessExpired, async () => {
			const text = await boxauth(['status', '--offline'], env);
			assert.equal(text.code, 0, text.stderr);
			assert.match(
				blockOf(text.stdout, 'login'),
				/\n {2}access token: expired 60 min ago; boxauth token gets a new one\n {2}refresh token: 59 days left\n/,
			);
		});

		await withProfileChanged(
			configDir,
			'login',
			(profile, now) => {
				const changed = accessExpired(profile, now);
				return {
					...changed,
					tokens: {
						...changed.tokens,
						refresh: {kind: 'refresh', issuedAt: now - 62 * day, expiresAt: now - 2 * day},
					},
				};
			},
			async () => {
				const text = await boxauth(['status', '--offline'], env);
				assert.equal(text.code, 3);
				const login = blockOf(text.stdout, 'login');
				assert.match(login, /\n {2}access token: expired 60 min ago\n/, 'no promise of renewal');
				assert.match(
					login,
					/\n {2}refresh token expired 2 days ago: log in again with boxauth login --profile login\n/,
				);
				assert.match(login, /\n {2}problem: Box no longer accepts this refresh token\./);
				const {json} = await statusJson(env);
				assert.equal(entryOf(json, 'login').problem?.id, 'refresh-token-spent');
			},
		);
	});

	it('a refresh token 6 days from its end: warned in text and JSON, with the command; 8 days: not', async () => {
		const refreshEndingIn = (days: number) => (profile: Profile, now: number) => ({
			...profile,
			tokens: {
				...profile.tokens,
				refresh: {
					kind: 'refresh' as const,
					issuedAt: now - (60 - days) * day,
					expiresAt: now + days * day,
				},
			},
		});
		const warning =
			'refresh token ends in 5 days: log in again with boxauth login --profile login, or use it before then: each renewal starts 60 days anew';
		await withProfileChanged(configDir, 'login', refreshEndingIn(6), async () => {
			const text = await boxauth(['status', '--offline'], env);
			assert.equal(text.code, 0, 'it still works: a warning, not a problem');
			assert.match(blockOf(text.stdout, 'login'), new RegExp(`\n {2}${warning}\n`));
			assert.doesNotMatch(text.stdout, /refresh token: 5 days left/, 'said once');
			const {json} = await statusJson(env);
			const ending = entryOf(json, 'login').refreshTokenEndsSoon;
			assert.equal(ending?.says, warning);
			assert.equal(ending?.fix, 'boxauth login --profile login');
			assert.ok(
				(ending?.secondsLeft ?? 0) > 6 * 24 * 3600 - 60 &&
					(ending?.secondsLeft ?? 0) <= 6 * 24 * 3600,
			);
			assert.equal(ending?.endsAt, entryOf(json, 'login').tokens['refresh']?.expiresAt);
			assert.equal(entryOf(json, 'server').refreshTokenEndsSoon, undefined, 'only the login');
		});

		await withProfileChanged(configDir, 'login', refreshEndingIn(8), async () => {
			const text = await boxauth(['status', '--offline'], env);
			assert.match(blockOf(text.stdout, 'login'), /\n {2}refresh token: 7 days left\n/);
			assert.doesNotMatch(text.stdout, /ends in/);
			const {json} = await statusJson(env);
			assert.equal(entryOf(json, 'login').refreshTokenEndsSoon, undefined);
		});
	});

	it('an App Token past the expiry chosen in the console: unhealthy', async () => {
		await withProfileChanged(
			configDir,
			'view',
			(profile, now) => ({
				...profile,
				appTokenExpiry: '30-days',
				tokens: {app: {kind: 'app', issuedAt: now - 31 * day, expiresAt: now - day}},
			}),
			async () => {
				const text = await boxauth(['status', '--offline'], env);
				assert.equal(text.code, 3);
				assert.match(
					blockOf(text.stdout, 'view'),
					/\n {2}App Token expired 24 h ago: generate a new App Token and paste it: boxauth login --profile view\n/,
				);
			},
		);
	});

	it('a failed last check: its diagnosis and the command to check again', async () => {
		await withProfileChanged(
			configDir,
			'server',
			(profile, now) => ({
				...profile,
				lastCheck: {
					at: now - 3 * minute,
					ok: false,
					diagnosisId: 'app-not-authorized',
					summary: 'Renewing the access token failed',
				},
			}),
			async () => {
				const text = await boxauth(['status', '--offline'], env);
				assert.equal(text.code, 3);
				const server = blockOf(text.stdout, 'server');
				assert.match(
					server,
					/\n {2}last check: FAILED 3 min ago: Renewing the access token failed\n/,
				);
				assert.match(server, /\n {2}problem: A Box admin has not authorized this app yet/);
				assert.match(
					server,
					/\d\. See every check and its answer: boxauth doctor --profile server$/,
				);
			},
		);
	});

	it("a disabled app's last check: what the admin must do, not a fresh token", async () => {
		await withProfileChanged(
			configDir,
			'server',
			(profile, now) => ({
				...profile,
				lastCheck: {
					at: now - minute,
					ok: false,
					diagnosisId: 'app-not-enabled',
					summary: 'users/me failed with the new access token',
				},
			}),
			async () => {
				const text = await boxauth(['status', '--offline'], env);
				assert.equal(text.code, 3);
				const server = blockOf(text.stdout, 'server');
				assert.match(
					server,
					/problem: Box refuses every API call from this app: it is not enabled/,
				);
				assert.match(server, /A new token will not help/);
				assert.match(server, /Enable App/);
			},
		);
	});

	it('never prints a secret of the sandbox', () => {
		const state = JSON.parse(
			readFileSync(path.join(configDir, 'sandbox.json'), 'utf8'),
		) as SandboxState;
		printed.assertNoSecrets(secretsOf(state));
	});
});

describe('boxauth status: a profile against a boxauth sandbox server, secret from the environment', () => {
	const sandbox = useSandbox();
	const {env} = isolatedHome();
	const withSecret = () => ({
		...env,
		BOXAUTH_CLIENT_SECRET: appOfType(sandbox(), 'Demo CCG App').clientSecret,
	});
	const control = (route: string, body: unknown) =>
		fetch(`${sandbox().urls.baseUrl}/_sandbox/${route}`, {
			method: 'POST',
			body: JSON.stringify(body),
		});

	it('a token the sandbox made short-lived: expired, healthy, and fresh again after boxauth token', async () => {
		await control('lifetimes', {accessTokenSeconds: 1});
		const app = appOfType(sandbox(), 'Demo CCG App');
		const added = await boxauth(
			[
				'profiles',
				'add',
				'quick',
				'--base-url',
				sandbox().urls.baseUrl,
				'--auth-type',
				'ccg',
				'--client-id',
				app.clientId,
				'--enterprise-id',
				sandbox().describe().enterprise.id,
			],
			withSecret(),
		);
		assert.equal(added.code, 0, added.stderr);
		// From here on, a second and a bit later, on the clock the commands read.
		const later = () => Date.now() + 1100;
		const expired = await boxauth(['status', '--offline'], withSecret(), later);
		assert.equal(expired.code, 0, expired.stderr);
		assert.match(
			expired.stdout,
			/\n {2}access token: expired \d+ s ago; boxauth token gets a new one\n/,
		);
		assert.match(
			expired.stdout,
			/\n {2}secrets: access token in .+secrets\.json; client secret from BOXAUTH_CLIENT_SECRET\n/,
		);

		await control('lifetimes', {accessTokenSeconds: null});
		const token = await boxauth(['token', '--profile', 'quick'], withSecret(), later);
		assert.equal(token.code, 0, token.stderr);
		const fresh = await boxauth(['status', '--offline'], withSecret(), later);
		assert.match(fresh.stdout, /\n {2}access token: expires in (59|6\d|7\d) min\n/);
		assert.match(fresh.stdout, /\n {2}last check: passed just now: Access token renewed\n/);
	});

	it('with --offline, asks nothing of the network: the sandbox sees no request', async () => {
		await control('faults', {kind: 'status', status: 500, count: 50});
		try {
			const {code, stderr} = await boxauth(['status', '--offline', '--json'], withSecret());
			assert.equal(code, 0, stderr);
			assert.equal(sandbox().runtime.faults.pending[0]?.remaining, 50);
		} finally {
			await fetch(`${sandbox().urls.baseUrl}/_sandbox/faults`, {method: 'DELETE'});
		}
	});

	it('without the variable: its client secret is missing, and the fix says to set it', async () => {
		const {code, stdout} = await boxauth(['status', '--offline'], env);
		assert.equal(code, 3);
		assert.match(
			stdout,
			/\n {2}problem: Its client secret cannot be found: it is read from the environment, and is not set here\.\n {2}what to do:\n {4}1\. Set BOXAUTH_CLIENT_SECRET before running boxauth\n/,
		);
		const {json} = await statusJson(env);
		assert.equal(entryOf(json, 'quick').problem?.id, 'secret-missing');
	});

	it('never prints a secret of the sandbox', () => {
		printed.assertNoSecrets(secretsOf(sandbox().runtime.state));
	});
});

/** Logs in with the Demo OAuth App as the admin, as the browser would: a fresh refresh token. */
async function oauthLogin(sandbox: RunningSandbox): Promise<string> {
	const app = appOfType(sandbox, 'Demo OAuth App');
	const admin = sandbox.describe().users.find((user) => user.role === 'admin');
	const connection = connectTo(sandbox);
	const query = await consentAs(
		authorizeUrl(connection, {
			clientId: app.clientId,
			redirectUri: 'http://localhost:3000/callback',
			state: createState(),
		}),
		admin?.id ?? '',
	);
	const issued = await exchangeCode(connection, app, {code: query.get('code') ?? ''});
	assert.ok(issued.ok && issued.value.refreshToken, 'the login gave a refresh token');
	return issued.value.refreshToken;
}
