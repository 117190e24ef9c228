import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {lifetimeBar} from '../../source/tokens/lifetime-bar.js';
import {accessToken, appToken} from '../../source/tokens/token-lifetimes.js';

const start = Date.UTC(2026, 10, 22, 12, 0, 0);
const minute = 60_000;

describe('the lifetime bar', () => {
	it('shows the part of the lifetime left in ASCII', () => {
		const token = accessToken(start, 3600);
		assert.equal(lifetimeBar(token, start, 10), '##########', 'full when new');
		assert.equal(lifetimeBar(token, start + 30 * minute, 10), '#####-----', 'half');
		assert.equal(lifetimeBar(token, start + 59 * minute, 10), '#---------', 'any time left shows');
		assert.equal(lifetimeBar(token, start + 60 * minute, 10), '----------', 'empty once expired');
		assert.match(lifetimeBar(token, start + 7 * minute, 8), /^[#-]{8}$/, 'always N cells');
	});

	it('is full for a token that never expires, empty for none', () => {
		assert.equal(lifetimeBar(appToken(start, 'never'), start + 1e12, 6), '######', 'never');
		assert.equal(lifetimeBar(undefined, start, 6), '------', 'no token');
	});
});
