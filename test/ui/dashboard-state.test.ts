import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {RenewAnswer} from '../../source/tokens/dashboard-actions.js';
import {
	type DashboardEvent,
	type DashboardState,
	dashboardReducer,
	initialDashboardState,
} from '../../source/ui/dashboard/dashboard-state.js';
import {aProfile, minute, start, withNewToken} from './dashboard-harness.js';

const after = (state: DashboardState, ...events: DashboardEvent[]) =>
	events.reduce(dashboardReducer, state);

const loaded = (plain: boolean, names = ['work', 'home', 'lab']) =>
	after(initialDashboardState(plain), {
		type: 'profiles-loaded',
		profiles: names.map((name) => aProfile(name)),
		now: start,
	});

const failing: RenewAnswer = {
	ok: false,
	watched: aProfile('work'),
	unreachable: false,
	diagnosis: {id: 'x', what: 'Box said no.', why: [], fix: [], docs: 'https://developer.box.com'},
};

const said = (state: DashboardState) => state.announcements.map((line) => line.text);

describe("the dashboard's state", () => {
	it('keeps the selection on the same profile when the list changes, within the ends', () => {
		const state = after(loaded(false), {type: 'selection-moved', by: 1});
		assert.equal(state.selected, 1, 'home');
		const reordered = after(state, {
			type: 'profiles-loaded',
			profiles: [aProfile('home'), aProfile('work')],
			now: start,
		});
		assert.equal(reordered.profiles[reordered.selected]?.profile.name, 'home', 'still home');
		const moved = after(reordered, {type: 'selection-moved', by: 5});
		assert.equal(moved.selected, 1, 'not past the last row');
	});

	it('counts failures for the backoff, and a success resets them', () => {
		const failed = after(
			loaded(false),
			{type: 'renewal-started', name: 'work'},
			{type: 'renewal-finished', name: 'work', answer: failing, now: start + minute},
			{type: 'renewal-finished', name: 'work', answer: failing, now: start + 2 * minute},
		);
		assert.equal(failed.sessions['work']?.failuresSoFar, 2, 'two in a row');
		assert.equal(failed.sessions['work']?.lastFailureAt, start + 2 * minute, 'the last one');
		const renewed = after(failed, {
			type: 'renewal-finished',
			name: 'work',
			answer: {ok: true, watched: withNewToken(aProfile('work'), start), renewed: true},
			now: start + 3 * minute,
		});
		assert.equal(renewed.sessions['work']?.failuresSoFar, 0, 'reset');
		assert.equal(renewed.sessions['work']?.trouble, undefined, 'no trouble');
	});

	it('announces only in --plain mode, and a repeated failure only once', () => {
		const events: DashboardEvent[] = [
			{type: 'renewal-finished', name: 'work', answer: failing, now: start},
			{type: 'renewal-finished', name: 'work', answer: failing, now: start + minute},
		];
		assert.deepEqual(said(after(loaded(false), ...events)), [], 'the live table shows it');
		const plain = said(after(loaded(true), ...events));
		assert.equal(plain.filter((line) => line === 'work: failing: Box said no.').length, 1, 'once');
	});

	it('a console token cannot have auto-refresh turned on; the notice says why', () => {
		const dev = aProfile('dev', {authType: 'developer-token', tokens: {}});
		const state = after(
			initialDashboardState(false),
			{type: 'profiles-loaded', profiles: [dev], now: start},
			{type: 'auto-refresh-toggled', name: 'dev'},
		);
		assert.equal(state.sessions['dev']?.autoRefresh, false, 'stays off');
		assert.match(state.notice ?? '', /cannot be refreshed/, 'says why');
	});
});
