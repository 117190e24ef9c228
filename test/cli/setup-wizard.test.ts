import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, it} from 'node:test';
import {fakeBrowser} from '../helpers/fake-browser.js';
import {isolated} from '../helpers/isolated-environment.js';
import {keys} from '../helpers/keys.js';
import {runCli} from '../helpers/run-cli.js';
import {
	erase,
	lengthOfField,
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

/**
 * A BROWSER that opens nothing and writes down the address it was given: the sign-in stays on the
 * screen that shows its URL, and the test knows the URL whole.
 */
function recordingBrowser() {
	const folder = mkdtempSync(path.join(tmpdir(), 'boxauth-browser-'));
	const launcher = path.join(folder, 'browser');
	const opened = path.join(folder, 'opened');
	writeFileSync(launcher, `#!/bin/sh\nprintf '%s' "$1" > "${opened}"\n`, {mode: 0o755});
	return {
		launcher,
		async opened(): Promise<string> {
			const deadline = Date.now() + 5000;
			while (!existsSync(opened) || readFileSync(opened, 'utf8') === '') {
				assert.ok(Date.now() < deadline, 'the browser was started with the sign-in URL');
				await settle();
			}

			return readFileSync(opened, 'utf8');
		},
		remove() {
			rmSync(folder, {recursive: true, force: true});
		},
	};
}

/** The targets of the OSC 8 hyperlinks the program wrote. */
const linkTargets = (output: string) =>
	new Set([...output.matchAll(/\u001B\]8;;([^\u0007]+)\u0007/g)].map((match) => match[1]));

const press = async (terminal: Terminal, key: string) => {
	await settle();
	terminal.type(key);
};

const pressEnter = async (terminal: Terminal, waitFor: string | RegExp) => {
	await settle();
	await press(terminal, keys.enter);
	await terminal.waitFor(waitFor, 10_000);
};

