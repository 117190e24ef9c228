import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {openProfiles} from '../../source/profiles/open-profiles.js';
import type {Profile} from '../../source/profiles/profile.js';
import {refreshTokenEndsSoon} from '../../source/tokens/refresh-token-ends-soon.js';
import {saveRenewal} from '../../source/tokens/save-renewal.js';
import {refreshToken} from '../../source/tokens/token-lifetimes.js';
import {isolatedHome} from '../helpers/isolated-environment.js';
import {aProfile, day, held, minute, start} from './token-fixtures.js';

/** An OAuth login `me` whose refresh token ends at `endsAt`, with a fresh access token. */
const loginEndingAt = (endsAt: number, lastCheck?: Profile['lastCheck']) =>
	aProfile('me', {
		authType: 'oauth',
		tokens: {
			access: held('access', start, 60 * minute),
			refresh: held('refresh', endsAt - 60 * day, 60 * day),
		},
		...(lastCheck ? {lastCheck} : {}),
	});

describe('the warning of a refresh token near its end', () => {
	it('6 days from its end: warned, with the days left and the command that logs in again', () => {
		const ending = refreshTokenEndsSoon(loginEndingAt(start + 6 * day + 2 * 60 * minute), start);
		assert.deepEqual(ending, {
			endsAt: start + 6 * day + 2 * 60 * minute,
			fix: 'boxauth login --profile me',
			words:
				'refresh token ends in 6 days: log in again with boxauth login --profile me, or use it before then: each renewal starts 60 days anew',
		});
	});

	it('8 days from its end: not warned', () => {
		assert.equal(refreshTokenEndsSoon(loginEndingAt(start + 8 * day), start), undefined);
	});

	it('begins on the minute the refresh countdown turns from 7 days to 6, and counts down with it', () => {
		const login = loginEndingAt(start + 7 * day);
		assert.equal(
			refreshTokenEndsSoon(login, start - minute),
			undefined,
			'the countdown says 7 days',
		);
		assert.equal(refreshTokenEndsSoon(login, start - 1), undefined, 'nor in its last millisecond');
		assert.match(refreshTokenEndsSoon(login, start)?.words ?? '', /^refresh token ends in 6 days:/);
		assert.match(
			refreshTokenEndsSoon(login, start + 6 * day + 30 * minute)?.words ?? '',
			/^refresh token ends in 23 h:/,
			'hours on its last day',
		);
	});

	it('says nothing once it has ended, nor once Box refused it: then the token itself says so', () => {
		const login = loginEndingAt(start + day);
		assert.equal(refreshTokenEndsSoon(login, start + day), undefined, 'ended');
		const refused = loginEndingAt(start + 5 * day, {
			at: start,
			ok: false,
			diagnosisId: 'refresh-token-spent',
			summary: 'Renewing the access token failed',
		});
		assert.equal(refreshTokenEndsSoon(refused, start), undefined, 'refused by Box');
	});

	it('says nothing of a profile without a refresh token', () => {
		assert.equal(refreshTokenEndsSoon(aProfile('server'), start), undefined, 'a server app');
	});

	it('a renewal starts the 60 days anew: the login saved after it is not warned', async () => {
		const {env} = isolatedHome('boxauth-ends-soon-');
		const profiles = await openProfiles({environment: env, now: () => start});
		const login = loginEndingAt(start + 5 * day);
		assert.ok(refreshTokenEndsSoon(login, start), 'warned before the renewal');
		const renewed = await saveRenewal(
			profiles,
			login,
			{
				profile: 'me',
				accessToken: 'new-access',
				expiresIn: 3600,
				receivedAt: start,
				refreshToken: 'new-refresh',
			},
			() => start,
		);
		assert.deepEqual(renewed.tokens.refresh, refreshToken(start), 'the new times recorded');
		assert.equal(refreshTokenEndsSoon(renewed, start), undefined, 'not warned after it');
	});
});
