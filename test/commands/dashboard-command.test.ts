import assert from 'node:assert/strict';
import {after, describe, it} from 'node:test';
import {
	type DashboardSession,
	openDashboardSession,
} from '../../source/commands/dashboard/dashboard-session.js';
import {startSavedSandbox} from '../../source/commands/shared/connect-profile.js';
import {openProfiles, type Profiles} from '../../source/profiles/open-profiles.js';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {accessToken, developerToken} from '../../source/tokens/token-lifetimes.js';
import {isolated, isolatedHome, noKeychain} from '../helpers/isolated-environment.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {appOfType, control, useSandbox} from '../helpers/sandbox-fixture.js';
import {
	failOnTrouble,
	type ProfileToWrite,
	writeSandboxProfile,
} from '../helpers/sandbox-profile.js';
import {runInTerminal} from '../helpers/terminal.js';

/** boxauth in this process with pipes for streams, in the config folder of `home`. */
async function boxauth(args: string[], home: string) {
	return runBoxauthInProcess(args, {env: isolated(home)});
}

const usersMeStatus = async (sandbox: RunningSandbox, bearer: string) =>
	(
		await fetch(`${sandbox.urls.baseUrl}/2.0/users/me`, {
			headers: {authorization: `Bearer ${bearer}`},
		})
	).status;

async function waitFor(condition: () => boolean, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	while (!condition() && Date.now() < deadline) {
		await new Promise((resolve) => {
			setTimeout(resolve, 50);
		});
	}
}

