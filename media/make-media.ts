/**
 * Makes the readme's pictures from the real app: `npm run media`.
 *
 * A shell in a pseudo-terminal runs the built CLI through a short session, and a headless xterm
 * keeps its screen. The stills are that screen at two moments; the animation is the screen after
 * each write of the program, at the time it came.
 */
import {chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {type Frame, framesToSvg, screenRows, screenToSvg, svgToPng} from './screen-picture.js';

const columns = 110;
const rows = 20;
const mediaFolder = fileURLToPath(new URL('.', import.meta.url));
const cliPath = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** Waiting for the app is not worth watching: longer gaps are cut to this in the animation. */
const longestGap = 0.5;
const prompt = /(^|\n)\$$/;

const keys = {up: '\u001B[A', down: '\u001B[B', enter: '\r'} as const;

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

	constructor() {
		const binFolder = path.join(this.folder, 'bin');
		const home = path.join(this.folder, 'home');
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
			env: terminalEnvironment(home, binFolder),
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
		await session.waitFor(`$ ${command.slice(0, length)}`);
		session.pause(0.08);
	}

	session.pause(0.4);
	session.type(keys.enter);
}

/** The scripted session; returns the animation and the stills taken on the way, as SVG. */
async function playSession(session: TerminalSession) {
	await session.waitFor(prompt);
	session.pause(0.5);
	await typeCommand(session, 'boxauth');

	await session.waitFor('No profiles yet.');
	await session.settle();
	const home = screenToSvg(
		session.screen,
		'boxauth in a terminal: the home screen offers to start the sandbox',
	);
	session.pause(2);

	session.type(keys.down);
	await session.waitFor('› Quit');
	session.pause(1);
	session.type(keys.up);
	await session.waitFor('› Start the sandbox');
	session.pause(0.8);
	session.type(keys.enter);

	await session.waitFor('Sandbox running at http://127.0.0.1:');
	await session.settle();
	const sandbox = screenToSvg(
		session.screen,
		'boxauth in a terminal: the sandbox runs, with its demo apps',
	);
	session.pause(4);

	session.type('q');
	await session.waitFor(prompt);
	session.pause(2);
	const demo = session.animation(
		'boxauth in a terminal: from the home screen to a running sandbox, then quit with q',
	);
	return {demo, home, sandbox};
}

async function main() {
	const session = new TerminalSession();
	try {
		const pictures = await playSession(session);
		const outputs = {
			'demo.svg': pictures.demo,
			'home.png': svgToPng(pictures.home),
			'sandbox.png': svgToPng(pictures.sandbox),
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
