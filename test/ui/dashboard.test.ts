import assert from 'node:assert/strict';
import {afterEach, before, describe, it} from 'node:test';
import {setTimeout as delay} from 'node:timers/promises';
import {cleanup} from 'ink-testing-library';
import type {Diagnosis} from '../../source/diagnosis/diagnosis.js';
import type {RenewAnswer, WatchedProfile} from '../../source/tokens/dashboard-actions.js';
import {keys} from '../helpers/keys.js';
import {
	aProfile,
	type DrawnDashboard,
	day,
	drawDashboard,
	fullToken,
	held,
	minute,
	rowOf,
	second,
	start,
	withNewToken,
} from './dashboard-harness.js';
import {settle} from './drawn-screen.js';

const notAuthorized: Diagnosis = {
	id: 'ccg-app-not-authorized',
	what: 'This app needs to be authorized by the enterprise admin.',
	why: ['The admin has not authorized the app in the Admin Console yet.'],
	fix: ['Ask the admin to authorize the app.', 'Press r here once they have.'],
	step: 'admin-authorization',
	docs: 'https://developer.box.com/guides/authorization/custom-app-approval/',
};

const developerTokenExpired: Diagnosis = {
	id: 'developer-token-expired',
	what: 'The developer token has expired: developer tokens last 60 minutes.',
	why: ['It was generated more than 60 minutes ago.'],
	fix: ['Generate a new one: Developer Console > your app > Configuration > Developer Token.'],
	docs: 'https://developer.box.com/guides/authentication/tokens/developer-tokens/',
};

const failed = (
	watched: WatchedProfile,
	diagnosis: Diagnosis,
	unreachable = false,
): RenewAnswer => ({
	ok: false,
	watched,
	diagnosis,
	boxSaid: unreachable ? undefined : '400 unauthorized_client: This app is not authorized',
	unreachable,
});

before(() => {
	// The dashboard shows local clock times; the tests read them in UTC.
	process.env['TZ'] = 'UTC';
});

afterEach(() => {
	cleanup();
});

/** The dashboard at `at`, once its rows are on screen. */
async function dashboardAt(at: number, profiles = [aProfile('work')], plain = false) {
	const dashboard = drawDashboard({profiles, at, plain});
	await dashboard.waitFor(plain ? 'Selected:' : `› ${profiles[0]?.profile.name ?? ''}`);
	return dashboard;
}

const row = (dashboard: DrawnDashboard, name: string) => rowOf(dashboard.screen(), name);

/** The screen with Ink's line wrapping undone, to read a long line whole. */
const unwrapped = (dashboard: DrawnDashboard) => dashboard.screen().replaceAll(/\s+/g, ' ');

/** An OAuth login with an hour-long access token issued at `start`, its refresh token ending at `endsAt`. */
const loginEndingAt = (name: string, endsAt: number) =>
	aProfile(name, {
		authType: 'oauth',
		tokens: {
			access: held('access', start, 60 * minute),
			refresh: held('refresh', endsAt - 60 * day, 60 * day),
		},
	});

const developerToken = () =>
	aProfile('dev', {
		authType: 'developer-token',
		tokens: {developer: held('developer', start, 60 * minute)},
	});

