import assert from 'node:assert/strict';
import {afterEach, before, describe, it} from 'node:test';
import {cleanup} from 'ink-testing-library';
import type {Diagnosis} from '../../source/diagnosis/diagnosis.js';
import {aProfile, day, drawDashboard, held, minute, rowOf, start} from './dashboard-harness.js';

// The dashboard asks Box about each held token every 15 minutes and after the machine sleeps:
// the clock alone cannot see a revoked token or a disabled app.

const appDisabled: Diagnosis = {
	id: 'app-not-enabled',
	what: 'Box refuses every API call from this app: it is not enabled in your enterprise.',
	why: ['An admin disabled the app.'],
	fix: ['Ask your admin to enable the app.'],
	docs: 'https://developer.box.com/guides/authorization/custom-app-approval/',
};

before(() => {
	process.env['TZ'] = 'UTC';
});

afterEach(() => {
	cleanup();
});

async function dashboardAt(at: number, profiles = [aProfile('work')]) {
	const dashboard = drawDashboard({profiles, at, plain: false});
	await dashboard.waitFor(`› ${profiles[0]?.profile.name ?? ''}`);
	return dashboard;
}

describe('the dashboard asks Box about the tokens it holds', () => {
	it('every 15 minutes: a refusal shows on the row with what to do', async () => {
		const dashboard = await dashboardAt(start + 2 * minute);
		await dashboard.advance(12 * minute);
		assert.equal(dashboard.world.count('check'), 0, 'not before 15 minutes after the token came');
		await dashboard.advance(2 * minute);
		const call = await dashboard.world.next('check', 'work');
		call.answer({
			ok: false,
			watched: aProfile('work'),
			diagnosis: appDisabled,
			boxSaid: '401 unauthorized: Unauthorized - Cannot authorize with this service',
			unreachable: false,
		});
		await dashboard.waitFor(/work .* failing/);
		assert.doesNotMatch(rowOf(dashboard.screen(), 'work'), / fresh /, 'no longer called fresh');
	});

	it('after the machine slept, asks about every token at once', async () => {
		const profiles = [
			aProfile('work'),
			aProfile('dev', {
				authType: 'developer-token',
				tokens: {developer: held('developer', start, 60 * minute)},
			}),
			aProfile('view', {authType: 'app-token', tokens: {app: held('app', start, 30 * day)}}),
		];
		const dashboard = await dashboardAt(start + minute, profiles);
		await dashboard.sleep(10 * minute);
		for (const name of ['work', 'dev', 'view']) {
			await dashboard.world.next('check', name);
		}
	});

	it('leaves a profile alone whose automatic renewal is off, and asks nothing without a token', async () => {
		const none = aProfile('empty', {tokens: {}});
		const dashboard = await dashboardAt(start + minute, [aProfile('work'), none]);
		await dashboard.type('a');
		await dashboard.waitFor('work: auto-refresh off');
		await dashboard.advance(20 * minute);
		assert.equal(dashboard.world.count('check'), 0);
	});
});
