import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {setTimeout as delay} from 'node:timers/promises';
import {openProfiles, type Profiles} from '../../source/profiles/open-profiles.js';
import {accessToken} from '../../source/tokens/token-lifetimes.js';
import {oauthProfileDueForRenewal, renewWorkIn, tokenWorks} from '../helpers/oauth-profile.js';
import {runCli} from '../helpers/run-cli.js';
import {useSandbox} from '../helpers/sandbox-fixture.js';

// A signal at any moment of a renewal, from the run's start to its end, loses no login: the
// refresh token stored (or Box's answer journalled) still works afterwards. Apart from the other
// ways a login survives, as these runs take most of a minute.

describe('a login survives a signal during its renewal', () => {
	const sandbox = useSandbox();
	const renewIn = async (profiles: Profiles) => renewWorkIn(sandbox(), profiles);

	/** The profile's access token made due again, so that the next run spends the refresh token. */
	async function makeDue(environment: Record<string, string>): Promise<Profiles> {
		const profiles = await openProfiles({environment, now: Date.now});
		const profile = profiles.settings.profiles['work'];
		assert.ok(profile);
		const longAgo = Date.now() - 2 * 60 * 60 * 1000;
		await (await profiles.settingsStore()).save({
			...profile,
			tokens: {...profile.tokens, access: accessToken(longAgo, 3600)},
		});
		return profiles;
	}

	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		it(`${signal} at many points of a renewal loses no login`, async () => {
			const setup = await oauthProfileDueForRenewal(sandbox());
			const started = Date.now();
			const first = await runCli(['token', '--profile', 'work'], {env: setup.environment}).done;
			assert.equal(first.code, 0, first.stderr);
			const window = Date.now() - started;
			const trials = 8;
			for (let trial = 0; trial < trials; trial++) {
				await makeDue(setup.environment);
				const run = runCli(['token', '--profile', 'work'], {env: setup.environment});
				// Spread over the whole run, from its start to its end.
				await delay(Math.round((window * trial) / (trials - 1)));
				run.child.kill(signal);
				await run.done;
				// The login works if the refresh token stored (or an answer journalled) still does.
				const after = await renewIn(await makeDue(setup.environment));
				assert.ok(after.ok, `${signal} ${trial * (window / (trials - 1))} ms in lost the login`);
				assert.equal(await tokenWorks(sandbox(), after.accessToken), true);
			}
		});
	}
});