describe('the token table', () => {
	it('shows each profile with its countdown in whole minutes, its bar and its state in words', async () => {
		const dashboard = await dashboardAt(start + 13 * minute + 20 * second);
		const work = row(dashboard, 'work');
		assert.match(work, /CCG/, 'the auth type');
		assert.match(work, /service account…/, 'who it acts as, cut to fit');
		assert.match(work, /T9sL…/, 'the token masked');
		assert.match(work, /46 min/, 'minutes left, rounded down');
		assert.match(work, /#####-/, 'a bar of the lifetime left');
		assert.match(work, / fresh /, 'the state in words');
		assert.match(work, / on /, 'auto-refresh on');
		assert.doesNotMatch(dashboard.written(), new RegExp(fullToken), 'never the whole token');
		await dashboard.advance(40 * second);
		assert.match(row(dashboard, 'work'), /45 min/, 'one less on the minute');
	});

	it('renews a due token by itself: renewing…, then the new expiry', async () => {
		const dashboard = await dashboardAt(start + 47 * minute + 30 * second);
		assert.match(row(dashboard, 'work'), /12 min .* fresh/, 'not yet due');
		await dashboard.advance(30 * second);
		const call = await dashboard.world.next('renew', 'work');
		await dashboard.waitFor('renewing…');
		dashboard.world.renewed(call, withNewToken(aProfile('work'), dashboard.clock.time));
		await dashboard.waitFor(/work .*59 min .* fresh/);
		assert.match(row(dashboard, 'work'), /ok 12:48/, 'the last check, passed');
		assert.equal(dashboard.world.count('renew'), 1, 'renewed once');
	});

	it('with auto-refresh off: due, and r renews it', async () => {
		const dashboard = await dashboardAt(start + 47 * minute);
		await dashboard.type('a');
		await dashboard.waitFor('work: auto-refresh off');
		assert.match(row(dashboard, 'work'), / off /, 'the column says so');
		await dashboard.advance(2 * minute);
		await dashboard.waitFor(/work .* due /);
		assert.equal(dashboard.world.count('renew'), 0, 'nothing renewed on its own');
		await dashboard.type('r');
		const call = await dashboard.world.next('renew', 'work');
		await dashboard.waitFor('renewing…');
		dashboard.world.renewed(call, withNewToken(aProfile('work'), dashboard.clock.time));
		await dashboard.waitFor(/work .*59 min .* fresh/);
	});

	it('a failing renewal shows its diagnosis on its row, retries with backoff, and the others go on', async () => {
		const profiles = [aProfile('work'), aProfile('home')];
		const dashboard = await dashboardAt(start + 48 * minute, profiles);
		const work = await dashboard.world.next('renew', 'work');
		const home = await dashboard.world.next('renew', 'home');
		work.answer(failed(aProfile('work'), notAuthorized));
		dashboard.world.renewed(home, withNewToken(aProfile('home'), dashboard.clock.time));
		const shown = await dashboard.waitFor(/home .*59 min .* fresh/);
		assert.match(rowOf(shown, 'work'), /failing: This/, 'the row says failing');
		assert.match(
			shown,
			/work: failing: This app needs to be authorized by the enterprise admin\. · enter shows/,
			'the selected row in full',
		);
		await dashboard.advance(14 * second);
		assert.equal(dashboard.world.count('renew'), 2, 'no retry before 15 s');
		await dashboard.advance(1 * second);
		const retry = await dashboard.world.next('renew', 'work');
		retry.answer(failed(aProfile('work'), notAuthorized, true));
		await dashboard.waitFor(/work .*Box unreachable/);
		assert.match(row(dashboard, 'home'), /59 min .* fresh/, 'the other row is untouched');
		assert.equal(dashboard.world.count('renew'), 3, 'home was not asked again');
	});

	it('a developer token counts down in seconds at its end, then shows how to get a new one', async () => {
		const dev = developerToken();
		const dashboard = await dashboardAt(start + 59 * minute + 50 * second, [dev]);
		assert.match(row(dashboard, 'dev'), /Dev token .* ≤0:09 /, 'seconds in its last minutes');
		assert.match(row(dashboard, 'dev'), / - .* - /, 'no auto-refresh for a console token');
		await dashboard.advance(10 * second);
		const check = await dashboard.world.next('renew', 'dev');
		check.answer(failed(dev, developerTokenExpired));
		const shown = await dashboard.waitFor(
			'dev: expired: generate a new developer token and paste it: boxauth login --profile dev',
		);
		assert.match(rowOf(shown, 'dev'), /expired/, 'the countdown says expired');
	});

	it("a developer token's time left is at most what boxauth counts, on its row and in its detail", async () => {
		const dashboard = await dashboardAt(start + 13 * minute + 20 * second, [developerToken()]);
		assert.match(row(dashboard, 'dev'), /Dev token .* ≤46 min /, 'at most, in the countdown');
		await dashboard.type(keys.enter);
		const detail = await dashboard.waitFor('Diagnostics log');
		assert.match(
			detail,
			/developer token: issued 2026-11-22 12:00, expires by 2026-11-22 13:00 \(at most 46 min left\)/,
		);
	});

	it('a login whose refresh token ends within the week: its row and its detail warn, with the command', async () => {
		const soon = loginEndingAt('soon', start + 6 * day);
		const later = loginEndingAt('later', start + 8 * day);
		const dashboard = await dashboardAt(start + 10 * minute, [soon, later]);
		const warning =
			'refresh token ends in 5 days: log in again with boxauth login --profile soon, or use it before then: each renewal starts 60 days anew';
		assert.match(row(dashboard, 'soon'), / fresh; refresh … 5 days /, '6 days from its end');
		assert.ok(unwrapped(dashboard).includes(`soon: fresh; ${warning}`), 'the selected row in full');
		assert.match(row(dashboard, 'later'), / fresh +7 days /, '8 days from its end');
		assert.doesNotMatch(row(dashboard, 'later'), /ends in/, 'no warning');
		await dashboard.type(keys.enter);
		await dashboard.waitFor('Diagnostics log');
		assert.ok(unwrapped(dashboard).includes(`State: fresh; ${warning}`), 'in the detail');
		await dashboard.type(keys.escape);
		await dashboard.type(keys.down);
		await dashboard.type(keys.enter);
		await dashboard.waitFor('later · OAuth 2.0');
		assert.match(dashboard.screen(), /State: fresh\n/, 'none for the login with 8 days left');
	});

	it('the warning appears on the minute the refresh countdown turns from 7 days to 6', async () => {
		const dashboard = await dashboardAt(start + 30 * second, [
			loginEndingAt('me', start + 7 * day + minute),
		]);
		assert.match(row(dashboard, 'me'), / fresh +7 days /, 'a week left');
		await dashboard.advance(30 * second);
		await dashboard.waitFor(/me .* fresh; refresh … 6 days /);
		assert.match(unwrapped(dashboard), /me: fresh; refresh token ends in 6 days: log in again/);
	});

	it('shows a token renewed by another boxauth process', async () => {
		const dashboard = await dashboardAt(start + 50 * minute, [aProfile('work')]);
		const call = await dashboard.world.next('renew', 'work');
		call.answer(failed(aProfile('work'), notAuthorized));
		await dashboard.waitFor('failing:');
		dashboard.world.changedElsewhere(withNewToken(aProfile('work'), start + 50 * minute));
		await dashboard.waitFor(/work .*59 min .* fresh/);
	});
});

describe('the keys', () => {
	it('↑↓ select a row', async () => {
		const dashboard = await dashboardAt(start, [aProfile('work'), aProfile('home')]);
		await dashboard.type(keys.down);
		await dashboard.waitFor('› home');
		await dashboard.type(keys.up);
		await dashboard.waitFor('› work');
	});

	it('c copies the token through the terminal clipboard escape, as the chosen line', async () => {
		const dashboard = await dashboardAt(start);
		await dashboard.type('c');
		const menu = await dashboard.waitFor("Copy work's token to the clipboard as:");
		assert.match(menu, /h an HTTP header:\n\s+Authorization: Bearer T9sL…\n/, 'masked in the menu');
		assert.match(
			menu,
			/e shell variables:\n\s+export BOX_DEVELOPER_TOKEN='T9sL…'\n\s+export BOX_ACCESS_TOKEN='T9sL…'\n/,
			'both lines of a two-line form, each on its own line',
		);
		assert.match(menu, /p PowerShell variables:\n\s+\$env:BOX_DEVELOPER_TOKEN = 'T9sL…'/);
		await dashboard.type('h');
		await dashboard.waitFor('(if your terminal supports OSC 52)');
		const base64 = Buffer.from(`Authorization: Bearer ${fullToken}`).toString('base64');
		assert.ok(dashboard.written().includes(`\u001B]52;c;${base64}\u0007`), 'OSC 52 written');
		assert.doesNotMatch(dashboard.screen(), new RegExp(fullToken), 'never on screen');
	});

	it('p copies the PowerShell form', async () => {
		const dashboard = await dashboardAt(start);
		await dashboard.type('c');
		await dashboard.waitFor("Copy work's token to the clipboard as:");
		await dashboard.type('p');
		await dashboard.waitFor('as PowerShell variables (if your terminal supports OSC 52)');
		const copied = `$env:BOX_DEVELOPER_TOKEN = '${fullToken}'\n$env:BOX_ACCESS_TOKEN = '${fullToken}'`;
		const base64 = Buffer.from(copied).toString('base64');
		assert.ok(dashboard.written().includes(`\u001B]52;c;${base64}\u0007`), 'OSC 52 written');
	});

	it('P prints the chosen line once the dashboard has closed', async () => {
		const dashboard = await dashboardAt(start);
		await dashboard.type('P');
		await dashboard.waitFor('Print');
		await dashboard.type('u');
		await settle(dashboard.instance);
		assert.deepEqual(
			dashboard.exits,
			[{exitCode: 0, print: `--oauth2-bearer ${fullToken}`}],
			'the curl option, for the command to print',
		);
	});

	it('x asks before revoking: n keeps, y revokes and turns auto-refresh off', async () => {
		const dashboard = await dashboardAt(start);
		await dashboard.type('x');
		await dashboard.waitFor("Revoke work's tokens at Box?");
		await dashboard.type('n');
		await dashboard.waitFor('↑↓ select');
		assert.equal(dashboard.world.count('revoke'), 0, 'n keeps them');
		await dashboard.type('x');
		await dashboard.waitFor("Revoke work's tokens at Box?");
		await dashboard.type('y');
		const revoke = await dashboard.world.next('revoke', 'work');
		revoke.answer({ok: true});
		await dashboard.waitFor('work: tokens revoked');
		assert.match(row(dashboard, 'work'), / off /, 'auto-refresh off, so as not to undo it');
	});

	it('enter opens the details: tokens, identity, clock, diagnostics log and diagnosis', async () => {
		const dashboard = await dashboardAt(start + 48 * minute);
		dashboard.world.exchangeLogs.set('work', [
			{
				method: 'POST',
				url: 'https://api.box.com/oauth2/token',
				startedAt: start + 48 * minute,
				durationMs: 183.4,
				status: 400,
				requestId: '0abc123def',
				attempt: 1,
			},
			{
				method: 'GET',
				url: 'https://api.box.com/2.0/users/me',
				startedAt: start + 48 * minute + 5 * second,
				durationMs: 30,
				transport: 'refused',
				attempt: 2,
			},
		]);
		const call = await dashboard.world.next('renew', 'work');
		call.answer(failed(aProfile('work'), notAuthorized));
		await dashboard.waitFor('failing:');
		await dashboard.type(keys.enter);
		const detail = await dashboard.waitFor('Diagnostics log');
		assert.match(detail, /work · Client Credentials Grant · api\.box\.com/, 'the title');
		assert.match(
			detail,
			/access token: issued 2026-11-22 12:00, expires 2026-11-22 13:00 \(11 min left\)/,
			'token metadata',
		);
		assert.match(detail, /Acts as: the service account of Reports, AutomationUser_/, 'identity');
		assert.match(detail, /Clock: this machine is 2 s ahead of Box/, 'the clock offset');
		assert.match(
			detail,
			/12:48:00 POST https:\/\/api\.box\.com\/oauth2\/token → 400 · 183 ms · box-request-id 0abc123def/,
			'an exchange with its status, duration and request ID',
		);
		assert.match(detail, /→ no answer: connection refused · 30 ms · attempt 2/, 'no answer');
		assert.match(detail, /Problem: This app needs to be authorized/, 'the diagnosis');
		assert.match(
			detail,
			/1\. Ask the admin to authorize the app\.\n\s*2\. Press r/,
			'numbered fix',
		);
		assert.match(detail, /Box said: 400 unauthorized_client/, "Box's own words");
		await dashboard.type(keys.escape);
		await dashboard.waitFor('↑↓ select');
	});

	it('q and Esc leave with 0, Ctrl+C with 130, d for doctor, s for setup', async () => {
		const leaves = [
			['q', {exitCode: 0}],
			[keys.escape, {exitCode: 0}],
			[keys.ctrlC, {exitCode: 130}],
			['d', {exitCode: 0, next: {command: 'doctor', profile: 'work'}}],
			['s', {exitCode: 0, next: {command: 'setup'}}],
		] as const;
		for (const [key, exit] of leaves) {
			const dashboard = await dashboardAt(start);
			await dashboard.type(key);
			assert.deepEqual(dashboard.exits, [exit], `the exit for ${JSON.stringify(key)}`);
			cleanup();
		}
	});
});

describe('--plain mode', () => {
	it('says the table once, then a line for each change, with no bars and no ticking', async () => {
		const dashboard = await dashboardAt(start + 47 * minute, [aProfile('work')], true);
		// Ink wraps lines at the terminal's width: read them whole.
		const first = dashboard.written().replaceAll('\n', '');
		assert.match(first, /1 profile:/, 'the table, said once');
		assert.match(
			first,
			/work \(Client Credentials Grant, acts as service account of Reports\): fresh; access token: expires in 13 min; auto-refresh on/,
			'a sentence per profile',
		);
		assert.doesNotMatch(dashboard.screen(), /#/, 'no bars');
		const frames = dashboard.instance.frames.length;
		await dashboard.advance(30 * second);
		assert.equal(dashboard.instance.frames.length, frames, 'nothing redrawn as time passes');
		await dashboard.advance(30 * second);
		const call = await dashboard.world.next('renew', 'work');
		dashboard.world.renewed(call, withNewToken(aProfile('work'), dashboard.clock.time));
		await dashboard.waitFor('work: renewed, expires in 60 min');
		await dashboard.type('r');
		const again = await dashboard.world.next('renew', 'work');
		again.answer(failed(aProfile('work'), notAuthorized));
		await dashboard.waitFor(
			'work: failing: This app needs to be authorized by the enterprise admin.',
		);
		const said = dashboard.screen().match(/work: renewed/g) ?? [];
		assert.equal(said.length, 1, 'each line said once');
	});
});

describe('--plain mode, in words', () => {
	it("says a developer token's time left as at most, and a login's end within the week", async () => {
		const profiles = [developerToken(), loginEndingAt('me', start + 6 * day)];
		const dashboard = await dashboardAt(start + 13 * minute, profiles, true);
		const said = dashboard.written().replaceAll(/\s+/g, ' ');
		assert.match(
			said,
			/dev \(Developer Token, [^)]*\): fresh; developer token: at most 47 min left;/,
		);
		assert.match(
			said,
			/me \(OAuth 2\.0, [^)]*\): fresh; refresh token ends in 5 days: log in again with boxauth login --profile me, or use it before then: each renewal starts 60 days anew; access token: expires in 47 min; refresh token: 5 days left;/,
		);
	});
});

