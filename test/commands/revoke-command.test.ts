import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {openProfiles} from '../../source/profiles/open-profiles.js';
import type {Profile, SecretName} from '../../source/profiles/profile.js';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {accessToken, developerToken, refreshToken} from '../../source/tokens/token-lifetimes.js';
import {consentAs} from '../helpers/box-connection-fixture.js';
import {isolatedHome, noKeychain} from '../helpers/isolated-environment.js';
import {assertNoSecrets} from '../helpers/leak-check.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {appOfType, useSandbox} from '../helpers/sandbox-fixture.js';
import {writeSandboxProfile} from '../helpers/sandbox-profile.js';

type Outcome = {code: number; stdout: string; stderr: string};

/** Runs boxauth in this process as a script would, with the config folder given. */
async function boxauth(
	command: 'revoke' | 'token',
	environment: Record<string, string>,
	profile: string,
): Promise<Outcome> {
	return runBoxauthInProcess([command, '--profile', profile], {env: environment});
}

const usersMeStatus = async (sandbox: RunningSandbox, bearer: string) =>
	(
		await fetch(`${sandbox.urls.baseUrl}/2.0/users/me`, {
			headers: {authorization: `Bearer ${bearer}`},
		})
	).status;

async function tokenRequest(sandbox: RunningSandbox, form: Record<string, string>) {
	const answer = await fetch(`${sandbox.urls.baseUrl}/oauth2/token`, {
		method: 'POST',
		body: new URLSearchParams(form),
	});
	return {
		status: answer.status,
		body: (await answer.json()) as {access_token: string; refresh_token?: string; error?: string},
	};
}

