import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import {
	authorizeUrl,
	createState,
	exchangeCode,
	refreshAccessToken,
} from '../../source/box/oauth.js';
import {openConnection} from '../../source/box/open-connection.js';
import {getCurrentUser} from '../../source/box/users-me.js';
import {openProfiles} from '../../source/profiles/open-profiles.js';
import type {Profile} from '../../source/profiles/profile.js';
import {accessToken, refreshToken} from '../../source/tokens/token-lifetimes.js';
import {connectTo, consentAs} from '../helpers/box-connection-fixture.js';
import {runCli} from '../helpers/run-cli.js';
import {appOfType, useSandbox} from '../helpers/sandbox-fixture.js';

type Setup = {environment: Record<string, string>; refreshTokenNow(): Promise<string | undefined>};

describe('token renewal across boxauth processes (OAuth, refresh token rotation)', () => {
	const sandbox = useSandbox();

	/** An OAuth profile whose access token is already past its renewal time. */
	async function oauthProfileDueForRenewal(): Promise<Setup> {
		const configHome = mkdtempSync(path.join(tmpdir(), 'boxauth-renewal-'));
		const environment = {XDG_CONFIG_HOME: configHome, HOME: configHome};
		const app = appOfType(sandbox(), 'Demo OAuth App');
		const admin = sandbox()
			.describe()
			.users.find((user) => user.role === 'admin');
		const connection = connectTo(sandbox());
		const redirectUri = 'http://localhost:3000/callback';
		const query = await consentAs(
			authorizeUrl(connection, {clientId: app.clientId, redirectUri, state: createState()}),
			admin?.id ?? '',
		);
		const issued = await exchangeCode(connection, app, {code: query.get('code') ?? ''});
		assert.ok(issued.ok, 'the login worked');
		const longAgo = Date.now() - 2 * 60 * 60 * 1000;
		const profiles = await openProfiles({environment, now: Date.now});
		const profile: Profile = {
			name: 'work',
			authType: 'oauth',
			urls: {
				apiUrl: sandbox().urls.baseUrl,
				uploadUrl: sandbox().urls.uploadUrl,
				authorizeUrl: sandbox().urls.authorizeUrl,
			},
			sandbox: false,
			clientId: app.clientId,
			tokens: {access: accessToken(longAgo, 3600), refresh: refreshToken(longAgo)},
			secretLocation: 'file',
			createdAt: longAgo,
		};
		await (await profiles.settingsStore()).save(profile);
		await profiles.secrets.set('work', 'client-secret', app.clientSecret);
		await profiles.secrets.set('work', 'access-token', issued.value.accessToken);
		await profiles.secrets.set('work', 'refresh-token', issued.value.refreshToken ?? '');
		return {
			environment,
			async refreshTokenNow() {
				const reread = await openProfiles({environment, now: Date.now});
				return reread.secrets.get('work', 'refresh-token');
			},
		};
	}

	const usersMe = async (token: string) => {
		const connection = openConnection({
			apiUrl: sandbox().urls.baseUrl,
			uploadUrl: sandbox().urls.uploadUrl,
			authorizeUrl: sandbox().urls.authorizeUrl,
		});
		const me = await getCurrentUser(connection, token);
		await connection.transport.close();
		return me.ok;
	};

	it('two processes asking at the same moment both get a working token, and the refresh token still works', async () => {
		const setup = await oauthProfileDueForRenewal();
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
		const setup = await oauthProfileDueForRenewal();
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
		const setup = await oauthProfileDueForRenewal();
		const renewed = await runCli(['token', '--profile', 'work'], {env: setup.environment}).done;
		assert.equal(renewed.code, 0, renewed.stderr);
		await fetch(`${sandbox().urls.baseUrl}/_sandbox/faults`, {
			method: 'POST',
			body: JSON.stringify({kind: 'status', status: 500, count: 5}),
		});
		const cached = await runCli(['token', '--profile', 'work', '--format', 'header'], {
			env: setup.environment,
		}).done;
		await fetch(`${sandbox().urls.baseUrl}/_sandbox/faults`, {method: 'DELETE'});
		assert.equal(cached.code, 0, cached.stderr);
		assert.equal(cached.stdout, `Authorization: Bearer ${renewed.stdout.trim()}\n`);
	});
});
