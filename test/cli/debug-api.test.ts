import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {openProfiles} from '../../source/profiles/open-profiles.js';
import {isolatedHome, noKeychain} from '../helpers/isolated-environment.js';
import {assertNoSecrets} from '../helpers/leak-check.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {runCli} from '../helpers/run-cli.js';
import {appOfType, useSandbox} from '../helpers/sandbox-fixture.js';
import {writeSandboxProfile} from '../helpers/sandbox-profile.js';

// A line of the trace: what was sent (`>`), what came back (`<`), or what happened instead (`*`).
const traceLine = /^[><*] /m;

describe('BOXAUTH_DEBUG=api', () => {
	const sandbox = useSandbox();

	/** A CCG profile of the sandbox with no token yet: `boxauth token` must ask Box for one. */
	async function profileWithoutToken() {
		const {env} = isolatedHome();
		const profiles = await openProfiles({environment: env, now: Date.now, keychain: noKeychain});
		const app = appOfType(sandbox(), 'Demo CCG App');
		await writeSandboxProfile(profiles, sandbox(), {
			profile: {
				name: 'work',
				authType: 'ccg',
				clientId: app.clientId,
				subject: {type: 'enterprise', id: sandbox().describe().enterprise.id},
			},
			secrets: {'client-secret': app.clientSecret},
		});
		return {env, clientSecret: app.clientSecret};
	}

	/** In this process: what the trace says, and when. */
	const token = async (env: Record<string, string>) =>
		runBoxauthInProcess(['token', '--profile', 'work'], {env});

	// A whole process: nothing but the token reaches its stdout, whatever the trace writes.
	it('traces the token request on stderr, secrets masked, and leaves stdout the token alone', async () => {
		const {env, clientSecret} = await profileWithoutToken();
		const {code, stdout, stderr} = await runCli(['token', '--profile', 'work'], {
			env: {...env, BOXAUTH_DEBUG: 'api'},
			timeoutMs: 20_000,
		}).done;
		assert.equal(code, 0, stderr);
		assert.match(stdout, /^\S+\n$/, 'stdout is the token and nothing else');
		const issued = stdout.trim();
		assert.match(stderr, /^> POST http:\/\/127\.0\.0\.1:\d+\/oauth2\/token$/m);
		assert.match(stderr, /^> grant_type=client_credentials&.*client_secret=\S{4}…/m);
		assert.match(stderr, /^< 200 in \d+ ms$/m);
		assert.match(stderr, new RegExp(`^< \\{"access_token":"${issued.slice(0, 4)}…"`, 'm'));
		assertNoSecrets(stderr, [clientSecret, issued], 'the trace');
	});

	it('takes 1 and true as api, and traces nothing unset or with a value it does not know', async () => {
		const runs: Array<[Record<string, string>, boolean]> = [
			[{BOXAUTH_DEBUG: '1'}, true],
			[{BOXAUTH_DEBUG: 'TRUE'}, true],
			[{}, false],
			[{BOXAUTH_DEBUG: 'verbose'}, false],
		];
		for (const [debug, traces] of runs) {
			// A profile of its own each time: a token held from a run before needs no request.
			const {env} = await profileWithoutToken();
			const {code, stdout, stderr} = await token({...env, ...debug});
			assert.equal(code, 0, stderr);
			assert.match(stdout, /^\S+\n$/);
			if (traces) {
				assert.match(stderr, /^> POST .*\/oauth2\/token$/m, JSON.stringify(debug));
			} else {
				assert.doesNotMatch(stderr, traceLine, `no trace lines with ${JSON.stringify(debug)}`);
			}
		}
	});
});
