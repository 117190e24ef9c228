import assert from 'node:assert/strict';
import {execFile, spawnSync} from 'node:child_process';
import {describe, it} from 'node:test';
import {promisify} from 'node:util';
import {refreshAccessToken} from '../../source/box/oauth.js';
import {connectTo} from '../helpers/box-connection-fixture.js';
import {oauthProfileDueForRenewal, tokenWorks} from '../helpers/oauth-profile.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {cliPath, runCli} from '../helpers/run-cli.js';
import {appOfType, useSandbox} from '../helpers/sandbox-fixture.js';

const execFileAsync = promisify(execFile);

describe('token renewal across boxauth processes (OAuth, refresh token rotation)', () => {
	const sandbox = useSandbox();
	const oauthProfile = async () => oauthProfileDueForRenewal(sandbox());
	const usersMe = async (token: string) => tokenWorks(sandbox(), token);

	it('two processes asking at the same moment both get a working token, and the refresh token still works', async () => {
		const setup = await oauthProfile();
		const [first, second] = await Promise.all([
			runCli(['token', '--profile', 'work'], {env: setup.environment}).done,
			runCli(['token', '--profile', 'work'], {env: setup.environment}).done,
		]);
		assert.equal(first.code, 0, first.stderr);
		assert.equal(second.code, 0, second.stderr);
		assert.equal(
			first.stdout,
			second.stdout,
			'the second process used the token the first renewed',
		);
		assert.equal(await usersMe(first.stdout.trim()), true, 'the token works');

		const stored = await setup.refreshTokenNow();
		const app = appOfType(sandbox(), 'Demo OAuth App');
		const connection = connectTo(sandbox());
		const again = await refreshAccessToken(connection, app, stored ?? '');
		assert.equal(again.ok, true, 'the stored refresh token was not spent twice');
	});

	it('a process killed in the middle of a renewal loses nothing: the next one renews', async () => {
		const setup = await oauthProfile();
		const before = await setup.refreshTokenNow();
		// Box never answers this renewal, so the old refresh token is still good when it dies.
		await fetch(`${sandbox().urls.baseUrl}/_sandbox/faults`, {
			method: 'POST',
			body: JSON.stringify({kind: 'hang', path: '/oauth2/token'}),
		});
		const killed = runCli(['token', '--profile', 'work'], {env: setup.environment});
		await new Promise((resolve) => {
			setTimeout(resolve, 800);
		});
		killed.child.kill('SIGKILL');
		assert.equal((await killed.done).signal, 'SIGKILL');

		const next = await runCli(['token', '--profile', 'work'], {
			env: setup.environment,
			timeoutMs: 20_000,
		}).done;
		assert.equal(next.code, 0, next.stderr);
		assert.equal(await usersMe(next.stdout.trim()), true);
		assert.notEqual(await setup.refreshTokenNow(), before, 'the rotated refresh token was stored');
	});

	it('a fresh held token is printed without any request to Box', async () => {
		const setup = await oauthProfile();
		const renewed = await runBoxauthInProcess(['token', '--profile', 'work'], {
			env: setup.environment,
		});
		assert.equal(renewed.code, 0, renewed.stderr);
		await fetch(`${sandbox().urls.baseUrl}/_sandbox/faults`, {
			method: 'POST',
			body: JSON.stringify({kind: 'status', status: 500, count: 5}),
		});
		const cached = await runBoxauthInProcess(['token', '--profile', 'work', '--format', 'header'], {
			env: setup.environment,
		});
		await fetch(`${sandbox().urls.baseUrl}/_sandbox/faults`, {method: 'DELETE'});
		assert.equal(cached.code, 0, cached.stderr);
		assert.equal(cached.stdout, `Authorization: Bearer ${renewed.stdout.trim()}\n`);
	});

	it('prints BOXAUTH_ACCESS_TOKEN as given, with no expiry it cannot know, and refuses one that is no token', async () => {
		const setup = await oauthProfile();
		const given = 'Q2w3E4r5T6y7U8i9O0p1A2s3D4f5G6h7';
		const json = await runBoxauthInProcess(['token', '--profile', 'work', '--format', 'json'], {
			env: {...setup.environment, BOXAUTH_ACCESS_TOKEN: given},
		});
		assert.equal(json.code, 0, json.stderr);
		const printed = JSON.parse(json.stdout) as {accessToken: string; expiresAt: unknown};
		assert.equal(printed.accessToken, given);
		assert.equal(printed.expiresAt, null, "the stored token's times say nothing of it");
		const garbage = await runBoxauthInProcess(['token', '--profile', 'work'], {
			env: {...setup.environment, BOXAUTH_ACCESS_TOKEN: 'not a token'},
		});
		assert.equal(garbage.code, 2);
		assert.equal(garbage.stdout, '');
		assert.match(garbage.stderr, /BOXAUTH_ACCESS_TOKEN is set, but it is no token/);
	});

	it('the documented curl line works through a real shell: curl $(boxauth token --format curl) URL', async (t) => {
		if (spawnSync('curl', ['--version']).error) {
			t.skip('curl is not installed here');
			return;
		}

		const setup = await oauthProfile();
		const url = `${sandbox().urls.baseUrl}/2.0/users/me`;
		// Not spawnSync: the sandbox answers from this very process.
		const shell = await execFileAsync(
			'sh',
			[
				'-c',
				`curl -s -o /dev/null -w '%{http_code}' $("${process.execPath}" "${cliPath}" token --profile work --format curl) '${url}'`,
			],
			{env: {...process.env, ...setup.environment}, timeout: 30_000},
		);
		assert.equal(shell.stdout, '200', shell.stderr);
	});
});