/** The size of a terminal nobody resized. */
const small: TerminalSize = {columns: 80, rows: 24};

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
		// From the clone, boxauth is off the PATH unless linked: then it is said as npx boxauth.
		assert.match(terminal.screen(), /\$\((npx )?boxauth token --profile ccg\)/);
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
		// Esc steps back through what was typed before the sign-in, one field at a time.
		const shown = terminal;
		await press(shown, keys.escape);
		await shown.waitFor(() => shown.visibleScreen().includes('› Client secret:'));
		await press(shown, keys.escape);
		await shown.waitFor(() => shown.visibleScreen().includes('› Client ID:'));
		await press(shown, 'q');
		await shown.waitFor(() => /› Client ID: \S*q\s*$/m.test(shown.visibleScreen()));
		await press(shown, keys.ctrlC);
		assert.equal(await shown.exited, 130);
		assert.match(
			shown.visibleScreen(),
			/Setup left at Platform App\. Nothing was saved; boxauth setup --sandbox starts again\./,
		);
	});

	it('goes back a step with Esc: the list of auth types to the questions, a field to the one before', async () => {
		terminal = runInTerminal(['setup', '--sandbox']);
		const shown = terminal;
		await shown.waitFor('Do you just want to try the API now');
		await press(shown, 's');
		await shown.waitFor('› Developer Token');
		assert.match(shown.visibleScreen(), /esc back/);
		await press(shown, keys.escape);
		await shown.waitFor(() => shown.visibleScreen().includes('1/4 Do you just want to try'));
		await choose(shown, 'Client Credentials Grant');
		await pressEnter(shown, '› Client ID:');
		await press(shown, keys.escape);
		await shown.waitFor(() => shown.visibleScreen().includes('› Profile name: ccg'));
		await press(shown, keys.escape);
		await shown.waitFor(() => shown.visibleScreen().includes('› Client Credentials Grant'));
		await press(shown, 'q');
		assert.equal(await shown.exited, 1);
		assert.match(
			shown.visibleScreen(),
			/Setup left at Auth type\. Nothing was saved; boxauth setup --sandbox starts again\./,
		);
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
		await press(shown, 'q');
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
		assert.match(
			terminal.visibleScreen(),
			/Setup left at Admin authorization: boxauth setup --profile later picks up here\./,
			'says where it stands as it leaves',
		);
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

	it('keeps the field being typed and the keys on screen when Tab shows the whole diagnosis in 80×24', async () => {
		const shown = runInTerminal(['setup', '--sandbox', '--profile', 'short'], {}, small);
		terminal = shown;
		const onScreen = () => shown.visibleScreen();
		await choose(shown, 'Client Credentials Grant');
		await pressEnter(shown, '› Client secret:');
		const {clientSecret} = sandboxApp(shown, 'Pending CCG App');
		await erase(shown, 'Client secret');
		shown.type('Zz7Rt2Xw9Lp4Vz8Nc3Hb6Jd1Fs5Gk0Ya');
		await pressEnter(shown, '› Enterprise ID:');
		await pressEnter(shown, 'Or a typing mistake?');
		await press(shown, keys.tab);
		// Box's answer here is explained in more lines than the terminal has.
		await shown.waitFor(() => /…\d+ more lines \(Tab for fewer\)/.test(onScreen()));
		const [top] = onScreen().split('\n');
		assert.match(top ?? '', /boxauth setup/, 'the title on top: nothing scrolled');
		assert.match(onScreen(), /Box refused a Client Credentials Grant token/);
		assert.match(onScreen(), /More: https:\/\/developer\.box\.com\//, 'where to read all of it');
		assert.match(onScreen(), /› Enterprise ID: \d+/, 'the field being typed');
		assert.match(onScreen(), /tab fewer {2}· {2}esc back {2}· {2}ctrl\+c leave/, 'the keys');
		// What is typed shows where it is typed: erase reads the field's length off the visible screen.
		await press(shown, keys.up);
		await shown.waitFor(() => onScreen().includes('› Client secret:'));
		await erase(shown, 'Client secret');
		shown.type(clientSecret);
		await shown.waitFor(() => lengthOfField(shown, 'Client secret') === clientSecret.length);
		assert.match(onScreen(), /…\d+ more lines \(Tab for fewer\)/, 'still in full while typing');
		assert.match(onScreen().split('\n')[0] ?? '', /boxauth setup/);
		await pressEnter(shown, 'Press m for a message to send your admin');
		assert.ok(!shown.output().includes('\u001B[2J'), 'never cleared');
		await press(shown, keys.ctrlC);
		assert.equal(await shown.exited, 130);
	});

	it('shows the sign-in URL whole in 80 columns: one link to all of it, and the keys on screen', async () => {
		const browser = recordingBrowser();
		try {
			const shown = runInTerminal(
				['setup', '--sandbox'],
				{BROWSER: browser.launcher, FORCE_HYPERLINK: '1'},
				small,
			);
			terminal = shown;
			await choose(shown, 'OAuth 2.0');
			await pressEnter(shown, '› Client ID:');
			await pressEnter(shown, '› Client secret:');
			await pressEnter(shown, 'Sign in to Box in the browser that opened');
			const authorizeUrl = await browser.opened();
			assert.ok(authorizeUrl.length > small.columns, 'longer than a row: Ink breaks it');
			assert.ok(linkTargets(shown.output()).has(authorizeUrl), 'every piece links to all of it');
			await shown.waitFor(() => shown.visibleScreen().includes('enter use the pasted URL'));
			const onScreen = shown.visibleScreen();
			assert.ok(
				onScreen.replaceAll(/\n +/g, '').includes(authorizeUrl),
				`the rows read back as the URL, the escapes counted as no width\n${onScreen}`,
			);
			assert.match(onScreen.split('\n')[0] ?? '', /boxauth setup/, 'the title on top');
			assert.match(onScreen, /Register this redirect URI in the app's configuration:/);
			assert.match(onScreen, /enter use the pasted URL {2}· {2}ctrl\+c leave/);
			await press(shown, keys.ctrlC);
			assert.equal(await shown.exited, 130);
		} finally {
			browser.remove();
		}
	});
});
