import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {createServer} from 'node:net';
import path from 'node:path';
import {describe, it} from 'node:test';
import {setTimeout as delay} from 'node:timers/promises';
import {loadSandboxState, saveSandboxState} from '../../source/profiles/sandbox-state-file.js';
import {authorizeApp} from '../../source/sandbox/app-authorization.js';
import {fakeBrowser} from '../helpers/fake-browser.js';
import {isolated, isolatedHome} from '../helpers/isolated-environment.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {runCli} from '../helpers/run-cli.js';

/** `boxauth setup ...` with pipes, as a script runs it, in a config folder of its own. */
async function setup(
	args: string[],
	options: {home?: string; stdin?: string; env?: Record<string, string>} = {},
) {
	const home = options.home ?? isolatedHome().home;
	return runBoxauthInProcess(['setup', ...args], {
		env: {...isolated(home), ...options.env},
		stdin: options.stdin ?? '',
	});
}

/** The sandbox's apps, as the sandbox a setup in `home` started saved them. */
function sandboxApps(home: string) {
	const state = JSON.parse(readFileSync(path.join(home, 'boxauth', 'sandbox.json'), 'utf8')) as {
		apps: Array<{name: string; clientId: string; clientSecret: string}>;
		enterprise: {id: string};
	};
	return state;
}

