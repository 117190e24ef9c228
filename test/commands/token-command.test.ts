import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {openProfiles} from '../../source/profiles/open-profiles.js';
import {accessToken} from '../../source/tokens/token-lifetimes.js';
import {isolatedHome} from '../helpers/isolated-environment.js';
import {runCli} from '../helpers/run-cli.js';
import {aProfile} from '../profiles/fixtures/profile-fixtures.js';

const day = 24 * 60 * 60 * 1000;
const heldToken = 'held-access-token-5d2e';

/**
 * A config folder holding the OAuth login `me`: a fresh access token, so that `boxauth token`
 * takes its fast path without asking Box, and a refresh token that ends in `days`.
 */
async function loginEndingIn(days: number): Promise<Record<string, string>> {
	const {env} = isolatedHome('boxauth-token-');
	const now = Date.now();
	const profiles = await openProfiles({environment: env, now: Date.now});
	await (await profiles.settingsStore()).save(
		aProfile('me', {
			authType: 'oauth',
			subject: undefined,
			tokens: {
				access: accessToken(now, 3600),
				refresh: {kind: 'refresh', issuedAt: now - (60 - days) * day, expiresAt: now + days * day},
			},
			secretLocation: 'file',
			createdAt: now - 60 * day,
		}),
	);
	await profiles.secrets.set('me', 'access-token', heldToken);
	return env;
}

describe('boxauth token and a login near its end', () => {
	it('6 days from its end: the token alone on stdout, one line of warning on stderr', async () => {
		const env = await loginEndingIn(6);
		for (const format of ['raw', 'json']) {
			const {code, stdout, stderr} = await runCli(['token', '--format', format], {env}).done;
			assert.equal(code, 0, stderr);
			assert.ok(stdout.includes(heldToken), `the token, as ${format}`);
			assert.doesNotMatch(stdout, /refresh token|boxauth login/, 'nothing else on stdout');
			assert.equal(
				stderr,
				'refresh token ends in 5 days: log in again with boxauth login --profile me, or use it before then: each renewal starts 60 days anew\n',
			);
		}
	});

	it('8 days from its end: no warning', async () => {
		const env = await loginEndingIn(8);
		const {code, stdout, stderr} = await runCli(['token'], {env}).done;
		assert.equal(code, 0, stderr);
		assert.equal(stdout, `${heldToken}\n`);
		assert.equal(stderr, '');
	});
});
