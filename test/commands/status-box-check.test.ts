import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {useRunningSandbox} from '../helpers/running-sandbox.js';

// `boxauth status` asks Box whether it takes each held token: the clock alone called a token of a
// disabled app healthy. Against a `boxauth sandbox` kept running in the same config folder, which
// the profiles use, and whose control surface plays the admin.

describe('boxauth status checks each held token with Box', () => {
	const runningSandbox = useRunningSandbox('boxauth-status-');

	async function besideSandbox() {
		// The sandbox is a process of its own; the commands run in this one, in its config folder.
		const {described, env, stop} = await runningSandbox();
		const boxauth = async (args: string[], stdin = '') => runBoxauthInProcess(args, {env, stdin});
		const admin = async (action: 'disable' | 'enable') => {
			const app = described.apps.find((candidate) => candidate.name === 'Demo CCG App');
			assert.ok(app);
			const answer = await fetch(`${described.baseUrl}/_sandbox/apps/${app.clientId}/${action}`, {
				method: 'POST',
				headers: {'content-type': 'application/json'},
				body: '{}',
			});
			assert.equal(answer.status, 200);
		};

		const made = await boxauth(['setup', '--sandbox', '--auth-type', 'ccg', '--profile', 'work']);
		assert.equal(made.code, 0, made.stderr);
		return {boxauth, admin, described, stop};
	}

	it('says Box accepts the token, and after the admin disables the app, what the admin must do', async () => {
		const {boxauth, admin} = await besideSandbox();
		const accepted = await boxauth(['status']);
		assert.equal(accepted.code, 0, accepted.stderr);
		assert.match(accepted.stdout, /last check: passed just now: Box accepts the access token/);
		await admin('disable');
		const offline = await boxauth(['status', '--offline']);
		assert.equal(offline.code, 0, 'the clock alone still says healthy');
		const refused = await boxauth(['status']);
		assert.equal(refused.code, 3, 'the admin must act');
		assert.match(refused.stdout, /last check: FAILED just now: Box refused the access token/);
		assert.match(
			refused.stdout,
			/problem: Box refuses every API call from this app: it is not enabled/,
		);
		const json = JSON.parse((await boxauth(['status', '--offline', '--json'])).stdout) as {
			profiles: Array<{healthy: boolean}>;
		};
		assert.equal(json.profiles[0]?.healthy, false, 'the refusal is recorded for every view');
	});

	it('does not hand out a token Box refused: boxauth token gets a new one', async () => {
		const {boxauth, admin} = await besideSandbox();
		const held = (await boxauth(['token', '--profile', 'work'])).stdout;
		await admin('disable');
		assert.equal((await boxauth(['status'])).code, 3);
		await admin('enable');
		const next = await boxauth(['token', '--profile', 'work']);
		assert.equal(next.code, 0, next.stderr);
		assert.notEqual(next.stdout, held);
		assert.equal((await boxauth(['status'])).code, 0);
	});

	it('says when Box cannot be asked, and reports from what is stored', async () => {
		const {boxauth, described, stop} = await besideSandbox();
		const app = described.apps.find((candidate) => candidate.name === 'Demo CCG App');
		assert.ok(app);
		const added = await boxauth(
			[
				'profiles',
				'add',
				'far',
				'--base-url',
				described.baseUrl,
				'--auth-type',
				'ccg',
				'--client-id',
				app.clientId,
				'--enterprise-id',
				described.enterprise.id,
				'--client-secret-stdin',
			],
			`${app.clientSecret}\n`,
		);
		assert.equal(added.code, 0, added.stderr);
		await stop();
		const far = await boxauth(['status', '--profile', 'far']);
		assert.equal(far.code, 0, 'the stored view of a fresh token');
		assert.match(
			far.stderr,
			/Box could not be asked about far: .*What follows for it is from what is stored\./,
		);
		assert.match(far.stdout, /far: healthy/);
	});
});
