import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {ProfileTrouble} from '../../source/tokens/dashboard-actions.js';
import {rowState} from '../../source/tokens/row-state.js';
import {aProfile, day, held, minute, start} from './token-fixtures.js';

const notAuthorized: ProfileTrouble = {
	unreachable: false,
	boxSaid: '400 unauthorized_client: This app is not authorized by the enterprise admin',
	diagnosis: {
		id: 'ccg-app-not-authorized',
		what: 'This app needs to be authorized by the enterprise admin.',
		why: ['The admin has not authorized the app yet.'],
		fix: ['Ask the admin to authorize the app.'],
		docs: 'https://developer.box.com/guides/authorization/custom-app-approval/',
	},
};

const words = (...args: Parameters<typeof rowState>) => rowState(...args).words;

describe("a dashboard row's state in words", () => {
	const work = aProfile('work');

	it('fresh, then due, then expired, as the token ages', () => {
		const facts = {profile: work, renewing: false};
		assert.equal(words(facts, start + minute), 'fresh', 'new');
		assert.equal(words(facts, start + 49 * minute), 'due', 'past the renewal time');
		assert.equal(words(facts, start + 61 * minute), 'expired', 'gone');
	});

	it('renewing… while a renewal is under way, whatever else', () => {
		const facts = {profile: work, renewing: true, trouble: notAuthorized};
		assert.equal(words(facts, start), 'renewing…', 'renewing first');
	});

	it('failing: the diagnosis in one line', () => {
		const state = rowState({profile: work, renewing: false, trouble: notAuthorized}, start);
		assert.deepEqual(
			state,
			{kind: 'failing', words: 'failing: This app needs to be authorized by the enterprise admin.'},
			'the diagnosis says what',
		);
	});

	it('Box unreachable, not a failure of the app', () => {
		const trouble = {...notAuthorized, unreachable: true};
		assert.equal(
			words({profile: work, renewing: false, trouble}, start),
			'Box unreachable',
			'no answer',
		);
	});

	it('an expired developer token or App Token says how to get a new one', () => {
		const dev = aProfile('dev', {
			authType: 'developer-token',
			tokens: {developer: held('developer', start, 60 * minute)},
		});
		assert.equal(words({profile: dev, renewing: false}, start + 50 * minute), 'fresh', 'never due');
		assert.equal(
			words({profile: dev, renewing: false, trouble: notAuthorized}, start + 61 * minute),
			'expired: generate a new developer token and paste it: boxauth login --profile dev',
			'the fix before the failure',
		);
		const app = aProfile('view', {
			authType: 'app-token',
			tokens: {app: held('app', start, 30 * day)},
		});
		assert.equal(
			words({profile: app, renewing: false}, start + 31 * day),
			'expired: generate a new App Token and paste it: boxauth login --profile view',
			'App Token',
		);
	});

	it('OAuth with its refresh token expired: log in again', () => {
		const login = aProfile('login', {
			authType: 'oauth',
			tokens: {
				access: held('access', start, 60 * minute),
				refresh: held('refresh', start, 60 * day),
			},
		});
		assert.equal(
			words({profile: login, renewing: false}, start + 61 * day),
			'expired: log in again with boxauth login --profile login',
			'the command to run',
		);
	});

	it('a login whose refresh token ends within the week: fresh, with the warning and the fix', () => {
		const endingIn = (days: number) =>
			aProfile('me', {
				authType: 'oauth',
				tokens: {
					access: held('access', start, 60 * minute),
					refresh: held('refresh', start + days * day - 60 * day, 60 * day),
				},
			});
		assert.deepEqual(
			rowState({profile: endingIn(6), renewing: false}, start + minute),
			{
				kind: 'ending-soon',
				words:
					'fresh; refresh token ends in 5 days: log in again with boxauth login --profile me, or use it before then: each renewal starts 60 days anew',
			},
			'6 days from its end',
		);
		assert.deepEqual(
			rowState({profile: endingIn(8), renewing: false}, start + minute),
			{kind: 'fresh', words: 'fresh'},
			'8 days from its end',
		);
		assert.match(
			words({profile: endingIn(6), renewing: false}, start + 49 * minute),
			/^due; refresh token ends in 5 days: /,
			'the access token still says its own state first',
		);
	});

	it('no token yet', () => {
		const profile = aProfile('new', {tokens: {}});
		assert.equal(words({profile, renewing: false}, start), 'no token yet', 'nothing held');
	});
});
