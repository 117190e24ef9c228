import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {describe, it} from 'node:test';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {runCli} from '../helpers/run-cli.js';

const packageJson = JSON.parse(
	readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as {version: string};

describe('boxauth without a terminal', () => {
	it('prints help listing every command, and exits 0', async () => {
		const {code, stdout, stderr} = await runBoxauthInProcess(['--help']);
		assert.equal(code, 0);
		assert.equal(stderr, '');
		for (const command of [
			'token',
			'profiles',
			'status',
			'explain',
			'doctor',
			'revoke',
			'sandbox',
		]) {
			assert.match(stdout, new RegExp(`\\n {4}${command} +\\S`), `help lists ${command}`);
		}

		assert.match(stdout, /--sandbox/);
	});

	it('prints help for one command with its flags and an example', async () => {
		const {code, stdout} = await runBoxauthInProcess(['sandbox', '--help']);
		assert.equal(code, 0);
		for (const flag of ['--port N', '--host ADDRESS', '--json']) {
			assert.ok(stdout.includes(flag), `help names ${flag}`);
		}

		assert.match(stdout, /Examples\n\s+\$ boxauth sandbox/);
	});

	// A whole start of the built CLI: its version is found from dist/, not from source/.
	it('prints the version from package.json', async () => {
		const {code, stdout} = await runCli(['--version']).done;
		assert.equal(code, 0);
		assert.equal(stdout.trim(), packageJson.version);
	});

	for (const [args, message] of [
		[['--bogus'], /Unknown option --bogus for boxauth\. Run boxauth --help/],
		[
			['sandbox', '--bogus'],
			/Unknown option --bogus for boxauth sandbox\. Run boxauth sandbox --help/,
		],
		[['-x'], /Unknown option -x for boxauth/],
		[['nope'], /Unknown command "nope"\. Run boxauth --help/],
		[['sandbox', 'extra'], /takes no arguments, but was given: extra/],
		[['sandbox', '--port', 'abc'], /--port takes a whole number from 0 to 65535/],
		[['sandbox', '--port', '70000'], /--port takes a whole number from 0 to 65535/],
		[['--json'], /Unknown option --json for boxauth\./],
		[[], /boxauth needs a terminal for its interactive screens/],
	] as const) {
		it(`exits 2 with a message for: boxauth ${args.join(' ')}`, async () => {
			const {code, stdout, stderr} = await runBoxauthInProcess([...args]);
			assert.equal(code, 2);
			assert.equal(stdout, '');
			assert.match(stderr, message);
			assert.doesNotMatch(stderr, /\u001B\[/, 'no escape codes on a pipe');
		});
	}
});

describe('boxauth sandbox', () => {
	it('prints one JSON line describing the sandbox, serves it, and exits 130 on SIGINT', async () => {
		const run = runCli(['sandbox', '--json']);
		const sandbox = JSON.parse(await run.firstLine) as {
			baseUrl: string;
			uploadUrl: string;
			authorizeUrl: string;
			enterprise: {id: string; name: string};
			users: Array<{id: string; name: string; login: string; role: string}>;
			developerToken: string;
			apps: Array<{
				name: string;
				authType: string;
				authorized: boolean;
				clientId: string;
				clientSecret: string;
			}>;
		};
		assert.match(sandbox.baseUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
		assert.equal(sandbox.uploadUrl, `${sandbox.baseUrl}/api`);
		assert.equal(sandbox.authorizeUrl, `${sandbox.baseUrl}/api/oauth2/authorize`);
		assert.deepEqual(
			new Set(sandbox.apps.map((app) => app.authType)),
			new Set(['ccg', 'jwt', 'oauth', 'app_token']),
		);
		assert.ok(
			sandbox.apps.some((app) => !app.authorized),
			'an app waits for the admin',
		);
		assert.ok(sandbox.users.some((user) => user.role === 'admin'));

		const me = await fetch(`${sandbox.baseUrl}/2.0/users/me`, {
			headers: {authorization: `Bearer ${sandbox.developerToken}`},
		});
		assert.equal(me.status, 200);

		run.child.kill('SIGINT');
		const {code} = await run.done;
		assert.equal(code, 130);
	});

	it('prints a readable summary and exits 143 on SIGTERM', async () => {
		const run = runCli(['sandbox', '--port', '0']);
		assert.match(
			await run.firstLine,
			/^Box sandbox listening on http:\/\/127\.0\.0\.1:\d+ \(Ctrl\+C stops it\)\.$/,
		);
		run.child.kill('SIGTERM');
		const {code, stdout} = await run.done;
		assert.equal(code, 143);
		assert.match(stdout, /Pending CCG App\s+Client Credentials Grant\s+no, waiting for the admin/);
		assert.match(stdout, /Demo JWT App console config \(JSON\)/);
	});

	it('says which port is taken, and exits 1', async () => {
		const blocker = createServer();
		await new Promise<void>((resolve) => {
			blocker.listen(0, '127.0.0.1', resolve);
		});
		const {port} = blocker.address() as {port: number};
		try {
			const {code, stderr} = await runBoxauthInProcess(['sandbox', '--port', String(port)]);
			assert.equal(code, 1);
			assert.match(
				stderr,
				new RegExp(`Port ${port} is already in use\\. Choose another with --port`),
			);
		} finally {
			blocker.close();
		}
	});
});
