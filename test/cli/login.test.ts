import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {fakeBrowser} from '../helpers/fake-browser.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {useRunningSandbox} from '../helpers/running-sandbox.js';

// The second day: a profile's login renewed in place, against a `boxauth sandbox` kept running
// in the same config folder, which the profile's commands use and the test asks about old tokens.
// The sandbox is a process of its own; the commands run in this one, in its config folder.

describe('boxauth login: a new login in place of the old one', () => {
	const runningSandbox = useRunningSandbox('boxauth-login-');

	async function besideSandbox() {
		const {described, env} = await runningSandbox();
		const boxauth = async (
			args: string[],
			options: {stdin?: string; env?: Record<string, string>} = {},
		) => runBoxauthInProcess(args, {env: {...env, ...options.env}, stdin: options.stdin ?? ''});
		const tokenOf = async (profile: string) => {
			const run = await boxauth(['token', '--profile', profile]);
			assert.equal(run.code, 0, run.stderr);
			return run.stdout.trim();
		};

		const usersMe = async (token: string) =>
			(
				await fetch(`${described.baseUrl}/2.0/users/me`, {
					headers: {authorization: `Bearer ${token}`},
				})
			).status;
		return {boxauth, tokenOf, usersMe};
	}

	it('gives a CCG profile a new token and revokes the one it held', async () => {
		const {boxauth, tokenOf, usersMe} = await besideSandbox();
		const made = await boxauth(['setup', '--sandbox', '--auth-type', 'ccg', '--profile', 'work']);
		assert.equal(made.code, 0, made.stderr);
		const old = await tokenOf('work');
		const login = await boxauth(['login', '--profile', 'work']);
		assert.equal(login.code, 0, login.stderr);
		assert.match(login.stdout, /Saved profile work \(Client Credentials Grant/);
		const fresh = await tokenOf('work');
		assert.notEqual(fresh, old);
		assert.equal(await usersMe(old), 401, 'the old token is revoked');
		assert.equal(await usersMe(fresh), 200);
	});

	it('signs an OAuth 2.0 profile in again and revokes the old login', async () => {
		const {boxauth, tokenOf, usersMe} = await besideSandbox();
		const browser = {BROWSER: fakeBrowser('grant')};
		const made = await boxauth(['setup', '--sandbox', '--auth-type', 'oauth', '--profile', 'me'], {
			env: browser,
		});
		assert.equal(made.code, 0, made.stderr);
		const old = await tokenOf('me');
		const login = await boxauth(['login'], {env: browser});
		assert.equal(login.code, 0, login.stderr);
		assert.match(login.stderr, /Sign in to Box in a browser/);
		assert.match(login.stdout, /Saved profile me \(OAuth 2\.0/);
		const fresh = await tokenOf('me');
		assert.notEqual(fresh, old);
		assert.equal(await usersMe(old), 401, 'the old login is revoked');
		assert.equal(await usersMe(fresh), 200);
	});

	it('after boxauth revoke, token and status say to log in again with the command, and login does', async () => {
		const {boxauth, tokenOf} = await besideSandbox();
		const browser = {BROWSER: fakeBrowser('grant')};
		const made = await boxauth(['setup', '--sandbox', '--auth-type', 'oauth', '--profile', 'me'], {
			env: browser,
		});
		assert.equal(made.code, 0, made.stderr);
		const revoked = await boxauth(['revoke', '--profile', 'me']);
		assert.match(revoked.stdout, /Log in again with `boxauth login --profile me`/);
		const token = await boxauth(['token', '--profile', 'me']);
		assert.equal(token.code, 3, 'a person must log in again');
		assert.equal(token.stdout, '');
		assert.match(token.stderr, /holds no login: it was revoked .*boxauth login --profile me/);
		const status = await boxauth(['status', '--profile', 'me']);
		assert.match(
			status.stdout,
			/It holds no login: it was revoked.*\n.*\n.*Log in again: boxauth login --profile me/,
		);
		assert.equal((await boxauth(['login', '--profile', 'me'], {env: browser})).code, 0);
		assert.match(await tokenOf('me'), /^\S{20,}$/);
	});

	it('takes a developer token pasted again, and keeps no secret of the old one', async () => {
		const {boxauth, tokenOf} = await besideSandbox();
		const made = await boxauth([
			'setup',
			'--sandbox',
			'--auth-type',
			'developer',
			'--profile',
			'dev',
		]);
		assert.equal(made.code, 0, made.stderr);
		const old = await tokenOf('dev');
		const minted = await boxauth([
			'setup',
			'--sandbox',
			'--auth-type',
			'developer',
			'--profile',
			'spare',
		]);
		assert.equal(minted.code, 0, minted.stderr);
		const pasted = await tokenOf('spare');
		const login = await boxauth(['login', '--profile', 'dev', '--token-stdin'], {
			stdin: `${pasted}\n`,
		});
		assert.equal(login.code, 0, login.stderr);
		assert.equal(await tokenOf('dev'), pasted);
		assert.notEqual(pasted, old);
	});

	it('says which profiles there are when the name matches none', async () => {
		const {boxauth} = await besideSandbox();
		const login = await boxauth(['login', '--profile', 'nobody']);
		assert.equal(login.code, 1);
		assert.match(login.stderr, /no profile named nobody/);
	});

	it('keeps the auth type: another one means removing the profile first', async () => {
		const {boxauth} = await besideSandbox();
		assert.equal(
			(await boxauth(['setup', '--sandbox', '--auth-type', 'ccg', '--profile', 'work'])).code,
			0,
		);
		const other = await boxauth(['setup', '--profile', 'work', '--auth-type', 'jwt']);
		assert.equal(other.code, 2);
		assert.match(
			other.stderr,
			/work is a Client Credentials Grant profile; .*boxauth profiles remove work/,
		);
		assert.equal((await boxauth(['setup', '--sandbox', '--auth-type', 'developer'])).code, 0);
		const offered = await boxauth(['setup', '--sandbox', '--auth-type', 'developer']);
		assert.equal(offered.code, 2, 'a script never replaces a profile it did not name');
		assert.match(
			offered.stderr,
			/A profile named developer exists: --profile developer logs in to it again/,
		);
	});
});
