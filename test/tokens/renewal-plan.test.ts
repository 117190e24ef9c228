import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {renewAt} from '../../source/tokens/refresh-schedule.js';
import {
	nextCheck,
	nextRenewal,
	type RenewalFacts,
	retryDelay,
} from '../../source/tokens/renewal-plan.js';
import {aProfile, day, held, minute, second, start} from './token-fixtures.js';

const facts = (changes: Partial<RenewalFacts> = {}): RenewalFacts => ({
	profile: aProfile('work'),
	autoRefresh: true,
	failuresSoFar: 0,
	random: 0.5,
	now: start + minute,
	...changes,
});

describe('when the dashboard renews next', () => {
	it('a server app renews its access token on the refresh schedule, with its own jitter', () => {
		const profile = aProfile('work');
		const access = profile.tokens.access;
		assert.ok(access, 'the fixture holds an access token');
		assert.equal(nextRenewal(facts({profile})), renewAt(access, 0.5), 'renewAt with the jitter');
		assert.equal(nextRenewal(facts({profile, random: 0})), start + 48 * minute, '48 min in');
	});

	it('OAuth too, until its refresh token has expired: then only a new login helps', () => {
		const tokens = {
			access: held('access', start, 60 * minute),
			refresh: held('refresh', start - 59 * day, 60 * day),
		};
		const oauth = aProfile('login', {authType: 'oauth', tokens});
		assert.equal(nextRenewal(facts({profile: oauth, random: 0})), start + 48 * minute, 'live');
		assert.equal(nextRenewal(facts({profile: oauth, now: start + day})), null, 'refresh expired');
	});

	it('a profile with no token yet gets one now', () => {
		const profile = aProfile('new', {tokens: {}});
		assert.equal(nextRenewal(facts({profile})), start + minute, 'now');
	});

	it('auto-refresh off: never on its own', () => {
		assert.equal(nextRenewal(facts({autoRefresh: false})), null, 'the person renews');
	});

	it('a developer token or App Token is checked once, as it expires, to show the fix', () => {
		const developer = aProfile('dev', {
			authType: 'developer-token',
			tokens: {developer: held('developer', start, 60 * minute)},
		});
		assert.equal(nextRenewal(facts({profile: developer})), start + 60 * minute, 'at its end');
		assert.equal(
			nextRenewal(facts({profile: developer, now: start + 61 * minute})),
			null,
			'not again once expired',
		);
		const never = aProfile('view', {
			authType: 'app-token',
			tokens: {app: held('app', start, null)},
		});
		assert.equal(nextRenewal(facts({profile: never})), null, 'an App Token that never expires');
	});

	it('after a failure, retries with backoff: 15 s, 30 s, 1 min, 2 min, up to 5 min', () => {
		assert.deepEqual(
			[1, 2, 3, 4, 5, 6, 20].map((failures) => retryDelay(failures) / second),
			[15, 30, 60, 120, 240, 300, 300],
			'the delays',
		);
		const failedAt = start + 50 * minute;
		assert.equal(
			nextRenewal(facts({failuresSoFar: 3, lastFailureAt: failedAt, now: failedAt})),
			failedAt + minute,
			'the third failure waits a minute',
		);
	});

	it('never asks Box twice within 15 s, whatever the token says', () => {
		const renewedAt = start + 50 * minute;
		assert.equal(
			nextRenewal(facts({lastRenewedAt: renewedAt, now: renewedAt})),
			renewedAt + 15 * second,
			'an answer that left the token due does not loop',
		);
	});
});

describe('when the dashboard next asks Box about the held token', () => {
	it('15 minutes after the token came or Box was last asked, whichever is later', () => {
		const profile = aProfile('work');
		assert.equal(nextCheck(facts({profile})), start + 15 * minute);
		const checked = {...profile, lastCheck: {at: start + 20 * minute, ok: true, summary: 'ok'}};
		assert.equal(nextCheck(facts({profile: checked})), start + 35 * minute);
		const before = {...profile, lastCheck: {at: start - hourAgo, ok: false, summary: 'old'}};
		assert.equal(
			nextCheck(facts({profile: before})),
			start + 15 * minute,
			'an older check counts for nothing',
		);
	});

	it('never for an expired token, no token, or a profile whose renewal was turned off', () => {
		const profile = aProfile('work');
		assert.equal(nextCheck(facts({profile, now: start + 61 * minute})), null);
		assert.equal(nextCheck(facts({profile: aProfile('empty', {tokens: {}})})), null);
		assert.equal(nextCheck(facts({profile, autoRefresh: false})), null);
	});

	it('a developer token, which nothing renews, is asked about anyway', () => {
		const dev = aProfile('dev', {
			authType: 'developer-token',
			tokens: {developer: held('developer', start, 60 * minute)},
		});
		assert.equal(nextCheck(facts({profile: dev, autoRefresh: false})), start + 15 * minute);
	});
});

const hourAgo = 60 * minute;