describe('boxauth dashboard without a terminal', () => {
	const {home} = isolatedHome();

	it('prints the boxauth status table once and exits with its code', async () => {
		const made = await boxauth(
			['setup', '--sandbox', '--auth-type', 'ccg', '--profile', 'work'],
			home,
		);
		assert.equal(made.code, 0, made.stderr);

		const dashboard = await boxauth(['dashboard'], home);
		assert.equal(dashboard.code, 0, dashboard.stderr);
		assert.match(dashboard.stdout, /^work \(default\): healthy\n/);
		assert.match(dashboard.stdout, /\n {2}access token: expires in \d+ min\n/);
		assert.match(dashboard.stdout, /\nAll 1 profile is healthy\.\n$/);
		assert.doesNotMatch(dashboard.stdout, /\u001B\[/, 'no screen was drawn');
	});

	it('prints the status as JSON with --json', async () => {
		const dashboard = await boxauth(['dashboard', '--json'], home);
		assert.equal(dashboard.code, 0, dashboard.stderr);
		const snapshot = JSON.parse(dashboard.stdout) as {
			profiles: Array<{name: string; healthy: boolean; sandbox: boolean}>;
		};
		assert.deepEqual(
			snapshot.profiles.map(({name, healthy, sandbox}) => ({name, healthy, sandbox})),
			[{name: 'work', healthy: true, sandbox: true}],
		);
	});

	it('exits 1 when there is no profile, as boxauth status does', async () => {
		const dashboard = await boxauth(['dashboard'], isolatedHome().home);
		assert.equal(dashboard.code, 1);
		assert.equal(dashboard.stdout, '');
		assert.match(dashboard.stderr, /^No profiles yet\./);
	});

	it('takes no arguments', async () => {
		const dashboard = await boxauth(['dashboard', 'work'], home);
		assert.equal(dashboard.code, 2);
		assert.match(dashboard.stderr, /boxauth dashboard takes no arguments/);
	});
});

describe('boxauth dashboard in a terminal', () => {
	it('draws the profiles, and runs doctor for the one chosen, leaving after its report with q', async () => {
		const {home} = isolatedHome();
		const made = await boxauth(
			['setup', '--sandbox', '--auth-type', 'ccg', '--profile', 'work'],
			home,
		);
		assert.equal(made.code, 0, made.stderr);
		const terminal = runInTerminal(['dashboard'], isolated(home));
		try {
			await terminal.waitFor(/› work +CCG/);
			terminal.type('d');
			await terminal.waitFor('Healthy: nothing failed.', 20_000);
			await terminal.waitFor('Enter: back to the dashboard  ·  q: leave');
			terminal.type('q');
			assert.equal(await terminal.exited, 0, "the exit code is doctor's");
			assert.match(terminal.screen(), /^boxauth doctor: profile work /m);
		} finally {
			terminal.close();
		}
	});
});

describe('the dashboard session', () => {
	const sandbox = useSandbox();
	const sessions: DashboardSession[] = [];
	after(async () => {
		await Promise.all(sessions.map(async (session) => session.close()));
	});

	/** A fresh config folder holding the profiles given, and a dashboard session over it. */
	async function sessionWith(
		...made: ProfileToWrite[]
	): Promise<{session: DashboardSession; profiles: Profiles; environment: Record<string, string>}> {
		const environment = isolatedHome().env;
		const profiles = await openProfiles({environment, now: Date.now, keychain: noKeychain});
		for (const written of made) {
			await writeSandboxProfile(profiles, sandbox(), written);
		}

		const session = openDashboardSession({
			profiles,
			now: Date.now,
			random: Math.random,
			connecting: {report: () => undefined},
		});
		sessions.push(session);
		return {session, profiles, environment};
	}

	/** A CCG profile for the sandbox's demo app, holding `token` if given. */
	function ccg(name: string, held?: {token: string; issuedAt: number}) {
		const app = appOfType(sandbox(), 'Demo CCG App');
		return {
			profile: {
				name,
				authType: 'ccg' as const,
				clientId: app.clientId,
				subject: {type: 'enterprise' as const, id: sandbox().describe().enterprise.id},
				tokens: held ? {access: accessToken(held.issuedAt, 3600)} : {},
			},
			secrets: {
				'client-secret': app.clientSecret,
				...(held ? {'access-token': held.token} : {}),
			},
		};
	}

	it('loads every profile with its bearer token masked', async () => {
		const held = 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z';
		const {session} = await sessionWith(ccg('b'), ccg('a', {token: held, issuedAt: Date.now()}));
		const watched = await session.loadProfiles();
		assert.deepEqual(
			watched.map(({profile, maskedToken}) => ({name: profile.name, maskedToken})),
			[
				{name: 'a', maskedToken: 'Ab3d…'},
				{name: 'b', maskedToken: undefined},
			],
		);
	});

	it('renews a fresh token when asked, and returns the new expiry and exchanges', async () => {
		const issuedAt = Date.now() - 10 * 60_000;
		const {session, profiles} = await sessionWith(
			ccg('work', {token: 'Zz9yXw8vUt7sRq6pOn5mLk4jIh3gFe2d', issuedAt}),
			ccg('other'),
		);
		const answer = await session.renew('work');
		assert.ok(answer.ok, 'the renewal worked');
		assert.equal(answer.renewed, true, 'a fresh token is renewed when the dashboard asks');
		const expiresAt = answer.watched.profile.tokens.access?.expiresAt ?? 0;
		assert.ok(expiresAt > issuedAt + 3600_000, 'the new token expires later than the old one');
		assert.equal(answer.watched.profile.lastCheck?.ok, true, 'the renewal is the last check');
		const fresh = await session.bearerToken('work');
		assert.ok(fresh && fresh !== 'Zz9yXw8vUt7sRq6pOn5mLk4jIh3gFe2d', 'a new token is held');
		assert.equal(answer.watched.maskedToken, `${fresh.slice(0, 4)}…`);
		assert.equal(await profiles.secrets.get('work', 'access-token'), fresh);
		assert.equal(await usersMeStatus(sandbox(), fresh), 200, 'Box accepts the new token');

		const exchanges = session.exchanges('work');
		assert.deepEqual(
			exchanges.map(({method, url, status}) => ({method, path: new URL(url).pathname, status})),
			[{method: 'POST', path: '/oauth2/token', status: 200}],
		);
		assert.doesNotMatch(JSON.stringify(exchanges), new RegExp(fresh), 'the token is masked');
		assert.equal(typeof session.clockOffsetSeconds('work'), 'number', 'from the Date header');
		assert.deepEqual(session.exchanges('other'), [], "another profile's log is its own");
		assert.equal(session.clockOffsetSeconds('other'), undefined);
	});

	it('renews once when asked twice at once: the second waits for the lock and uses the new token', async () => {
		const {session} = await sessionWith(ccg('work'));
		const [first, second] = await Promise.all([session.renew('work'), session.renew('work')]);
		assert.ok(first.ok && second.ok, 'both answered');
		assert.deepEqual(
			[first.renewed, second.renewed].sort(),
			[false, true],
			'one renewed, the other used its token',
		);
		assert.equal(session.exchanges('work').length, 1, 'one token request');
	});

	it("turns the app's lost authorization into the unauthorized-app diagnosis", async () => {
		const app = appOfType(sandbox(), 'Demo CCG App');
		const {session} = await sessionWith(ccg('work'));
		const refused = await control(sandbox(), `/apps/${app.clientId}/deauthorize`);
		assert.equal(refused.status, 200, refused.text);
		try {
			const answer = await session.renew('work');
			assert.equal(answer.ok, false, 'the renewal failed');
			assert.ok(!answer.ok, 'narrowed');
			assert.equal(answer.diagnosis.id, 'ccg-insufficient-scope-not-authorized');
			assert.equal(answer.unreachable, false);
			assert.match(answer.boxSaid ?? '', /^400 insufficient_scope /);
			assert.equal(answer.watched.profile.lastCheck?.ok, false);
			assert.equal(
				answer.watched.profile.lastCheck?.diagnosisId,
				'ccg-insufficient-scope-not-authorized',
			);
		} finally {
			await control(sandbox(), `/apps/${app.clientId}/authorize`);
		}
	});

	it('says Box is unreachable when nothing answers at the API URL', async () => {
		const unreachable = ccg('far');
		const {session} = await sessionWith({
			...unreachable,
			profile: {
				...unreachable.profile,
				urls: {
					apiUrl: 'http://127.0.0.1:1',
					uploadUrl: 'http://127.0.0.1:1/api',
					authorizeUrl: 'http://127.0.0.1:1/api/oauth2/authorize',
				},
			},
		});
		const answer = await session.renew('far');
		assert.ok(!answer.ok, 'the renewal failed');
		assert.equal(answer.unreachable, true);
		assert.equal(session.exchanges('far')[0]?.transport, 'refused');
	});

	it('checks a developer token with Box, and diagnoses one Box refuses', async () => {
		const {session} = await sessionWith(
			{
				profile: {
					name: 'good',
					authType: 'developer-token',
					tokens: {developer: developerToken(Date.now())},
				},
				secrets: {'developer-token': sandbox().describe().developerToken},
			},
			{
				profile: {
					name: 'old',
					authType: 'developer-token',
					tokens: {developer: developerToken(Date.now() - 2 * 3600_000)},
				},
				secrets: {'developer-token': 'Qw1eRt2yUi3oPa4sDf5gHj6kLz7xCv8b'},
			},
		);
		const good = await session.renew('good');
		assert.ok(good.ok, 'Box accepts the developer token');
		assert.equal(good.renewed, false);
		assert.equal(good.watched.profile.lastCheck?.summary, 'Box accepts the developer token');

		const old = await session.renew('old');
		assert.ok(!old.ok, 'Box refuses the developer token');
		assert.match(old.diagnosis.id, /developer-token/);
		assert.equal(old.watched.profile.lastCheck?.diagnosisId, old.diagnosis.id);
	});

	it("says what the admin must do for a developer token of a disabled app, not 'a fresh token'", async () => {
		const app = appOfType(sandbox(), 'Demo OAuth App');
		const {session} = await sessionWith({
			profile: {
				name: 'dev',
				authType: 'developer-token',
				tokens: {developer: developerToken(Date.now())},
			},
			secrets: {'developer-token': sandbox().describe().developerToken},
		});
		const disabled = await control(sandbox(), `/apps/${app.clientId}/disable`);
		assert.equal(disabled.status, 200, disabled.text);
		try {
			const answer = await session.renew('dev');
			assert.ok(!answer.ok, 'Box refuses every call of a disabled app');
			assert.equal(answer.diagnosis.id, 'app-not-enabled');
			assert.match(answer.diagnosis.what, /A new token will not help/);
			assert.ok(answer.diagnosis.fix.some((step) => step.includes('User Authentication Apps')));
			assert.match(answer.boxSaid ?? '', /^401 unauthorized Unauthorized - Cannot authorize/);
			assert.equal(answer.watched.profile.lastCheck?.diagnosisId, 'app-not-enabled');
		} finally {
			await control(sandbox(), `/apps/${app.clientId}/enable`);
		}
	});

	it('hears another boxauth command renewing a token', async () => {
		const longAgo = Date.now() - 2 * 3600_000;
		const {session, environment} = await sessionWith(
			ccg('work', {token: 'Zz9yXw8vUt7sRq6pOn5mLk4jIh3gFe2d', issuedAt: longAgo}),
		);
		let heard = 0;
		const stop = session.watchProfiles(() => {
			heard++;
		});
		try {
			const {code, stderr} = await runBoxauthInProcess(['token', '--profile', 'work'], {
				env: environment,
			});
			assert.equal(code, 0, stderr);
			await waitFor(() => heard > 0, 5000);
			assert.ok(heard > 0, 'the change was heard');
			const [watched] = await session.loadProfiles();
			assert.ok(
				(watched?.profile.tokens.access?.issuedAt ?? 0) > longAgo,
				'the new token is loaded',
			);
		} finally {
			stop();
		}
	});

	it('polls for changes while the config folder does not exist yet', async () => {
		const {session, profiles} = await sessionWith();
		let heard = 0;
		const stop = session.watchProfiles(() => {
			heard++;
		});
		try {
			await (await profiles.settingsStore()).save({
				...ccg('first').profile,
				urls: {
					apiUrl: sandbox().urls.baseUrl,
					uploadUrl: sandbox().urls.uploadUrl,
					authorizeUrl: sandbox().urls.authorizeUrl,
				},
				sandbox: false,
				secretLocation: 'file',
				createdAt: Date.now(),
			});
			await waitFor(() => heard > 0, 6000);
			assert.ok(heard > 0, 'the first profile was heard');
		} finally {
			stop();
		}
	});

	it('revokes a token at Box and forgets it', async () => {
		const {session, profiles} = await sessionWith(ccg('work'));
		const renewed = await session.renew('work');
		assert.ok(renewed.ok, 'a token is held');
		const held = (await session.bearerToken('work')) ?? '';
		assert.deepEqual(await session.revoke('work'), {ok: true});
		assert.equal(await usersMeStatus(sandbox(), held), 401, 'Box no longer accepts it');
		assert.equal(await profiles.secrets.get('work', 'access-token'), undefined);
		const [watched] = await session.loadProfiles();
		assert.equal(watched?.profile.tokens.access, undefined);
		assert.equal(watched?.maskedToken, undefined);
	});

	it('renews a sandbox profile through the saved sandbox, started once in the session', async () => {
		const {home} = isolatedHome();
		const made = await boxauth(
			['setup', '--sandbox', '--auth-type', 'ccg', '--profile', 'a'],
			home,
		);
		assert.equal(made.code, 0, made.stderr);
		const profiles = await openProfiles({
			environment: isolated(home),
			now: Date.now,
			keychain: noKeychain,
		});
		const session = openDashboardSession({
			profiles,
			now: Date.now,
			random: Math.random,
			connecting: {report: () => undefined},
		});
		try {
			const answer = await session.renew('a');
			assert.ok(answer.ok, 'the renewal worked');
			assert.equal(answer.renewed, true);
		} finally {
			await session.close();
		}

		// The session's sandbox saved the token it issued: the next one started knows it.
		const held = (await profiles.secrets.get('a', 'access-token')) ?? '';
		const {sandbox: next} = await startSavedSandbox(profiles.configDir, {report: failOnTrouble});
		try {
			assert.equal(await usersMeStatus(next, held), 200, 'the saved sandbox accepts the token');
		} finally {
			await next.close();
		}
	});
});
