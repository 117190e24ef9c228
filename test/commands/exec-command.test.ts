import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, describe, it} from 'node:test';
import {type Keeper, keepFresh} from '../../source/commands/exec/keep-fresh.js';
import type {RenewedForUse, UsableToken} from '../../source/commands/shared/renew-for-use.js';
import {openProfiles} from '../../source/profiles/open-profiles.js';
import {holdSignals} from '../../source/tokens/hold-signals.js';
import {accessToken} from '../../source/tokens/token-lifetimes.js';
import {FakeClock} from '../helpers/fake-clock.js';
import {isolatedHome, noKeychain} from '../helpers/isolated-environment.js';
import {assertNoSecrets} from '../helpers/leak-check.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {cliPath, runCli} from '../helpers/run-cli.js';
import {appOfType, control, useSandbox} from '../helpers/sandbox-fixture.js';
import {writeSandboxProfile} from '../helpers/sandbox-profile.js';
import {aProfile} from '../profiles/fixtures/profile-fixtures.js';

// `boxauth exec [--profile NAME] -- COMMAND [ARGS…]`: the command runs with a valid token in its
// environment, and the profile's token is kept fresh while it runs.

const node = process.execPath;

/** A CCG profile `work` of the sandbox's enterprise, holding no token yet, in a folder of its own. */
async function ccgProfile(sandbox: Parameters<typeof appOfType>[0]) {
	const app = appOfType(sandbox, 'Demo CCG App');
	const {env} = isolatedHome('boxauth-exec-');
	const profiles = await openProfiles({environment: env, now: Date.now, keychain: noKeychain});
	await writeSandboxProfile(profiles, sandbox, {
		profile: {
			name: 'work',
			authType: 'ccg',
			clientId: app.clientId,
			subject: {type: 'enterprise', id: sandbox.describe().enterprise.id},
		},
		secrets: {'client-secret': app.clientSecret},
	});
	const heldNow = async () =>
		(await openProfiles({environment: env, now: Date.now, keychain: noKeychain})).secrets.get(
			'work',
			'access-token',
		);
	return {env: {...env, SANDBOX_URL: sandbox.urls.baseUrl}, app, heldNow};
}

/** A node program for the child, run as `node -e PROGRAM`. */
const child = (program: string) => [node, '-e', program];

