import assert from 'node:assert/strict';
import {authorizeUrl, createState, exchangeCode} from '../../source/box/oauth.js';
import {openConnection} from '../../source/box/open-connection.js';
import {getCurrentUser} from '../../source/box/users-me.js';
import {openProfiles, type Profiles} from '../../source/profiles/open-profiles.js';
import type {Profile} from '../../source/profiles/profile.js';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {renewAccessToken} from '../../source/tokens/renew-access-token.js';
import {accessToken, refreshToken} from '../../source/tokens/token-lifetimes.js';
import {connectTo} from './box-connection-fixture.js';
import {consentAs} from './consent-page.js';
import {isolatedHome} from './isolated-environment.js';

export type OAuthProfile = {
	environment: Record<string, string>;
	configDir: string;
	refreshTokenNow(): Promise<string | undefined>;
};

// No node:test in here: the benchmarks use this too.

/**
 * An OAuth profile `work` in a fresh config folder, logged in to the sandbox as its admin, whose
 * access token is already past its renewal time: the next `boxauth token` spends the refresh
 * token. Secrets go to the file (no keychain in tests).
 */
export async function oauthProfileDueForRenewal(sandbox: RunningSandbox): Promise<OAuthProfile> {
	const {env: environment} = isolatedHome('boxauth-renewal-');
	const app = sandbox.describe().apps.find((candidate) => candidate.name === 'Demo OAuth App');
	assert.ok(app, 'the sandbox has its OAuth app');
	const admin = sandbox.describe().users.find((user) => user.role === 'admin');
	const connection = sandboxConnection(sandbox);
	const redirectUri = 'http://localhost:3000/callback';
	const query = await consentAs(
		authorizeUrl(connection, {clientId: app.clientId, redirectUri, state: createState()}),
		admin?.id ?? '',
	);
	const issued = await exchangeCode(connection, app, {code: query.get('code') ?? ''});
	await connection.transport.close();
	assert.ok(issued.ok, 'the login worked');
	const longAgo = Date.now() - 2 * 60 * 60 * 1000;
	const profiles = await openProfiles({environment, now: Date.now});
	const profile: Profile = {
		name: 'work',
		authType: 'oauth',
		urls: {
			apiUrl: sandbox.urls.baseUrl,
			uploadUrl: sandbox.urls.uploadUrl,
			authorizeUrl: sandbox.urls.authorizeUrl,
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
		configDir: profiles.configDir,
		async refreshTokenNow() {
			const reread = await openProfiles({environment, now: Date.now});
			return reread.secrets.get('work', 'refresh-token');
		},
	};
}

const sandboxConnection = (sandbox: RunningSandbox) =>
	openConnection({
		apiUrl: sandbox.urls.baseUrl,
		uploadUrl: sandbox.urls.uploadUrl,
		authorizeUrl: sandbox.urls.authorizeUrl,
	});

/** Whether the sandbox takes `token` as a bearer token. */
export async function tokenWorks(sandbox: RunningSandbox, token: string): Promise<boolean> {
	const connection = sandboxConnection(sandbox);
	const me = await getCurrentUser(connection, token);
	await connection.transport.close();
	return me.ok;
}

/** The profile `work` renewed in this process, against the sandbox, as `boxauth token` would. */
export async function renewWorkIn(sandbox: RunningSandbox, profiles: Profiles) {
	return renewAccessToken(
		{
			profiles,
			now: Date.now,
			random: () => 0.5,
			connect: async () => {
				const connection = connectTo(sandbox);
				return {connection, close: async () => undefined};
			},
		},
		'work',
	);
}
