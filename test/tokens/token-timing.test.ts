import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {authTypes} from '../../source/box/auth-types.js';
import {renewAt, renewalVerdict} from '../../source/tokens/refresh-schedule.js';
import {
	accessToken,
	appToken,
	developerToken,
	isExpired,
	refreshToken,
	timeLeft,
} from '../../source/tokens/token-lifetimes.js';

const start = Date.UTC(2026, 10, 22, 12, 0, 0);
const minutes = (count: number) => count * 60_000;
const days = (count: number) => count * 24 * 60 * 60_000;

describe('token lifetimes by kind', () => {
	it('an access token lives as long as Box said, not a fixed hour', () => {
		const token = accessToken(start, 4138);
		assert.equal(timeLeft(token, start), 4138 * 1000);
		assert.equal(isExpired(token, start + 4137 * 1000), false);
		assert.equal(isExpired(token, start + 4138 * 1000), true);
	});

	it('a refresh token lives 60 days', () => {
		const token = refreshToken(start);
		assert.equal(isExpired(token, start + days(60) - 1), false);
		assert.equal(isExpired(token, start + days(60)), true);
	});

	it('a developer token lives 60 minutes from when the console made it', () => {
		const token = developerToken(start - minutes(45));
		assert.equal(timeLeft(token, start), minutes(15));
	});

	it('an App Token lives 30 days, 60 days or for ever, as chosen', () => {
		assert.equal(timeLeft(appToken(start, '30-days'), start), days(30));
		assert.equal(timeLeft(appToken(start, '60-days'), start), days(60));
		assert.equal(
			timeLeft(appToken(start, 'never'), start + days(10_000)),
			Number.POSITIVE_INFINITY,
		);
		assert.equal(isExpired(appToken(start, 'never'), start + days(10_000)), false);
	});
});

describe('renewal timing', () => {
	it("renews Box's hour-long token 46 to 48 minutes in, never in its last minutes", () => {
		const token = accessToken(start, 3600);
		assert.equal(renewAt(token, 0), start + minutes(48));
		assert.equal(renewAt(token, 0.999_999), start + minutes(46) + 0.12);
		assert.equal(renewalVerdict(token, start + minutes(45), 0), 'fresh');
		assert.equal(renewalVerdict(token, start + minutes(48), 0), 'renew');
		assert.equal(renewalVerdict(token, start + minutes(60), 0), 'expired');
	});

	it('spreads renewals of tokens issued together over two minutes', () => {
		const token = accessToken(start, 3600);
		const times = [0, 0.25, 0.5, 0.75].map((random) => renewAt(token, random) ?? 0);
		assert.equal(new Set(times).size, 4);
		assert.ok(Math.max(...times) - Math.min(...times) <= minutes(2));
	});

	it('keeps a proportionate margin for a short sandbox lifetime', () => {
		const token = accessToken(start, 120);
		assert.equal(renewAt(token, 0), start + 60_000);
		assert.equal(renewalVerdict(token, start + 59_000, 0), 'fresh');
		assert.equal(renewalVerdict(token, start + 61_000, 0), 'renew');
	});

	it('never renews a token that never expires', () => {
		const token = appToken(start, 'never');
		assert.equal(renewAt(token, 0.5), null);
		assert.equal(renewalVerdict(token, start + days(400), 0.5), 'fresh');
	});
});

describe('renewal means by auth type', () => {
	it('OAuth spends its refresh token; CCG and JWT ask again; the console tokens cannot be renewed', () => {
		assert.deepEqual(authTypes['oauth'].renewal, {kind: 'refresh-token'});
		assert.deepEqual(authTypes['ccg'].renewal, {kind: 'new-grant'});
		assert.deepEqual(authTypes['jwt'].renewal, {kind: 'new-grant'});
		const developer = authTypes['developer-token'].renewal;
		assert.equal(developer.kind, 'none');
		assert.match(developer.kind === 'none' ? developer.why : '', /Configuration > Developer Token/);
		assert.equal(authTypes['app-token'].renewal.kind, 'none');
	});
});