describe('the cost of a quiet dashboard', () => {
	it('50 rows and no change: nothing is drawn between minute boundaries, one frame on each', async () => {
		const profiles = Array.from({length: 50}, (_, index) => aProfile(`profile-${index + 1}`));
		const dashboard = await dashboardAt(start + 10 * minute + 5 * second, profiles);
		await dashboard.waitFor(/profile-50 .* 49 min /);
		await settle(dashboard.instance);
		const frames = dashboard.instance.frames.length;
		const loads = dashboard.world.loads;
		assert.ok(
			dashboard.clock.pending <= 2 * profiles.length + 2,
			`per profile a timer for its renewal and one for its check with Box, one for the table and one that notices a sleep, not ${dashboard.clock.pending}`,
		);
		// Real time, on purpose: a timer on the real clock (not the dashboard's) would draw now.
		await delay(1200);
		await dashboard.advance(54 * second);
		assert.equal(dashboard.instance.frames.length, frames, 'no frame within the minute');
		await dashboard.advance(1 * second);
		assert.equal(dashboard.instance.frames.length, frames + 1, 'one frame on the minute');
		assert.match(rowOf(dashboard.screen(), 'profile-50'), / 48 min /, 'every row ticked together');
		assert.match(rowOf(dashboard.screen(), 'profile-1'), / 48 min /, 'the first too');
		assert.equal(dashboard.world.count('renew'), 0, 'nothing renewed');
		assert.equal(dashboard.world.loads, loads, 'the profiles not read again');
	});
});
