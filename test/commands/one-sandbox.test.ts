import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {isolatedHome} from '../helpers/isolated-environment.js';
import {runCli} from '../helpers/run-cli.js';

describe('one running sandbox per config folder', () => {
	it('refuses a second boxauth sandbox, which would orphan the first', async () => {
		const {env} = isolatedHome('boxauth-one-sandbox-');
		const first = runCli(['sandbox', '--port', '0', '--json'], {env, timeoutMs: 60_000});
		try {
			const described = JSON.parse(await first.firstLine) as {baseUrl: string};
			const second = await runCli(['sandbox', '--port', '0'], {env, timeoutMs: 30_000}).done;
			assert.equal(second.code, 1);
			assert.match(
				second.stderr,
				new RegExp(`running for this config folder already, at ${described.baseUrl}`),
			);
			// The first still serves, and is still the one every command finds.
			const made = await runCli(['setup', '--sandbox', '--auth-type', 'developer'], {
				env,
				timeoutMs: 30_000,
			}).done;
			assert.equal(made.code, 0, made.stderr);
			const answer = await fetch(`${described.baseUrl}/_sandbox`);
			assert.equal(answer.status, 200);
		} finally {
			first.child.kill('SIGINT');
			await first.done;
		}
	});
});
