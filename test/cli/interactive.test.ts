import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, it} from 'node:test';
import {isolated} from '../helpers/isolated-environment.js';
import {keys} from '../helpers/keys.js';
import {runCli} from '../helpers/run-cli.js';
import {runInTerminal, type Terminal} from '../helpers/terminal.js';

describe('the interactive app in a real terminal', () => {
	let terminal: Terminal | undefined;
	afterEach(() => {
		terminal?.close();
	});

	it('offers a new user the wizard against the sandbox, and the sandbox itself', async () => {
		terminal = runInTerminal([]);
		await terminal.waitFor('No profiles yet.');
		assert.match(terminal.screen(), /› Try the setup wizard against the sandbox/);
		terminal.type(keys.down);
		await terminal.waitFor('› Set up a profile with your Box app');
		terminal.type(keys.down);
		await terminal.waitFor('› Start the sandbox');
		terminal.type(keys.enter);
		await terminal.waitFor('Sandbox running at http://127.0.0.1:');
		assert.match(
			terminal.screen(),
			/Pending CCG App\s+Client Credentials Grant\s+waiting for the admin/,
		);
		assert.match(terminal.screen(), /boxauth setup --sandbox/);
		terminal.type('q');
		assert.equal(await terminal.exited, 0);
	});

	it('opens the setup wizard against the sandbox from the first screen', async () => {
		terminal = runInTerminal([]);
		await terminal.waitFor('› Try the setup wizard against the sandbox');
		terminal.type(keys.enter);
		await terminal.waitFor('boxauth setup · get a working Box API token (sandbox)', 10_000);
		await terminal.waitFor('Do you just want to try the API now');
		terminal.type(keys.ctrlC);
		assert.equal(await terminal.exited, 130);
	});

	it('quits from the first screen with the last choice', async () => {
		terminal = runInTerminal([]);
		await terminal.waitFor('› Try the setup wizard');
		terminal.type(keys.up);
		await terminal.waitFor('› Quit');
		terminal.type(keys.enter);
		assert.equal(await terminal.exited, 0);
	});

	it('exits 130 on Ctrl+C and gives the terminal back (cursor shown again)', async () => {
		terminal = runInTerminal(['--sandbox']);
		await terminal.waitFor('Sandbox running at');
		terminal.type(keys.ctrlC);
		assert.equal(await terminal.exited, 130);
		const output = terminal.output();
		assert.ok(
			output.lastIndexOf('\u001B[?25h') > output.lastIndexOf('\u001B[?25l'),
			'the cursor is shown again',
		);
	});

	it('honours NO_COLOR: no colour escapes at all', async () => {
		terminal = runInTerminal(['--sandbox'], {NO_COLOR: '1'});
		await terminal.waitFor('Sandbox running at');
		terminal.type('q');
		assert.equal(await terminal.exited, 0);
		assert.doesNotMatch(terminal.output(), /\u001B\[(3\d|9\d|38;)/);
	});

	it('uses colour when NO_COLOR is not set, so the test above can fail', async () => {
		terminal = runInTerminal(['--sandbox']);
		await terminal.waitFor('Sandbox running at');
		terminal.type('q');
		assert.equal(await terminal.exited, 0);
		assert.match(terminal.output(), /\u001B\[(3\d|9\d|38;)/);
	});

	it('offers the dashboard, and picks up a setup left waiting for the admin', async () => {
		terminal = runInTerminal([]);
		await terminal.waitFor('No profiles yet.');
		const home = terminal.configHome;
		terminal.type('q');
		assert.equal(await terminal.exited, 0);
		const environment = isolated(home);
		const made = await runCli(
			['setup', '--sandbox', '--auth-type', 'developer', '--profile', 'dev'],
			{
				env: environment,
				timeoutMs: 30_000,
			},
		).done;
		assert.equal(made.code, 0, made.stderr);
		const state = JSON.parse(readFileSync(path.join(home, 'boxauth', 'sandbox.json'), 'utf8')) as {
			apps: Array<{name: string; clientId: string; clientSecret: string}>;
			enterprise: {id: string};
		};
		const pending = state.apps.find((app) => app.name === 'Pending CCG App');
		assert.ok(pending, 'the sandbox has an app waiting for its admin');
		const waiting = await runCli(
			[
				'setup',
				'--sandbox',
				'--auth-type',
				'ccg',
				'--profile',
				'later',
				'--client-id',
				pending.clientId,
				'--enterprise-id',
				state.enterprise.id,
			],
			{env: {...environment, BOXAUTH_CLIENT_SECRET: pending.clientSecret}, timeoutMs: 30_000},
		).done;
		assert.equal(waiting.code, 3, waiting.stderr);

		const again = runInTerminal([], {
			XDG_CONFIG_HOME: home,
			DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus',
		});
		try {
			await again.waitFor('Your profiles: dev');
			assert.match(again.screen(), /› Watch your tokens on the dashboard/);
			again.type(keys.down);
			await again.waitFor('› Pick up the setup of later, waiting for the admin');
			await new Promise((resolve) => {
				setTimeout(resolve, 100);
			});
			again.type(keys.enter);
			await again.waitFor('An admin of your enterprise authorizes and enables the app', 10_000);
			await new Promise((resolve) => {
				setTimeout(resolve, 100);
			});
			again.type('a');
			await again.waitFor('Your token works.', 10_000);
			await new Promise((resolve) => {
				setTimeout(resolve, 100);
			});
			again.type('d');
			await again.waitFor(/later\s+CCG/, 10_000);
			await new Promise((resolve) => {
				setTimeout(resolve, 100);
			});
			again.type('q');
			assert.equal(await again.exited, 0);
		} finally {
			again.close();
		}
	});
});