describe('boxauth revoke', () => {
	const sandbox = useSandbox();

	/** A profile written straight into a fresh config folder, with its secrets. */
	async function profileWith(
		profile: Partial<Profile> & Pick<Profile, 'name' | 'authType'>,
		secrets: Partial<Record<SecretName, string>>,
	) {
		const environment = isolatedHome().env;
		const profiles = await openProfiles({environment, now: Date.now, keychain: noKeychain});
		await writeSandboxProfile(profiles, sandbox(), {profile, secrets});

		const saved = async () => {
			const reread = await openProfiles({environment, now: Date.now, keychain: noKeychain});
			const secret = (name: SecretName) => reread.secrets.get(profile.name, name);
			return {profile: reread.settings.profiles[profile.name], secret};
		};

		return {environment, saved};
	}

	/** A CCG profile holding a fresh access token, as `boxauth token` would leave it. */
	async function ccgProfileWithToken(name: string, clientSecret?: string) {
		const app = appOfType(sandbox(), 'Demo CCG App');
		const issued = await tokenRequest(sandbox(), {
			grant_type: 'client_credentials',
			client_id: app.clientId,
			client_secret: app.clientSecret,
			box_subject_type: 'enterprise',
			box_subject_id: sandbox().describe().enterprise.id,
		});
		assert.equal(issued.status, 200);
		const held = issued.body.access_token;
		const setup = await profileWith(
			{
				name,
				authType: 'ccg',
				clientId: app.clientId,
				subject: {type: 'enterprise', id: sandbox().describe().enterprise.id},
				tokens: {access: accessToken(Date.now(), 3600)},
			},
			{'client-secret': clientSecret ?? app.clientSecret, 'access-token': held},
		);
		return {...setup, held, app};
	}

	it('revokes a CCG access token at Box and forgets it; boxauth token then gets a new one', async () => {
		const {environment, saved, held, app} = await ccgProfileWithToken('work');
		assert.equal(await usersMeStatus(sandbox(), held), 200, 'the token works before');

		const {code, stdout, stderr} = await boxauth('revoke', environment, 'work');
		assert.equal(code, 0, stderr);
		assert.match(stdout, /^Revoked the access token of profile work at Box, and forgot it\./);
		assertNoSecrets(stdout + stderr, [held, app.clientSecret]);
		assert.equal(await usersMeStatus(sandbox(), held), 401, 'Box no longer accepts it');

		const after = await saved();
		assert.equal(await after.secret('access-token'), undefined);
		assert.equal(after.profile?.tokens.access, undefined);
		assert.equal(await after.secret('client-secret'), app.clientSecret, 'the app secret is kept');

		const renewed = await boxauth('token', environment, 'work');
		assert.equal(renewed.code, 0, renewed.stderr);
		const fresh = renewed.stdout.trim();
		assert.notEqual(fresh, held);
		assert.equal(await usersMeStatus(sandbox(), fresh), 200);
	});

	it('revokes both tokens of an OAuth login: the refresh token no longer works', async () => {
		const app = appOfType(sandbox(), 'Demo OAuth App');
		const admin = sandbox()
			.describe()
			.users.find((user) => user.role === 'admin');
		assert.ok(admin);
		const authorize = new URL(sandbox().urls.authorizeUrl);
		authorize.search = new URLSearchParams({
			response_type: 'code',
			client_id: app.clientId,
			redirect_uri: 'http://localhost:3000/callback',
			state: 'revoke-test',
		}).toString();
		const query = await consentAs(authorize.toString(), admin.id);
		const login = await tokenRequest(sandbox(), {
			grant_type: 'authorization_code',
			code: query.get('code') ?? '',
			client_id: app.clientId,
			client_secret: app.clientSecret,
		});
		const {access_token: held, refresh_token: refresh = ''} = login.body;
		const {environment, saved} = await profileWith(
			{
				name: 'oauth',
				authType: 'oauth',
				clientId: app.clientId,
				tokens: {access: accessToken(Date.now(), 3600), refresh: refreshToken(Date.now())},
			},
			{'client-secret': app.clientSecret, 'access-token': held, 'refresh-token': refresh},
		);

		const {code, stdout, stderr} = await boxauth('revoke', environment, 'oauth');
		assert.equal(code, 0, stderr);
		assert.match(stdout, /Revoked the refresh token and access token of profile oauth at Box/);
		assertNoSecrets(stdout + stderr, [held, refresh, app.clientSecret]);

		const again = await tokenRequest(sandbox(), {
			grant_type: 'refresh_token',
			refresh_token: refresh,
			client_id: app.clientId,
			client_secret: app.clientSecret,
		});
		assert.equal(again.status, 400, 'Box no longer accepts the refresh token');
		assert.equal(await usersMeStatus(sandbox(), held), 401);
		const after = await saved();
		assert.equal(await after.secret('refresh-token'), undefined);
		assert.equal(await after.secret('access-token'), undefined);
		assert.deepEqual(after.profile?.tokens, {});
	});

	it('forgets a developer token and says where in the Developer Console to revoke it', async () => {
		const {developerToken: held} = sandbox().describe();
		const {environment, saved} = await profileWith(
			{name: 'dev', authType: 'developer-token', tokens: {developer: developerToken(Date.now())}},
			{'developer-token': held},
		);
		const {code, stdout, stderr} = await boxauth('revoke', environment, 'dev');
		assert.equal(code, 0, stderr);
		assert.match(stdout, /^Forgot the developer token of profile dev\./);
		assert.ok(
			stdout.includes(
				'To end it now: Developer Console (https://app.box.com/developers/console) > your app > Configuration > Developer Token > Revoke.',
			),
			stdout,
		);
		assertNoSecrets(stdout + stderr, [held]);
		const after = await saved();
		assert.equal(await after.secret('developer-token'), undefined);
		assert.equal(after.profile?.tokens.developer, undefined);
	});

	it('says so and exits 0 when the profile holds no token', async () => {
		const app = appOfType(sandbox(), 'Demo CCG App');
		const {environment} = await profileWith(
			{name: 'empty', authType: 'ccg', clientId: app.clientId},
			{'client-secret': app.clientSecret},
		);
		const {code, stdout} = await boxauth('revoke', environment, 'empty');
		assert.equal(code, 0);
		assert.equal(stdout, 'Profile empty holds no token: nothing to revoke.\n');
	});

	it('prints the diagnosis and forgets nothing when Box refuses the revoke', async () => {
		const {environment, saved, held} = await ccgProfileWithToken('refused', 'z'.repeat(32));
		const {code, stdout, stderr} = await boxauth('revoke', environment, 'refused');
		assert.equal(code, 3, 'a person must correct the secret');
		assert.equal(stdout, '');
		assert.match(stderr, /^What happened: Box does not recognise this client ID and secret pair\./);
		assert.match(stderr, /failed; nothing was forgotten\./);
		assertNoSecrets(stderr, [held, 'z'.repeat(32)]);
		assert.equal(await usersMeStatus(sandbox(), held), 200, 'the token still works');
		const after = await saved();
		assert.equal(await after.secret('access-token'), held, 'the token is kept');
		assert.ok(after.profile?.tokens.access);
	});
});
