import assert from 'node:assert/strict';
import {afterEach, describe, it} from 'node:test';
import {keys, runInTerminal, type Terminal} from '../helpers/terminal.js';

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
});
