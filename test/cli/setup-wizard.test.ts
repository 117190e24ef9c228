import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, it} from 'node:test';
import {fakeBrowser} from '../helpers/fake-browser.js';
import {isolated} from '../helpers/isolated-environment.js';
import {keys} from '../helpers/keys.js';
import {runCli} from '../helpers/run-cli.js';
import {
	erase,
	runInTerminal,
	settle,
	type Terminal,
	type TerminalSize,
} from '../helpers/terminal.js';

/** `boxauth token` in the config folder the wizard saved its profile to. */
async function tokenAfterSetup(terminal: Terminal, profile: string) {
	return runCli(['token', '--profile', profile], {
		env: isolated(terminal.configHome),
		timeoutMs: 15_000,
	}).done;
}

function sandboxApp(terminal: Terminal, name: string) {
	const state = JSON.parse(
		readFileSync(path.join(terminal.configHome, 'boxauth', 'sandbox.json'), 'utf8'),
	) as {apps: Array<{name: string; clientId: string; clientSecret: string}>};
	const app = state.apps.find((candidate) => candidate.name === name);
	assert.ok(app, `the sandbox has ${name}`);
	return app;
}

const adminStep = 'An admin of your enterprise authorizes and enables the app';

/** The auth types in the order the wizard lists them. */
const authTypes = ['Developer Token', 'Client Credentials Grant', 'JWT', 'OAuth 2.0', 'App Token'];

/** From the auth type questions, skipped, to the list entry `label`, chosen. */
async function choose(terminal: Terminal, label: string) {
	await terminal.waitFor('Do you just want to try the API now');
	await press(terminal, 's');
	await terminal.waitFor('› Developer Token');
	for (const next of authTypes.slice(1, authTypes.indexOf(label) + 1)) {
		await press(terminal, keys.down);
		await terminal.waitFor(`› ${next}`);
	}

	await terminal.waitFor(`› ${label}`);
	await press(terminal, keys.enter);
	await terminal.waitFor('Create the app in the Developer Console');
}

const press = async (terminal: Terminal, key: string) => {
	await settle();
	terminal.type(key);
};

const pressEnter = async (terminal: Terminal, waitFor: string | RegExp) => {
	await settle();
	await press(terminal, keys.enter);
	await terminal.waitFor(waitFor, 10_000);
};