describe('boxauth exec', () => {
	const sandbox = useSandbox();

	it('gives the command a token that works, under each name, and never prints it', async () => {
		const {env, app, heldNow} = await ccgProfile(sandbox());
		const {code, stdout, stderr} = await runBoxauthInProcess(
			[
				'exec',
				'--',
				...child(`
					const fs = require('node:fs');
					const token = process.env.BOX_DEVELOPER_TOKEN;
					const file = process.env.BOX_ACCESS_TOKEN_FILE;
					fetch(process.env.SANDBOX_URL + '/2.0/users/me', {headers: {authorization: 'Bearer ' + token}})
						.then((answer) => console.log(JSON.stringify({
							status: answer.status,
							same: process.env.BOX_ACCESS_TOKEN === token,
							inFile: fs.readFileSync(file, 'utf8') === token,
							mode: (fs.statSync(file).mode & 0o777).toString(8),
							folderMode: (fs.statSync(require('node:path').dirname(file)).mode & 0o777).toString(8),
							file,
							profile: process.env.BOXAUTH_PROFILE,
						})));
				`),
			],
			{env},
		);
		assert.equal(code, 0, stderr);
		const seen = JSON.parse(stdout) as Record<string, unknown>;
		assert.equal(seen['status'], 200, 'the sandbox takes the token');
		assert.equal(seen['same'], true, 'BOX_ACCESS_TOKEN holds the same token');
		assert.equal(seen['inFile'], true, 'BOX_ACCESS_TOKEN_FILE holds it, without a line break');
		assert.equal(seen['mode'], '600');
		assert.equal(seen['folderMode'], '700');
		assert.equal(seen['profile'], 'work', 'BOXAUTH_PROFILE names the profile for boxauth token');
		assert.equal(existsSync(String(seen['file'])), false, 'the token file is gone at exit');
		const held = await heldNow();
		assert.ok(held, 'the token got is stored, as boxauth token stores it');
		assertNoSecrets([stdout, stderr], [held, app.clientSecret], "exec's output");
	});

	it("exits with the command's exit code, or 128 and the signal that ended it", async () => {
		const {env} = await ccgProfile(sandbox());
		const failing = await runBoxauthInProcess(['exec', '--', ...child('process.exit(7)')], {env});
		assert.equal(failing.code, 7, failing.stderr);
		const killed = await runBoxauthInProcess(
			['exec', '--', ...child("process.kill(process.pid, 'SIGTERM')")],
			{env},
		);
		assert.equal(killed.code, 128 + 15, killed.stderr);
		const passed = await runBoxauthInProcess(
			[
				'exec',
				'--profile',
				'work',
				'--',
				...child('console.log(process.argv.slice(1).join())'),
				'--',
				'--profile',
				'x',
			],
			{env},
		);
		assert.equal(passed.code, 0, passed.stderr);
		assert.equal(passed.stdout, '--profile,x\n', "the words after -- are the command's alone");
	});

	it('passes SIGTERM, SIGINT and SIGHUP on to the command, and waits for it', async () => {
		const {env} = await ccgProfile(sandbox());
		const folder = mkdtempSync(path.join(tmpdir(), 'boxauth-exec-ready-'));
		after(() => {
			rmSync(folder, {recursive: true, force: true});
		});
		for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
			const ready = path.join(folder, signal);
			const running = runBoxauthInProcess(
				[
					'exec',
					'--',
					...child(`
						process.on('${signal}', () => { console.log('heard ${signal}'); process.exit(42); });
						require('node:fs').writeFileSync(${JSON.stringify(ready)}, '');
						setInterval(() => {}, 1000);
					`),
				],
				{env},
			);
			await waitFor(() => existsSync(ready));
			// To this test's own process: exec, running in it, passes it on and keeps running.
			process.kill(process.pid, signal);
			const {code, stdout, stderr} = await running;
			assert.equal(code, 42, stderr);
			assert.equal(stdout, `heard ${signal}\n`);
		}
	});

	it('holds a signal a renewal holds, and passes it on once when the renewal delivers it again', async () => {
		const {env} = await ccgProfile(sandbox());
		const folder = mkdtempSync(path.join(tmpdir(), 'boxauth-exec-held-'));
		after(() => {
			rmSync(folder, {recursive: true, force: true});
		});
		const ready = path.join(folder, 'ready');
		const running = runBoxauthInProcess(
			[
				'exec',
				'--',
				...child(`
					let heard = 0;
					process.on('SIGTERM', () => {
						heard++;
						if (heard === 1) setTimeout(() => { console.log('SIGTERM x' + heard); process.exit(42); }, 400);
					});
					require('node:fs').writeFileSync(${JSON.stringify(ready)}, '');
					setInterval(() => {}, 1000);
				`),
			],
			{env},
		);
		await waitFor(() => existsSync(ready));
		// An OAuth 2.0 renewal spending a refresh token holds the signal off, then delivers it
		// again once its answer is saved.
		await holdSignals(
			async () => {
				process.kill(process.pid, 'SIGTERM');
				await new Promise((resolve) => {
					setTimeout(resolve, 150);
				});
			},
			() => undefined,
		);
		const {code, stdout, stderr} = await running;
		assert.equal(code, 42, stderr);
		assert.equal(stdout, 'SIGTERM x1\n', 'the command had it once, not twice');
	});

	it('wants -- before the command, and a command after it: bad usage, exit 2', async () => {
		const {env} = await ccgProfile(sandbox());
		for (const args of [['exec', node, '-e', '0'], ['exec', 'ls'], ['exec']]) {
			const {code, stderr} = await runBoxauthInProcess(args, {env});
			assert.equal(code, 2, args.join(' '));
			assert.match(stderr, /boxauth exec needs -- before the command it runs/);
			assert.match(stderr, /boxauth exec \[--profile NAME\] -- COMMAND/);
		}

		const nothing = await runBoxauthInProcess(['exec', '--'], {env});
		assert.equal(nothing.code, 2);
		assert.match(nothing.stderr, /no command to run after --/);
		const before = await runBoxauthInProcess(['exec', 'node', '--', 'app.js'], {env});
		assert.equal(before.code, 2);
		assert.match(before.stderr, /nothing before it but its flags; got node before --/);
		const help = await runBoxauthInProcess(['exec', '--help'], {env});
		assert.equal(help.code, 0);
		assert.match(help.stdout, /BOX_ACCESS_TOKEN_FILE/);
	});

	it('says a command that is not found, and exits 127 as a shell does', async () => {
		const {env} = await ccgProfile(sandbox());
		const {code, stderr} = await runBoxauthInProcess(
			['exec', '--', 'boxauth-no-such-command', 'x'],
			{env},
		);
		assert.equal(code, 127);
		assert.match(stderr, /boxauth exec: boxauth-no-such-command: command not found/);
	});

	it('runs nothing when there is no token to give, and says why', async () => {
		const {env} = isolatedHome('boxauth-exec-none-');
		const {code, stderr} = await runBoxauthInProcess(['exec', '--', ...child('process.exit(9)')], {
			env,
		});
		assert.equal(code, 1, "not the command's 9: it did not run");
		assert.match(stderr, /No profiles yet/);
	});
});

