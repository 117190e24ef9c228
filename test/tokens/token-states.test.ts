import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Profile} from '../../source/profiles/profile.js';
import {tokenStates} from '../../source/tokens/token-states.js';
import {aProfile, day, held, minute, start} from './token-fixtures.js';

describe('the tokens a profile holds, in words', () => {
	const oauth = (lastCheck?: Profile['lastCheck']) =>
		aProfile('me', {
			authType: 'oauth',
			tokens: {refresh: held('refresh', start, 60 * day)},
			...(lastCheck ? {lastCheck} : {}),
		});

	it('counts the days a refresh token has left', () => {
		const [refresh] = tokenStates(oauth(), start + day, true);
		assert.equal(refresh?.state, 'fresh');
		assert.match(refresh?.words ?? '', /59 days left/);
	});

	it('calls a refresh token Box refused dead, whatever the days left say', () => {
		const refused = oauth({
			at: start + day,
			ok: false,
			diagnosisId: 'refresh-token-spent',
			summary: 'Renewing the access token failed',
		});
		const [refresh] = tokenStates(refused, start + day, true);
		assert.equal(refresh?.state, 'expired');
		assert.match(refresh?.words ?? '', /refused by Box/);
		assert.match(refresh?.words ?? '', /boxauth login --profile me/);
		assert.doesNotMatch(refresh?.words ?? '', /days left/);
	});

	it("a developer token's time left is at most what boxauth counts: it may have been made before it was pasted", () => {
		const dev = aProfile('dev', {
			authType: 'developer-token',
			tokens: {developer: held('developer', start, 60 * minute)},
		});
		const [fresh] = tokenStates(dev, start + 13 * minute, false);
		assert.equal(fresh?.words, 'developer token: at most 47 min left');
		assert.equal(fresh?.state, 'fresh');
		const [expired] = tokenStates(dev, start + 65 * minute, false);
		assert.match(expired?.words ?? '', /^developer token expired 5 min ago: /, 'the clock says so');
	});

	it('an App Token and an access token keep their known expiry', () => {
		const app = aProfile('view', {
			authType: 'app-token',
			tokens: {app: held('app', start, 30 * day)},
		});
		assert.equal(tokenStates(app, start + day, false)[0]?.words, 'App Token: 29 days left');
		assert.equal(
			tokenStates(aProfile('server'), start + 13 * minute, true)[0]?.words,
			'access token: expires in 47 min',
		);
	});
});