describe('boxauth setup without a terminal', () => {
	it('names the flags it needs and exits 2', async () => {
		const run = await setup([]);
		assert.equal(run.code, 2);
		assert.match(run.stderr, /--auth-type/);
		assert.match(run.stderr, /--client-id, --enterprise-id/);
		assert.match(run.stderr, /--jwt-config/);
	});

	it('names the one flag missing for the auth type', async () => {
		const run = await setup([
			'--auth-type',
			'ccg',
			'--client-id',
			'k3c9x1z8q0w2e4r6t5y7u9i1o3p5a7s9',
		]);
		assert.equal(run.code, 2, run.stderr);
		assert.match(run.stderr, /--client-secret-stdin \(or BOXAUTH_CLIENT_SECRET\)/);
	});

	it('sets up a CCG profile from flags against the sandbox, as JSON', async () => {
		const {home} = isolatedHome();
		const run = await setup(['--sandbox', '--auth-type', 'ccg', '--profile', 'work', '--json'], {
			home,
		});
		assert.equal(run.code, 0, run.stderr);
		const result = JSON.parse(run.stdout) as {
			ok: boolean;
			profile: string;
			step: string;
			actsAs: {isServiceAccount: boolean};
			saved: string;
		};
		assert.equal(result.ok, true);
		assert.equal(result.profile, 'work');
		assert.equal(result.step, 'done');
		assert.equal(result.actsAs.isServiceAccount, true);
		assert.match(result.saved, /Saved profile work/);
		const config = JSON.parse(readFileSync(path.join(home, 'boxauth', 'config.json'), 'utf8')) as {
			profiles: Record<string, unknown>;
		};
		assert.ok(config.profiles['work'], 'the profile is in config.json');
	});

	it('reports a bad flag value at its flag, exit 2, before any request', async () => {
		const run = await setup(
			['--sandbox', '--auth-type', 'ccg', '--enterprise-id', 'https://app.box.com/master/settings'],
			{},
		);
		assert.equal(run.code, 2, run.stderr);
		assert.match(run.stderr, /^--enterprise-id takes the enterprise ID, .*URL/);
	});

	it('reads the client secret from stdin, and shows the diagnosis when Box refuses it', async () => {
		const {home} = isolatedHome();
		const first = await setup(['--sandbox', '--auth-type', 'ccg', '--profile', 'a'], {home});
		assert.equal(first.code, 0, first.stderr);
		const {apps, enterprise} = sandboxApps(home);
		const app = apps.find((candidate) => candidate.name === 'Demo CCG App');
		assert.ok(app, 'the sandbox has its demo CCG app');
		const wrong = await setup(
			[
				'--sandbox',
				'--auth-type',
				'ccg',
				'--profile',
				'b',
				'--client-id',
				app.clientId,
				'--enterprise-id',
				enterprise.id,
				'--client-secret-stdin',
				'--json',
			],
			{home, stdin: 'Zz7Rt2Xw9Lp4Vz8Nc3Hb6Jd1Fs5Gk0Ya\n'},
		);
		assert.equal(wrong.code, 3, wrong.stderr);
		const result = JSON.parse(wrong.stdout) as {
			failure: {diagnosis: string; what: string};
			step: string;
		};
		// Box gives a wrong secret the answer it gives an app waiting for its admin.
		assert.equal(result.step, 'admin-authorization');
		assert.equal(result.failure.diagnosis, 'ccg-grant-credentials-invalid');
		assert.match(result.failure.what, /Box knows the client ID/);
		assert.match(wrong.stderr, /and to a wrong client secret or enterprise id/);
		assert.doesNotMatch(
			wrong.stdout + wrong.stderr,
			/Zz7Rt2Xw9Lp4Vz8Nc3Hb6Jd1Fs5Gk0Ya/,
			'the secret is never printed',
		);
	});

	it('stops at the admin step with the message for the admin, and resumes from the draft', async () => {
		const {home} = isolatedHome();
		const warmup = await setup(['--sandbox', '--auth-type', 'developer', '--profile', 'd'], {home});
		assert.equal(warmup.code, 0, warmup.stderr);
		const {apps, enterprise} = sandboxApps(home);
		const pending = apps.find((candidate) => candidate.name === 'Pending CCG App');
		assert.ok(pending, 'the sandbox has an app waiting for its admin');
		const args = [
			'--sandbox',
			'--auth-type',
			'ccg',
			'--profile',
			'pending',
			'--client-id',
			pending.clientId,
			'--enterprise-id',
			enterprise.id,
		];
		const waiting = await setup(args, {
			home,
			env: {BOXAUTH_CLIENT_SECRET: pending.clientSecret},
		});
		assert.equal(waiting.code, 3, waiting.stderr);
		assert.match(
			waiting.stderr,
			/a Box admin has not authorized the app yet\. Send your admin this:/,
		);
		assert.match(waiting.stderr, new RegExp(pending.clientId));
		assert.match(waiting.stderr, /Platform Apps Manager/);
		assert.match(waiting.stderr, /boxauth setup --profile pending/);
		const draftFile = path.join(home, 'boxauth', 'setup-drafts', 'pending.json');
		assert.ok(existsSync(draftFile), 'the draft is kept');
		assert.doesNotMatch(readFileSync(draftFile, 'utf8'), new RegExp(pending.clientSecret));

		// The admin approves while the setup waits, with no boxauth running.
		const configDir = path.join(home, 'boxauth');
		const {state} = await loadSandboxState(configDir);
		const app = state?.apps.find((candidate) => candidate.clientId === pending.clientId);
		assert.ok(state && app, 'the saved sandbox has the pending app');
		authorizeApp(state, app, Date.now());
		await saveSandboxState(configDir, state);
		const resumed = await setup(['--profile', 'pending', '--auth-type', 'ccg', '--json'], {home});
		assert.equal(resumed.code, 0, resumed.stderr);
		assert.equal((JSON.parse(resumed.stdout) as {step: string}).step, 'done');
		assert.equal(existsSync(draftFile), false, 'the draft is gone once the profile is saved');
	});

	it('logs a profile that exists in again, as boxauth login does, and keeps its kind', async () => {
		const {home} = isolatedHome();
		assert.equal(
			(await setup(['--sandbox', '--auth-type', 'developer', '--profile', 'x'], {home})).code,
			0,
		);
		const again = await setup(['--sandbox', '--profile', 'x'], {home});
		assert.equal(again.code, 0, again.stderr);
		assert.match(again.stdout, /Saved profile x \(Developer Token/);
		const otherKind = await setup(['--sandbox', '--auth-type', 'ccg', '--profile', 'x'], {home});
		assert.equal(otherKind.code, 2);
		assert.match(otherKind.stderr, /x is a Developer Token profile; .*boxauth profiles remove x/);
	});

	it('sets up a JWT profile from a config file, and names what is wrong with a bad one', async () => {
		const {home} = isolatedHome();
		const bad = await setup(
			['--sandbox', '--auth-type', 'jwt', '--jwt-config', path.join(home, 'nope.json')],
			{home},
		);
		assert.equal(bad.code, 2, bad.stderr);
		assert.match(bad.stderr, /--jwt-config: .*no such file/);
		const good = await setup(['--sandbox', '--auth-type', 'jwt', '--profile', 'j'], {home});
		assert.equal(good.code, 0, good.stderr);
		assert.match(good.stdout, /Saved profile j \(JWT/);
	});

	it('signs in with OAuth 2.0 through a browser, printing the sign-in URL', async () => {
		const run = await setup(['--sandbox', '--auth-type', 'oauth', '--profile', 'me', '--json'], {
			env: {BROWSER: fakeBrowser('grant')},
		});
		assert.equal(run.code, 0, run.stderr);
		assert.match(
			run.stderr,
			/Sign in to Box in a browser: http:\/\/127\.0\.0\.1:\d+\/api\/oauth2\/authorize\?/,
		);
		const [event, outcome] = run.stdout.trimEnd().split('\n');
		const waiting = JSON.parse(event ?? '') as {event: string; authorizeUrl: string};
		assert.equal(waiting.event, 'sign-in-waiting', 'JSON lines: the sign-in URL first');
		assert.match(waiting.authorizeUrl, /\/api\/oauth2\/authorize\?/);
		const result = JSON.parse(outcome ?? '') as {step: string; actsAs: {isServiceAccount: boolean}};
		assert.equal(result.step, 'done');
		assert.equal(result.actsAs.isServiceAccount, false, 'an OAuth token acts as the person');
	});

	it('prints the sign-in URL the moment the sign-in starts, not once it is over', async () => {
		const run = runCli(['setup', '--sandbox', '--auth-type', 'oauth', '--no-browser'], {
			env: isolatedHome().env,
			timeoutMs: 30_000,
		});
		let stderr = '';
		run.child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		const until = Date.now() + 15_000;
		while (!stderr.includes('Sign in to Box in a browser') && Date.now() < until) {
			await delay(50);
		}

		assert.equal(run.child.exitCode, null, 'still waiting for the person');
		assert.match(
			stderr,
			/Sign in to Box in a browser: http:\/\/127\.0\.0\.1:\d+\/api\/oauth2\/authorize\?/,
		);
		run.child.kill('SIGINT');
		await run.done;
	});

	it('says so when the port for the sign-in redirect is taken', async () => {
		const busy = createServer();
		await new Promise<void>((resolve) => {
			busy.listen(0, '127.0.0.1', resolve);
		});
		const {port} = busy.address() as AddressInfo;
		try {
			const run = await setup([
				'--sandbox',
				'--auth-type',
				'oauth',
				'--no-browser',
				'--callback-port',
				String(port),
			]);
			assert.equal(run.code, 1, run.stderr);
			assert.match(run.stderr, new RegExp(`port ${port} is in use`, 'i'));
		} finally {
			busy.close();
		}
	});

	it('refuses a callback port that is no port', async () => {
		const run = await setup(['--sandbox', '--auth-type', 'oauth', '--callback-port', 'eighty']);
		assert.equal(run.code, 2);
		assert.match(run.stderr, /--callback-port: /);
	});

	it('explains a proxy variable that is not a URL instead of crashing', async () => {
		// A process of its own: the transport and undici read the proxy from the process's
		// environment, not from the one a command is given.
		const run = await runCli(['setup', '--sandbox', '--auth-type', 'ccg', '--json'], {
			env: {...isolatedHome().env, HTTPS_PROXY: 'proxy.example.com:8080'},
			timeoutMs: 30_000,
		}).done;
		assert.equal(run.code, 3, run.stderr);
		const result = JSON.parse(run.stdout) as {failure: {diagnosis: string; what: string}};
		assert.equal(result.failure.diagnosis, 'transport-proxy-config');
		assert.match(result.failure.what, /^HTTPS_PROXY is not a URL/);
		assert.doesNotMatch(run.stderr, /\bat .*\.js:\d+/, 'no stack trace');
	});

	it('acts as one user with --user-id', async () => {
		const {home} = isolatedHome();
		const warmup = await setup(['--sandbox', '--auth-type', 'developer', '--profile', 'd'], {home});
		assert.equal(warmup.code, 0, warmup.stderr);
		const state = JSON.parse(readFileSync(path.join(home, 'boxauth', 'sandbox.json'), 'utf8')) as {
			users: Array<{id: string; role: string; kind?: string}>;
		};
		const member = state.users.find(
			(user) => user.role === 'user' && user.kind !== 'service_account',
		);
		assert.ok(member, 'the sandbox has a member');
		const run = await setup(
			['--sandbox', '--auth-type', 'ccg', '--profile', 'as-user', '--user-id', member.id, '--json'],
			{home},
		);
		assert.equal(run.code, 0, run.stderr);
		const result = JSON.parse(run.stdout) as {actsAs: {id: string; isServiceAccount: boolean}};
		assert.equal(result.actsAs.id, member.id);
		assert.equal(result.actsAs.isServiceAccount, false);
	});
});
