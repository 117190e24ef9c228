/**
 * Makes the readme's pictures from the real app: `npm run media`.
 *
 * A shell in a pseudo-terminal runs the built CLI through a short session, and a headless xterm
 * keeps its screen. The stills are that screen at two moments; the animation is the screen after
 * each write of the program, at the time it came.
 */
import {spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {fakeBrowser} from '../test/helpers/fake-browser.js';
import {type Frame, framesToSvg, screenRows, screenToSvg, svgToPng} from './screen-picture.js';

const columns = 100;
const rows = 30;
const mediaFolder = fileURLToPath(new URL('.', import.meta.url));
const cliPath = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** Waiting for the app is not worth watching: longer gaps are cut to this in the animation. */
const longestGap = 0.5;
const prompt = /(^|\n)\$$/;

const keys = {enter: '\r'} as const;

const delay = async (milliseconds: number) =>
	new Promise((resolve) => {
		setTimeout(resolve, milliseconds);
	});

/**
 * A fresh account's terminal: nothing from this shell's environment, so that CI, NO_COLOR or
 * FORCE_COLOR cannot change the pictures (with CI set, Ink draws only the last frame and chalk
 * drops colour); a fixed size, a bare prompt, `boxauth` on the PATH and an empty home.
 */
function terminalEnvironment(home: string, binFolder: string): Record<string, string> {
	return {
		PATH: `${binFolder}${path.delimiter}${process.env['PATH'] ?? ''}`,
		HOME: home,
		XDG_CONFIG_HOME: path.join(home, '.config'),
		TERM: 'xterm-256color',
		COLUMNS: String(columns),
		LINES: String(rows),
		PS1: '$ ',
		HISTFILE: '',
	};
}

class TerminalSession {
	readonly screen = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
	private readonly frames: Frame[] = [];
	private readonly folder = mkdtempSync(path.join(tmpdir(), 'boxauth-media-'));
	private readonly shell: pty.IPty;
	private lastOutputAt = Date.now();
	private animationTime = 0;

	private readonly environment: Record<string, string>;

	constructor() {
		const binFolder = path.join(this.folder, 'bin');
		const home = path.join(this.folder, 'home');
		this.environment = terminalEnvironment(home, binFolder);
		mkdirSync(binFolder);
		mkdirSync(home);
		writeFileSync(
			path.join(binFolder, 'boxauth'),
			`#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`,
		);
		chmodSync(path.join(binFolder, 'boxauth'), 0o755);
		this.shell = pty.spawn('bash', ['--norc', '--noprofile'], {
			name: 'xterm-256color',
			cols: columns,
			rows,
			cwd: home,
			env: this.environment,
		});
		this.shell.onData((data) => {
			const time = this.timeOfOutput();
			this.screen.write(data, () => {
				this.addFrame(time);
			});
		});
	}

	/** Real timing, but with long waits shortened and the viewer's pauses added. */
	private timeOfOutput(): number {
		const now = Date.now();
		this.animationTime += Math.min((now - this.lastOutputAt) / 1000, longestGap);
		this.lastOutputAt = now;
		return this.animationTime;
	}

	private addFrame(time: number) {
		const rows = screenRows(this.screen);
		const last = this.frames.at(-1);
		if (last && last.rows.join('\n') === rows.join('\n')) {
			return;
		}

		// Writes that land together show as one frame.
		if (last && time - last.time < 0.02) {
			last.rows = rows;
		} else {
			this.frames.push({time, rows});
		}
	}

	/** Gives the viewer of the animation time to read, without making this script wait. */
	pause(seconds: number) {
		this.animationTime += seconds;
	}

	type(input: string) {
		this.shell.write(input);
	}

	text(): string {
		const buffer = this.screen.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}

		return lines.join('\n').trimEnd();
	}

	async waitFor(expected: string | RegExp, timeoutMs = 10_000) {
		const deadline = Date.now() + timeoutMs;
		const found = () =>
			typeof expected === 'string' ? this.text().includes(expected) : expected.test(this.text());
		while (!found()) {
			if (Date.now() > deadline) {
				throw new Error(
					`waited ${timeoutMs} ms for ${String(expected)}; the screen shows:\n${this.text()}`,
				);
			}

			await delay(20);
		}
	}

	/** Ink may draw a screen in several writes: a still waits for the last and for xterm. */
	async settle(quietMs = 300) {
		while (Date.now() - this.lastOutputAt < quietMs) {
			await delay(quietMs / 3);
		}

		await new Promise<void>((resolve) => {
			this.screen.write('', resolve);
		});
	}

	animation(title: string): string {
		return framesToSvg(this.frames, {columns, rows, duration: this.animationTime, title});
	}

	/** boxauth run in this account, off screen: what the person did on other days. */
	runOffScreen(args: string[], extra: Record<string, string> = {}) {
		const run = spawnSync(process.execPath, [cliPath, ...args], {
			env: {...this.environment, ...extra},
			encoding: 'utf8',
			input: '',
		});
		if (run.status !== 0) {
			throw new Error(`boxauth ${args.join(' ')} failed: ${run.stderr}`);
		}
	}

	close() {
		try {
			this.shell.kill();
		} catch {}

		this.screen.dispose();
		rmSync(this.folder, {recursive: true, force: true});
	}
}