describe('boxauth setup in a real terminal, against the sandbox', () => {
	let terminal: Terminal | undefined;
	afterEach(() => {
		terminal?.close();
		terminal = undefined;
	});

	it('takes CCG through the admin authorization to the first call, and the token works', async () => {
		terminal = runInTerminal(['setup', '--sandbox']);
		await choose(terminal, 'Client Credentials Grant');
		await pressEnter(terminal, '› Client ID:');
		await pressEnter(terminal, '› Client secret:');
		await pressEnter(terminal, '› Enterprise ID:');
		await pressEnter(terminal, adminStep);
		const {clientId} = sandboxApp(terminal, 'Pending CCG App');
		await press(terminal, 'm');
		await terminal.waitFor('A message to send your admin');
		assert.match(terminal.screen(), new RegExp(`Client ID: ${clientId}`));
		await terminal.waitFor(/checking every 10 s, last checked \d+ s ago/);
		assert.match(terminal.screen(), /Admin authorization · checking/);
		await press(terminal, 'a');
		await terminal.waitFor('Your token works.', 10_000);
		assert.match(terminal.screen(), /Admin authorization · done/);
		assert.match(terminal.screen(), /service account, Pending CCG App/);
		assert.match(terminal.screen(), /\$\(boxauth token --profile ccg\)/);
		await press(terminal, 'u');
		await terminal.waitFor('context_info.conflicts.id');
		await press(terminal, 'p');
		await terminal.waitFor('File name to check');
		await pressEnter(terminal, /an upload would create it|exists already/);
		await press(terminal, 'q');
		assert.equal(await terminal.exited, 0);
		const token = await tokenAfterSetup(terminal, 'ccg');
		assert.equal(token.code, 0, token.stderr);
		assert.match(token.stdout, /^\S{20,}\n$/);
		assert.doesNotMatch(terminal.output(), new RegExp(token.stdout.trim()), 'never shown in full');
	});

	it('sets up JWT from the seeded config file, then goes on to the dashboard', async () => {
		terminal = runInTerminal(['setup', '--sandbox', '--profile', 'jwt-app']);
		await choose(terminal, 'JWT');
		await pressEnter(terminal, 'Your token works.');
		assert.match(terminal.screen(), /JWT · done/);
		await press(terminal, 'd');
		await terminal.waitFor('boxauth dashboard · 1 profile', 10_000);
		await terminal.waitFor(/jwt-app\s+JWT/);
		await press(terminal, 'q');
		assert.equal(await terminal.exited, 0);
		assert.equal((await tokenAfterSetup(terminal, 'jwt-app')).code, 0);
	});

	it('signs in with OAuth 2.0 through the consent page', async () => {
		terminal = runInTerminal(['setup', '--sandbox', '--profile', 'me'], {
			BROWSER: fakeBrowser('grant'),
		});
		await choose(terminal, 'OAuth 2.0');
		await pressEnter(terminal, '› Client secret:');
		await pressEnter(terminal, 'Your token works.');
		assert.match(terminal.screen(), /Admin authorization · not needed/);
		await press(terminal, keys.enter);
		assert.equal(await terminal.exited, 0);
		const token = await tokenAfterSetup(terminal, 'me');
		assert.equal(token.code, 0, token.stderr);
	});

	it('shows a refused sign-in and offers to try again', async () => {
		terminal = runInTerminal(['setup', '--sandbox'], {BROWSER: fakeBrowser('deny')});
		await choose(terminal, 'OAuth 2.0');
		await pressEnter(terminal, '› Client ID:');
		await pressEnter(terminal, '› Client secret:');
		await pressEnter(terminal, /denied/i);
		assert.match(terminal.screen(), /r\s+try again|r to try again/);
		await press(terminal, keys.escape);
		assert.equal(await terminal.exited, 1);
	});

	it('checks a developer token and saves it', async () => {
		terminal = runInTerminal(['setup', '--sandbox']);
		await choose(terminal, 'Developer Token');
		await pressEnter(terminal, '› Token:');
		await pressEnter(terminal, 'Your token works.');
		assert.match(terminal.screen(), /Saved profile developer/);
		await press(terminal, keys.enter);
		assert.equal(await terminal.exited, 0);
	});

	it('keeps a wrong secret open beside the admin step with the diagnosis, and takes the corrected one', async () => {
		terminal = runInTerminal(['setup', '--sandbox', '--profile', 'fixed']);
		await choose(terminal, 'Client Credentials Grant');
		await pressEnter(terminal, '› Client secret:');
		const {clientSecret} = sandboxApp(terminal, 'Pending CCG App');
		await erase(terminal, 'Client secret');
		terminal.type('Zz7Rt2Xw9Lp4Vz8Nc3Hb6Jd1Fs5Gk0Ya');
		await pressEnter(terminal, '› Enterprise ID:');
		// Box gives a wrong secret the answer it gives an app waiting for its admin.
		await pressEnter(terminal, 'Or a typing mistake?');
		assert.match(terminal.screen(), /Admin authorization · checking/);
		assert.match(terminal.screen(), /Box said: 400 invalid_grant Grant credentials are invalid/);
		await press(terminal, keys.tab);
		await terminal.waitFor(/Box knows the client ID/);
		await terminal.waitFor(/More: \s*https:/);
		await press(terminal, keys.tab);
		await press(terminal, keys.up);
		const current = terminal;
		await current.waitFor(() => current.visibleScreen().includes('› Client secret:'));
		await erase(terminal, 'Client secret');
		terminal.type(clientSecret);
		// Right now, and this app's enterprise answer for a waiting app: a plain wait, a plays the admin.
		await pressEnter(terminal, 'Press m for a message to send your admin');
		await press(terminal, 'a');
		await terminal.waitFor('Your token works.', 10_000);
		await press(terminal, keys.enter);
		assert.equal(await terminal.exited, 0);
		assert.doesNotMatch(terminal.output(), new RegExp(clientSecret), 'the secret is never shown');
	});

	it('takes keys as people send them: bursts, pastes with control characters, a revealed secret', async () => {
		terminal = runInTerminal(['setup', '--sandbox']);
		const shown = terminal;
		await choose(shown, 'Client Credentials Grant');
		await shown.waitFor('› Profile name: ccg');
		await press(shown, 'X');
		await shown.waitFor('› Profile name: ccgX');
		await press(shown, keys.backspace.repeat(3));
		await shown.waitFor(/› Profile name: c\s*$/m);
		await press(shown, 'cg-burst');
		await pressEnter(shown, '› Client ID:');
		assert.match(shown.screen(), /Profile name: ccg-burst/);
		const {clientId, clientSecret} = sandboxApp(shown, 'Pending CCG App');
		await press(shown, keys.ctrlU);
		await shown.waitFor(/› Client ID:\s*$/m);
		await press(shown, `\u0007${clientId}\r\n`);
		await shown.waitFor('› Client secret:');
		assert.match(shown.screen(), new RegExp(`Client ID: ${clientId}`), 'the bell never entered it');
		await press(shown, `${keys.ctrlU}Zz7`);
		await shown.waitFor(/› Client secret: \*\*\*\s*$/m);
		await press(shown, keys.ctrlR);
		await shown.waitFor(/› Client secret: Zz7\s*$/m);
		await press(shown, keys.ctrlR);
		await shown.waitFor(/› Client secret: \*\*\*\s*$/m);
		await press(shown, `${keys.ctrlU}${clientSecret}\r`);
		await shown.waitFor('› Enterprise ID:');
		await pressEnter(shown, adminStep);
		assert.doesNotMatch(shown.output(), new RegExp(clientSecret), 'the secret is never shown');
		await press(shown, keys.escape);
		assert.equal(await shown.exited, 1);
	});

	it('leaves at the admin step and picks up there with --profile', async () => {
		terminal = runInTerminal(['setup', '--sandbox', '--profile', 'later']);
		await choose(terminal, 'Client Credentials Grant');
		await pressEnter(terminal, '› Client secret:');
		await pressEnter(terminal, '› Enterprise ID:');
		await pressEnter(terminal, 'boxauth setup --profile later picks up here');
		await press(terminal, 'q');
		assert.equal(await terminal.exited, 1);
		const {configHome} = terminal;
		const resumed = runInTerminal(['setup', '--profile', 'later'], isolated(configHome));
		try {
			await resumed.waitFor(adminStep, 10_000);
			await press(resumed, 'a');
			await resumed.waitFor('Your token works.', 10_000);
			await press(resumed, keys.enter);
			assert.equal(await resumed.exited, 0);
		} finally {
			resumed.close();
		}
	});

	for (const size of [
		{columns: 100, rows: 30},
		{columns: 80, rows: 24},
	] satisfies TerminalSize[]) {
		it(`draws every CCG screen in place in ${size.columns}×${size.rows}, never scrolled`, async () => {
			const shown = runInTerminal(['setup', '--sandbox'], {}, size);
			terminal = shown;
			// A frame as tall as the terminal scrolls the title away, and from then on Ink clears the
			// screen and its scrollback on every frame.
			const inPlace = async (text: string | RegExp) => {
				await shown.waitFor(text, 10_000);
				const [top] = shown.visibleScreen().split('\n');
				assert.match(top ?? '', /boxauth setup/, `${String(text)}: the title on top`);
				assert.ok(!shown.output().includes('\u001B[2J'), `${String(text)}: never cleared`);
			};

			await inPlace('Do you just want to try the API now');
			await press(shown, 's');
			await inPlace('› Developer Token');
			await press(shown, keys.down);
			await inPlace('› Client Credentials Grant');
			await press(shown, keys.enter);
			await inPlace('› Profile name:');
			await press(shown, keys.enter);
			await inPlace('› Client ID:');
			await press(shown, keys.enter);
			await inPlace('› Client secret:');
			await press(shown, keys.enter);
			await inPlace('› Enterprise ID:');
			await press(shown, keys.enter);
			await inPlace(/checking every 10 s, last checked \d+ s ago/);
			await press(shown, 'm');
			await inPlace('A message to send your admin');
			await press(shown, 'a');
			await inPlace('Your token works.');
			await press(shown, 'n');
			await inPlace('BOXAUTH_*');
			await press(shown, 'u');
			await inPlace('context_info.conflicts.id');
			await press(shown, 'p');
			await inPlace('File name to check');
			await press(shown, keys.enter);
			await inPlace(/an upload would create it|exists already/);
			await press(shown, 'q');
			assert.equal(await shown.exited, 0);
		});
	}
});