describe('boxauth exec across a renewal (the sandbox issues 4-second tokens)', () => {
	const sandbox = useSandbox();

	it('renews the stored token while the command runs: the file and boxauth token give the new one', async () => {
		const answer = await control(sandbox(), '/lifetimes', {accessTokenSeconds: 4});
		assert.equal(answer.status, 200, answer.text);
		const {env, heldNow} = await ccgProfile(sandbox());
		// The command waits (at most 10 s) for the token in the file to change, then uses the new one.
		const {code, stdout, stderr} = await runBoxauthInProcess(
			[
				'exec',
				'--',
				...child(`
					const fs = require('node:fs');
					const file = process.env.BOX_ACCESS_TOKEN_FILE;
					const first = fs.readFileSync(file, 'utf8');
					const started = Date.now();
					const wait = setInterval(async () => {
						const now = fs.readFileSync(file, 'utf8');
						if (now === first && Date.now() - started < 10000) return;
						clearInterval(wait);
						const answer = await fetch(process.env.SANDBOX_URL + '/2.0/users/me', {headers: {authorization: 'Bearer ' + now}});
						console.log(JSON.stringify({first, env: process.env.BOX_DEVELOPER_TOKEN, now, status: answer.status, waited: Date.now() - started}));
					}, 50);
				`),
			],
			{env},
		);
		assert.equal(code, 0, stderr);
		assert.equal(stderr, '', 'no failure was said');
		const seen = JSON.parse(stdout) as Record<string, string | number>;
		assert.equal(seen['first'], seen['env'], 'the file first holds the token the command got');
		assert.notEqual(
			seen['now'],
			seen['first'],
			`renewed while it ran (waited ${seen['waited']} ms)`,
		);
		assert.equal(seen['status'], 200, 'the new token works');
		assert.equal(await heldNow(), seen['now'], 'the stored token is the new one');
		const token = await runBoxauthInProcess(['token', '--profile', 'work'], {env});
		assert.equal(token.code, 0, token.stderr);
		assert.equal(token.stdout, `${seen['now']}\n`, 'boxauth token gives it at once');
	});
});

/** Waits until `ready` holds, for at most 5 s. */
async function waitFor(ready: () => boolean): Promise<void> {
	const until = Date.now() + 5000;
	while (!ready()) {
		assert.ok(Date.now() < until, 'timed out waiting');
		await new Promise((resolve) => {
			setTimeout(resolve, 20);
		});
	}
}

