import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Profile} from '../../source/profiles/profile.js';
import {tokenStates} from '../../source/tokens/token-states.js';
import {aProfile, day, held, start} from './token-fixtures.js';

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
});