/** Typed a key at a time, as a person would, so the animation shows the command being typed. */
async function typeCommand(session: TerminalSession, command: string) {
	for (let length = 1; length <= command.length; length++) {
		session.type(command.slice(length - 1, length));
		// The screen's lines lose their trailing spaces, so a typed space shows only with what follows.
		await session.waitFor(`$ ${command.slice(0, length)}`.trimEnd());
		session.pause(0.08);
	}

	session.pause(0.4);
	session.type(keys.enter);
}

/** A still of the screen as it is now, once Ink has finished drawing it. */
async function still(session: TerminalSession, title: string) {
	await session.settle();
	return screenToSvg(session.screen, title);
}

/** A key, after a pause the viewer of the animation sees as the person reading. */
async function press(session: TerminalSession, key: string, readingSeconds: number) {
	session.pause(readingSeconds);
	await delay(150);
	session.type(key);
}

/**
 * The scripted session: a newcomer opens boxauth, takes the setup wizard against the sandbox
 * through its questions, the app's fields, the admin's approval and the first call. Returns the
 * animation and the stills taken on the way, as SVG.
 */
async function playSession(session: TerminalSession) {
	await session.waitFor(prompt);
	session.pause(0.5);
	await typeCommand(session, 'boxauth');

	await session.waitFor('No profiles yet.');
	const home = await still(session, 'boxauth in a terminal: the first screen of a new user');
	await press(session, keys.enter, 2);

	await session.waitFor('Do you just want to try the API now');
	await press(session, 'n', 2);
	await session.waitFor('no-code tool');
	await press(session, 'n', 1.5);
	await session.waitFor('log in with their own Box account');
	await press(session, 'n', 1.5);
	await session.waitFor('key pair');
	await press(session, 'n', 1.5);
	await session.waitFor('Recommended: Client Credentials Grant');
	const authType = await still(
		session,
		'boxauth setup: a few questions lead to a recommended auth type, with its trade-offs',
	);
	await press(session, keys.enter, 3);

	await session.waitFor('Create the app in the Developer Console');
	const createApp = await still(
		session,
		'boxauth setup: the exact Developer Console clicks, then the fields, checked as typed',
	);
	await press(session, keys.enter, 3);
	await session.waitFor('› Client ID:');
	await press(session, keys.enter, 1);
	await session.waitFor('› Client secret:');
	await press(session, keys.enter, 1);
	await session.waitFor('› Enterprise ID:');
	await press(session, keys.enter, 1.5);

	await session.waitFor(/last checked \d+ s ago/);
	const admin = await still(
		session,
		'boxauth setup: Box says the app needs its admin; the wizard checks until they approve',
	);
	await press(session, 'a', 4);

	await session.waitFor('Your token works.');
	const done = await still(
		session,
		'boxauth setup: the first call says who the token acts as, and the profile is saved',
	);
	await press(session, keys.enter, 4);
	await session.waitFor(prompt);
	// What the dashboard is for: every kind of token side by side, as on a later day.
	session.runOffScreen(['setup', '--sandbox', '--auth-type', 'oauth', '--profile', 'me'], {
		BROWSER: fakeBrowser('grant'),
	});
	session.runOffScreen(['setup', '--sandbox', '--auth-type', 'developer', '--profile', 'try']);
	session.runOffScreen([
		'setup',
		'--sandbox',
		'--auth-type',
		'app-token',
		'--app-token-expiry',
		'never',
		'--profile',
		'zap',
	]);
	await typeCommand(session, 'boxauth dashboard');
	await session.waitFor('boxauth dashboard · 4 profiles');
	const dashboard = await still(
		session,
		'boxauth dashboard: every profile, its token masked, the time left, renewed ahead of expiry',
	);
	await press(session, 'q', 4);
	await session.waitFor(prompt);
	session.pause(2);
	const demo = session.animation(
		'boxauth in a terminal: the setup wizard against the sandbox, from the first question to a working token on the dashboard',
	);
	return {demo, home, authType, createApp, admin, done, dashboard};
}

async function main() {
	const session = new TerminalSession();
	try {
		const pictures = await playSession(session);
		const outputs = {
			'demo.svg': pictures.demo,
			'home.png': svgToPng(pictures.home),
			'wizard-auth-type.png': svgToPng(pictures.authType),
			'wizard-create-app.png': svgToPng(pictures.createApp),
			'wizard-admin.png': svgToPng(pictures.admin),
			'wizard-done.png': svgToPng(pictures.done),
			'dashboard.png': svgToPng(pictures.dashboard),
		};
		for (const [name, content] of Object.entries(outputs)) {
			writeFileSync(path.join(mediaFolder, name), content);
			console.log(`media/${name}: ${content.length} bytes`);
		}
	} finally {
		session.close();
	}
}

await main();