describe('keepFresh: the renewal plan, on a clock the test moves', () => {
	const minute = 60_000;

	/** A token Box issued at `at` for an hour, as a profile records it. */
	const issued = (at: number, name = `token-${at}`): UsableToken => ({
		accessToken: name,
		expiresAt: at + 60 * minute,
		profile: aProfile('work', {tokens: {access: accessToken(at, 3600)}}),
	});

	function keeper(answers: Array<'ok' | 'fail'>, first?: UsableToken) {
		const clock = new FakeClock();
		const asked: number[] = [];
		const handed: string[] = [];
		const said: string[] = [];
		const keep: Keeper = keepFresh(first ?? issued(clock.now()), {
			clock,
			random: 0,
			async renew(): Promise<RenewedForUse> {
				asked.push(clock.now());
				if (answers.shift() === 'fail') {
					return {ok: false, exitCode: 4};
				}

				await new Promise((resolve) => {
					setImmediate(resolve);
				});
				return {ok: true, token: issued(clock.now()), renewed: true};
			},
			async onToken(token) {
				handed.push(token.accessToken);
			},
			say(line) {
				said.push(line);
			},
		});
		return {clock, asked, handed, said, keep};
	}

	const settle = async () => {
		for (let turn = 0; turn < 5; turn++) {
			await new Promise((resolve) => {
				setImmediate(resolve);
			});
		}
	};

	it('renews at four fifths of the life, hands each new token on, and again after that', async () => {
		const {clock, asked, handed, keep} = keeper(['ok', 'ok']);
		const start = clock.now();
		clock.advance(47 * minute);
		assert.deepEqual(asked, [], 'not before the plan says');
		clock.advance(minute + 1);
		await settle();
		assert.deepEqual(asked, [start + 48 * minute], 'at 48 minutes of the hour');
		assert.equal(handed.length, 1, 'the new token was handed on');
		clock.advance(48 * minute);
		await settle();
		assert.equal(asked.length, 2, 'and 48 minutes into the next token');
		await keep.stop();
		clock.advance(120 * minute);
		assert.equal(asked.length, 2, 'nothing after stop');
	});

	it('retries a failed renewal after 15 s, then 30 s, and says so', async () => {
		const {clock, asked, said, handed, keep} = keeper(['fail', 'fail', 'ok']);
		const start = clock.now();
		clock.advance(48 * minute);
		await settle();
		clock.advance(15_000);
		await settle();
		clock.advance(30_000);
		await settle();
		assert.deepEqual(asked, [
			start + 48 * minute,
			start + 48 * minute + 15_000,
			start + 48 * minute + 45_000,
		]);
		assert.equal(handed.length, 1, 'the third try was handed on');
		assert.match(said[0] ?? '', /keeps the token it gave the command, and tries again in 15 s/);
		assert.match(said[1] ?? '', /tries again in 30 s/);
		await keep.stop();
	});

	it('stop waits for a renewal under way to finish', async () => {
		const {clock, handed, keep} = keeper(['ok']);
		clock.advance(49 * minute);
		assert.equal(keep.renewing, true, 'a renewal is under way');
		await keep.stop();
		assert.equal(keep.renewing, false);
		assert.equal(handed.length, 1, 'its token was handed on before stop returned');
	});

	it('keeps nothing that nothing renews: a developer token', async () => {
		const clock = new FakeClock();
		const developer: UsableToken = {
			accessToken: 'dev',
			expiresAt: null,
			profile: aProfile('dev', {
				authType: 'developer-token',
				tokens: {developer: {kind: 'developer', issuedAt: clock.now(), expiresAt: null}},
			}),
		};
		let asked = 0;
		const keep = keepFresh(developer, {
			clock,
			random: 0,
			async renew(): Promise<RenewedForUse> {
				asked++;
				return {ok: false, exitCode: 3};
			},
			onToken: async () => undefined,
			say: () => undefined,
		});
		clock.advance(24 * 60 * minute);
		assert.equal(asked, 0);
		assert.equal(clock.pending, 0, 'no timer left');
		await keep.stop();
	});
});

describe('boxauth exec, built, in a process of its own', () => {
	// A developer token from the environment: no config folder and no request to Box.
	const env = {
		BOXAUTH_AUTH_TYPE: 'developer',
		BOXAUTH_DEVELOPER_TOKEN: 'dEvEl0perT0kenFromTheEnvironment',
	};

	it('shares its terminal streams with the command and passes SIGTERM on (npm run build first)', async (context) => {
		if (!existsSync(cliPath)) {
			context.skip('dist/cli.js is not built');
			return;
		}

		const run = runCli(
			[
				'exec',
				'--',
				node,
				'-e',
				`process.on('SIGTERM', () => { console.error('heard SIGTERM'); process.exit(42); });
				const fs = require('node:fs');
				// boxauth's own stdout, not a pipe of its making: the same open file (Linux shows it in /proc).
				const shared = !fs.existsSync('/proc/self/fd') || fs.readlinkSync('/proc/self/fd/1') === fs.readlinkSync('/proc/' + process.ppid + '/fd/1');
				console.log(String(process.env.BOX_DEVELOPER_TOKEN.length), shared);
				setInterval(() => {}, 1000);`,
			],
			{env},
		);
		assert.equal(await run.firstLine, '32 true', 'the token, on the stdout boxauth was given');
		run.child.kill('SIGTERM');
		const {code, stderr, stdout} = await run.done;
		assert.equal(code, 42, stderr);
		assert.equal(stderr, 'heard SIGTERM\n');
		assert.doesNotMatch(stdout + stderr, /dEvEl0perT0ken/, 'the token is never printed');
	});
});
