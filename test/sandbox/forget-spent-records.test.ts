import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {forgetSpentRecords} from '../../source/sandbox/forget-spent-records.js';
import type {
	AccessTokenRecord,
	AuthCodeRecord,
	RefreshTokenRecord,
} from '../../source/sandbox/sandbox-state.js';
import {seedSandbox} from '../../source/sandbox/seed-sandbox.js';

const hour = 60 * 60 * 1000;
const day = 24 * hour;
const now = Date.parse('2026-05-04T10:00:00.000Z');

const access = (token: string, expiresAt: number | null): AccessTokenRecord => ({
	token,
	kind: 'ccg',
	clientId: 'client',
	userId: 'user',
	issuedAt: now - 2 * day,
	expiresAt,
	revoked: false,
	restrictedTo: [],
});

const refresh = (token: string, changes: Partial<RefreshTokenRecord>): RefreshTokenRecord => ({
	token,
	clientId: 'client',
	userId: 'user',
	grantId: 'grant',
	issuedAt: now - 10 * day,
	expiresAt: now + 50 * day,
	used: false,
	revoked: false,
	...changes,
});

const code = (name: string, changes: Partial<AuthCodeRecord>): AuthCodeRecord => ({
	code: name,
	clientId: 'client',
	userId: 'user',
	redirectUri: null,
	codeChallenge: null,
	codeChallengeMethod: 'S256',
	issuedAt: now - hour,
	expiresAt: now - hour + 30_000,
	used: false,
	...changes,
});

function stateWith() {
	const state = seedSandbox(now);
	state.accessTokens = {
		live: access('live', now + hour),
		justExpired: access('justExpired', now - hour),
		longExpired: access('longExpired', now - day - 1),
		appToken: access('appToken', null),
	};
	state.refreshTokens = {
		unused: refresh('unused', {}),
		usedRecently: refresh('usedRecently', {used: true, usedAt: now - hour}),
		usedLongAgo: refresh('usedLongAgo', {used: true, usedAt: now - day - 1}),
		usedBeforeUsedAtExisted: refresh('usedBeforeUsedAtExisted', {used: true}),
		expiredRecently: refresh('expiredRecently', {expiresAt: now - hour}),
		expiredLongAgo: refresh('expiredLongAgo', {expiresAt: now - 2 * day}),
	};
	state.authCodes = {
		unusedExpired: code('unusedExpired', {}),
		used: code('used', {used: true}),
		unusedLongExpired: code('unusedLongExpired', {expiresAt: now - 2 * day}),
	};
	state.usedJtis = {fresh: now + 30_000, spent: now - 1};
	return state;
}

describe('forgetting what no longer works', () => {
	it('keeps what works and what stopped working within a day; drops the rest', () => {
		const state = stateWith();
		forgetSpentRecords(state, now);
		assert.deepEqual(Object.keys(state.accessTokens), ['live', 'justExpired', 'appToken']);
		assert.deepEqual(Object.keys(state.refreshTokens), [
			'unused',
			'usedRecently',
			'expiredRecently',
		]);
		assert.deepEqual(Object.keys(state.authCodes), ['unusedExpired']);
		assert.deepEqual(Object.keys(state.usedJtis), ['fresh']);
	});

	it("reads the time on the sandbox's clock, offset included", () => {
		const state = stateWith();
		state.clockOffsetMs = 2 * day;
		forgetSpentRecords(state, now);
		assert.deepEqual(Object.keys(state.accessTokens), ['appToken']);
	});
});
