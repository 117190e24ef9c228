import assert from 'node:assert/strict';
import {mkdtemp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, it, type TestContext} from 'node:test';
import {
	type SavedSandboxOptions,
	startSavedSandbox,
} from '../../source/commands/shared/connect-profile.js';
import {loadSandboxState} from '../../source/profiles/sandbox-state-file.js';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {appOfType, call, oauthLoginAs, postForm} from '../helpers/sandbox-fixture.js';

// Two boxauth processes on a sandbox profile, with no `boxauth sandbox` running, each start the
// saved sandbox in-process over one sandbox.json. Two sandboxes started here over one config
// folder race the same way: each must see what the other issued, and keep it.

async function twoSandboxes(t: TestContext, options: Array<Omit<SavedSandboxOptions, 'report'>>) {
	const configDir = await mkdtemp(path.join(tmpdir(), 'boxauth-shared-state-'));
	const troubles: string[] = [];
	const sandboxes: RunningSandbox[] = [];
	for (const each of options) {
		const {sandbox} = await startSavedSandbox(configDir, {
			...each,
			report: (text) => troubles.push(text),
		});
		sandboxes.push(sandbox);
		t.after(() => sandbox.close());
	}

	return {sandboxes, configDir, troubles};
}

/** An OAuth 2.0 login as Milo through the consent form; returns the refresh token. */
const login = async (sandbox: RunningSandbox) =>
	String((await oauthLoginAs(sandbox, 'Milo Member'))['refresh_token']);

const refresh = (sandbox: RunningSandbox, refreshToken: string) => {
	const app = appOfType(sandbox, 'Demo OAuth App');
	return postForm(sandbox, '/oauth2/token', {
		grant_type: 'refresh_token',
		client_id: app.clientId,
		client_secret: app.clientSecret,
		refresh_token: refreshToken,
	});
};

const usersMe = async (sandbox: RunningSandbox, token: string) =>
	(
		await call(`${sandbox.urls.baseUrl}/2.0/users/me`, {
			headers: {authorization: `Bearer ${token}`},
		})
	).status;

/**
 * Three refresh chains rotating at once for some rounds, each round through the other sandbox
 * than the round before: every refresh spends a token the other sandbox issued.
 */
async function rotateInterleaved(sandboxes: RunningSandbox[], rounds: number) {
	const chains = await Promise.all(
		[0, 1, 2].map(async (index) => ({
			refreshToken: await login(sandboxes[index % 2] as RunningSandbox),
		})),
	);
	const issued: Array<{accessToken: string; by: number}> = [];
	for (let round = 0; round < rounds; round++) {
		await Promise.all(
			chains.map(async (chain, index) => {
				const by = (round + index) % 2;
				const answer = await refresh(sandboxes[by] as RunningSandbox, chain.refreshToken);
				assert.equal(answer.status, 200, `round ${round}, chain ${index}: ${answer.text}`);
				chain.refreshToken = String(answer.json?.['refresh_token']);
				issued.push({accessToken: String(answer.json?.['access_token']), by});
			}),
		);
	}

	return {chains, issued};
}

describe('two sandboxes sharing one saved state, as two boxauth processes do', () => {
	it('start from the same state: the second reads what the first seeded', async (t) => {
		const {sandboxes} = await twoSandboxes(t, [{}, {}]);
		const [first, second] = sandboxes as [RunningSandbox, RunningSandbox];
		assert.deepEqual(second.describe().apps, first.describe().apps);
		await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
	});

	for (const [mode, options] of [
		['two sandboxes inside commands', [{}, {}]],
		['a sandbox inside a command beside a running `boxauth sandbox`', [{}, {writeIntervalMs: 200}]],
	] as const) {
		it(`${mode}: interleaved rotations lose no token and spend none twice`, async (t) => {
			const started = await twoSandboxes(t, [...options]);
			const {sandboxes} = started;
			const {chains, issued} = await rotateInterleaved(sandboxes, 6);

			for (const {accessToken, by} of issued) {
				assert.equal(await usersMe(sandboxes[1 - by] as RunningSandbox, accessToken), 200);
			}

			// A refresh token spent through one is spent for the other too.
			const [first, second] = sandboxes as [RunningSandbox, RunningSandbox];
			const spent = chains[0]?.refreshToken ?? '';
			assert.equal((await refresh(first, spent)).status, 200);
			const again = await refresh(second, spent);
			assert.equal(again.status, 400);
			assert.equal(again.json?.['error_description'], 'Refresh token has expired');

			await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
			const {state} = await loadSandboxState(started.configDir);
			assert.ok(state, 'the state was saved');
			for (const {accessToken} of issued) {
				assert.ok(state.accessTokens[accessToken], 'every token issued is in the saved state');
			}

			for (const chain of chains.slice(1)) {
				assert.equal(
					state.refreshTokens[chain.refreshToken]?.used,
					false,
					'the last refresh token',
				);
			}

			assert.deepEqual(started.troubles, []);
		});
	}

	it('a change made through one shows in the other at once: the clock and the admin', async (t) => {
		const {sandboxes} = await twoSandboxes(t, [{}, {writeIntervalMs: 200}]);
		const [first, second] = sandboxes as [RunningSandbox, RunningSandbox];
		const ccg = appOfType(first, 'Demo CCG App');
		const moved = await call(`${first.urls.baseUrl}/_sandbox/clock`, {
			method: 'POST',
			headers: {'content-type': 'application/json'},
			body: JSON.stringify({offsetSeconds: 3600}),
		});
		assert.equal(moved.status, 200, moved.text);
		const deauthorized = await call(
			`${second.urls.baseUrl}/_sandbox/apps/${ccg.clientId}/deauthorize`,
			{method: 'POST', headers: {'content-type': 'application/json'}, body: '{}'},
		);
		assert.equal(deauthorized.status, 200);
		const described = await call(`${first.urls.baseUrl}/_sandbox`);
		const apps = described.json?.['apps'] as Array<{clientId: string; authorized: boolean}>;
		assert.equal(apps.find((app) => app.clientId === ccg.clientId)?.authorized, false);
		const date = (await call(`${second.urls.baseUrl}/2.0/users/me`)).headers.get('date');
		assert.ok(Date.parse(date ?? '') > Date.now() + 3500_000, `the moved clock: ${date}`);
		await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
	});
});
