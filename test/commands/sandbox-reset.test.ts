import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import {runCli} from '../helpers/run-cli.js';

type Described = {
	baseUrl: string;
	apps: Array<{name: string; clientId: string; authorized: boolean}>;
};

const pendingApp = (described: Described) =>
	described.apps.find((app) => app.name === 'Pending CCG App');

describe('boxauth sandbox --reset', () => {
	it('starts the sandbox afresh, so the demo can be tried again; refused while one runs', async () => {
		const home = mkdtempSync(path.join(tmpdir(), 'boxauth-reset-'));
		const env = {XDG_CONFIG_HOME: home, HOME: home};
		const first = runCli(['sandbox', '--port', '0', '--json'], {env, timeoutMs: 60_000});
		const before = JSON.parse(await first.firstLine) as Described;
		const approved = await fetch(
			`${before.baseUrl}/_sandbox/apps/${pendingApp(before)?.clientId}/authorize`,
			{method: 'POST'},
		);
		assert.equal(approved.status, 200);

		const whileRunning = await runCli(['sandbox', '--reset'], {env}).done;
		assert.equal(whileRunning.code, 1);
		assert.match(
			whileRunning.stderr,
			/A boxauth sandbox is running for this config folder: stop it first/,
		);

		first.child.kill('SIGINT');
		await first.done;

		const again = runCli(['sandbox', '--reset', '--port', '0', '--json'], {env, timeoutMs: 60_000});
		const after = JSON.parse(await again.firstLine) as Described;
		again.child.kill('SIGINT');
		const ended = await again.done;
		assert.match(ended.stderr, /The sandbox starts afresh/);
		assert.notEqual(pendingApp(after)?.clientId, pendingApp(before)?.clientId, 'new apps');
		assert.equal(pendingApp(after)?.authorized, false, 'the app waits for its admin again');
	});
});
