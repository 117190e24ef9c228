import assert from 'node:assert/strict';
import {readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {setTimeout as delay} from 'node:timers/promises';
import {refreshAccessToken} from '../../source/box/oauth.js';
import {openProfiles, type Profiles} from '../../source/profiles/open-profiles.js';
import type {SecretStore} from '../../source/profiles/secret-store.js';
import {renewAccessToken} from '../../source/tokens/renew-access-token.js';
import {accessToken} from '../../source/tokens/token-lifetimes.js';
import {connectTo} from '../helpers/box-connection-fixture.js';
import {oauthProfileDueForRenewal, renewWorkIn, tokenWorks} from '../helpers/oauth-profile.js';
import {runCli} from '../helpers/run-cli.js';
import {appOfType, useSandbox} from '../helpers/sandbox-fixture.js';

// A refresh token works once: whatever happens during a renewal, the login must still work
// afterwards. Each test ends by asking Box (the sandbox) whether it does.

const journals = (configDir: string) => {
	try {
		return readdirSync(path.join(configDir, 'pending-renewals'));
	} catch {
		return [];
	}
};

describe('a login survives what happens while it is renewed', () => {
	const sandbox = useSandbox();
	const control = async (route: string, body: unknown, method = 'POST') =>
		fetch(`${sandbox().urls.baseUrl}/_sandbox${route}`, {
			method,
			headers: {'content-type': 'application/json'},
			body: JSON.stringify(body),
		});

	const renewIn = async (profiles: Profiles) => renewWorkIn(sandbox(), profiles);

	/** The next `boxauth token` prints a token Box takes: the login survived. */
	async function loginWorks(environment: Record<string, string>): Promise<boolean> {
		const next = await runCli(['token', '--profile', 'work'], {env: environment, timeoutMs: 30_000})
			.done;
		return next.code === 0 && (await tokenWorks(sandbox(), next.stdout.trim()));
	}

	for (const [code, words] of [
		['ENOSPC', /the disk is full/],
		['EROFS', /read-only|EROFS/],
	] as const) {
		it(`keeps Box's answer when saving it fails (${code}), uses the new token, and the next run finishes the save`, async () => {
			const setup = await oauthProfileDueForRenewal(sandbox());
			const profiles = await openProfiles({environment: setup.environment, now: Date.now});
			const refusing: SecretStore = {
				...profiles.secrets,
				async set(profile, name, value) {
					if (name === 'refresh-token') {
						throw Object.assign(new Error(`${code}: cannot write`), {code});
					}

					return profiles.secrets.set(profile, name, value);
				},
			};
			const outcome = await renewIn({...profiles, secrets: refusing});
			assert.ok(outcome.ok, 'the renewal itself worked');
			assert.match(outcome.unsaved ?? '', words);
			assert.match(outcome.unsaved ?? '', /pending-renewals/, 'says where the tokens are kept');
			assert.ok(await tokenWorks(sandbox(), outcome.accessToken), 'the new token is used');
			assert.equal(journals(setup.configDir).length, 1, 'the journal stays');
			assert.equal(await loginWorks(setup.environment), true, 'the login survived');
			assert.deepEqual(journals(setup.configDir), [], 'the save was finished');
		});
	}

	it('does not spend the refresh token when it could not save the answer', async () => {
		const setup = await oauthProfileDueForRenewal(sandbox());
		const before = await setup.refreshTokenNow();
		// A file where the journal folder should be: the journal cannot be made.
		writeFileSync(path.join(setup.configDir, 'pending-renewals'), '');
		const failed = await runCli(['token', '--profile', 'work'], {env: setup.environment}).done;
		assert.equal(failed.code, 1);
		assert.match(failed.stderr, /did not renew the login of work/);
		assert.match(failed.stderr, /The login is untouched/);
		assert.doesNotMatch(failed.stderr, /\n\s+at /, 'no stack trace');
		const app = appOfType(sandbox(), 'Demo OAuth App');
		const unspent = await refreshAccessToken(connectTo(sandbox()), app, before ?? '');
		assert.equal(unspent.ok, true, 'the stored refresh token was never sent');
	});

	it('a run killed after Box answered leaves the answer, and the next run stores it', async () => {
		const setup = await oauthProfileDueForRenewal(sandbox());
		const profiles = await openProfiles({environment: setup.environment, now: Date.now});
		// As kill -9 would leave it: the journal written, nothing stored.
		const dying: SecretStore = {
			...profiles.secrets,
			async set() {
				throw Object.assign(new Error('killed'), {code: 'EKILLED'});
			},
		};
		const outcome = await renewIn({...profiles, secrets: dying});
		assert.ok(outcome.ok);
		assert.equal(journals(setup.configDir).length, 1);
		assert.equal(await loginWorks(setup.environment), true);
	});

	it('a renewal Box answers after the client would have given up is waited for', async () => {
		const setup = await oauthProfileDueForRenewal(sandbox());
		const profiles = await openProfiles({environment: setup.environment, now: Date.now});
		await control('/faults', {kind: 'latency', latencyMs: 1500, path: '/oauth2/token'});
		const outcome = await renewAccessToken(
			{
				profiles,
				now: Date.now,
				random: () => 0.5,
				connect: async () => {
					// A total timeout far shorter than Box's answer.
					const connection = connectTo(sandbox(), {timeouts: {connectMs: 1000, totalMs: 200}});
					return {connection, close: async () => undefined};
				},
			},
			'work',
		);
		assert.ok(outcome.ok, 'the answer was waited for');
		assert.ok(await tokenWorks(sandbox(), outcome.accessToken));
		assert.equal(await loginWorks(setup.environment), true);
	});

	it('profiles remove during a renewal waits for it, and leaves nothing of the login behind', async () => {
		const setup = await oauthProfileDueForRenewal(sandbox());
		await control('/faults', {kind: 'latency', latencyMs: 1000, path: '/oauth2/token'});
		const renewing = runCli(['token', '--profile', 'work'], {env: setup.environment});
		await delay(500);
		const removed = await runCli(['profiles', 'remove', 'work'], {env: setup.environment}).done;
		assert.equal(removed.code, 0, removed.stderr);
		assert.equal((await renewing.done).code, 0);
		const after = await openProfiles({environment: setup.environment, now: Date.now});
		assert.equal(after.settings.profiles['work'], undefined, 'the profile stays removed');
		assert.deepEqual(await after.secrets.where('work'), {}, 'and so do its secrets');
		assert.deepEqual(journals(setup.configDir), []);
	});

	it('a run paused past its lock still saves what Box answered; the run that took over loses nothing', async () => {
		const setup = await oauthProfileDueForRenewal(sandbox());
		await control('/faults', {kind: 'latency', latencyMs: 1500, path: '/oauth2/token'});
		const paused = runCli(['token', '--profile', 'work'], {
			env: setup.environment,
			timeoutMs: 60_000,
		});
		await delay(700);
		paused.child.kill('SIGSTOP');
		// Past the lock's 5 s: another run takes it and spends the same, now rotated, token.
		await delay(6000);
		const other = await runCli(['token', '--profile', 'work'], {
			env: setup.environment,
			timeoutMs: 30_000,
		}).done;
		assert.doesNotMatch(other.stderr, /\n\s+at /, 'no stack trace');
		paused.child.kill('SIGCONT');
		const woken = await paused.done;
		assert.equal(woken.code, 0, woken.stderr);
		assert.ok(await tokenWorks(sandbox(), woken.stdout.trim()), 'the paused run saved its token');
		assert.equal(await loginWorks(setup.environment), true, 'the login survived');
	});

	for (const fault of [
		{kind: 'status', status: 503, count: 10},
		{kind: 'drop', count: 10},
	] as const) {
		it(`prints the token it holds, and warns, when a renewal ahead of expiry meets ${fault.kind === 'drop' ? 'a dropped connection' : 'a 503'}`, async () => {
			const setup = await oauthProfileDueForRenewal(sandbox());
			const fresh = await runCli(['token', '--profile', 'work'], {env: setup.environment}).done;
			assert.equal(fresh.code, 0, fresh.stderr);
			// Four minutes left: due for renewal, still good.
			const profiles = await openProfiles({environment: setup.environment, now: Date.now});
			const profile = profiles.settings.profiles['work'];
			assert.ok(profile);
			await (await profiles.settingsStore()).save({
				...profile,
				tokens: {...profile.tokens, access: accessToken(Date.now() - 56 * 60_000, 3600)},
			});
			await control('/faults', {...fault, path: '/oauth2/token'});
			try {
				const held = await runCli(['token', '--profile', 'work'], {
					env: setup.environment,
					timeoutMs: 60_000,
				}).done;
				assert.equal(held.code, 0, held.stderr);
				assert.equal(held.stdout, fresh.stdout, 'the token it holds');
				assert.match(
					held.stderr,
					/The renewal failed, so boxauth prints the token it holds, which works for [34] more minutes/,
				);
			} finally {
				await control('/faults', {}, 'DELETE');
			}
		});
	}
});
