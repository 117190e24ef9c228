import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {inheritedEnvironment, isolated} from './isolated-environment.js';
import {keys} from './keys.js';
import {cliPath} from './run-cli.js';

export type TerminalSize = {columns: number; rows: number};

export const columns = 100;
export const rows = 30;

/**
 * The environment of a person at a terminal: no CI variable (Ink would draw only the last frame,
 * chalk would drop colour), a fixed size, and the isolated environment of a config folder of its
 * own.
 */
export function terminalEnvironment(
	configHome: string,
	extra: Record<string, string> = {},
	size: TerminalSize = {columns, rows},
) {
	const environment = Object.fromEntries(
		Object.entries(inheritedEnvironment()).filter(
			([name]) => name !== 'CI' && !name.startsWith('NODE_TEST'),
		),
	);
	return {
		...environment,
		...isolated(configHome),
		TERM: 'xterm-256color',
		COLUMNS: String(size.columns),
		LINES: String(size.rows),
		...extra,
	};
}

export type Terminal = {
	/** The XDG_CONFIG_HOME the program runs with; boxauth's files are in its boxauth folder. */
	configHome: string;
	/** The screen as text, one line per row, trailing spaces removed, with what scrolled off it. */
	screen(): string;
	/** The rows in view now, without what scrolled off the top. */
	visibleScreen(): string;
	/** Everything the program wrote, escape codes included. */
	output(): string;
	/** Until the screen shows the text, or the condition (which reads the screen itself) holds. */
	waitFor(text: string | RegExp | (() => boolean), timeoutMs?: number): Promise<void>;
	type(keys: string): void;
	exited: Promise<number>;
	close(): void;
};

/** Runs the built CLI in a real pseudo-terminal and keeps a headless xterm's view of its screen. */
export function runInTerminal(
	args: string[],
	extraEnvironment: Record<string, string> = {},
	size: TerminalSize = {columns, rows},
): Terminal {
	const configHome = mkdtempSync(path.join(tmpdir(), 'boxauth-test-'));
	const screen = new xterm.Terminal({cols: size.columns, rows: size.rows, allowProposedApi: true});
	let output = '';
	const child = pty.spawn(process.execPath, [cliPath, ...args], {
		name: 'xterm-256color',
		cols: size.columns,
		rows: size.rows,
		env: terminalEnvironment(configHome, extraEnvironment, size),
	});
	child.onData((data) => {
		output += data;
		screen.write(data);
	});
	const exited = new Promise<number>((resolve) => {
		child.onExit(({exitCode}) => {
			resolve(exitCode);
		});
	});

	const linesOf = (from: number, to: number) => {
		const buffer = screen.buffer.active;
		const lines: string[] = [];
		for (let index = from; index < to; index++) {
			lines.push(buffer.getLine(index)?.translateToString(true) ?? '');
		}

		return lines.join('\n').trimEnd();
	};

	const screenText = () => linesOf(0, screen.buffer.active.length);

	return {
		configHome,
		screen: screenText,
		visibleScreen() {
			const {viewportY} = screen.buffer.active;
			return linesOf(viewportY, viewportY + size.rows);
		},
		output: () => output,
		async waitFor(text, timeoutMs = 5000) {
			const deadline = Date.now() + timeoutMs;
			const found = () =>
				typeof text === 'string'
					? screenText().includes(text)
					: typeof text === 'function'
						? text()
						: text.test(screenText());
			while (!found()) {
				if (Date.now() > deadline) {
					throw new Error(
						`waited ${timeoutMs} ms for ${String(text)}; the screen shows:\n${screenText()}`,
					);
				}

				// The xterm parser writes asynchronously; give it and the child a moment.
				await new Promise((resolve) => {
					setTimeout(resolve, 25);
				});
			}
		},
		type(keys) {
			child.write(keys);
		},
		exited,
		close() {
			try {
				child.kill();
			} catch {}

			screen.dispose();
			rmSync(configHome, {recursive: true, force: true});
		},
	};
}

/**
 * For a terminal test that plays the admin: the wizard's waits between approval checks pass in a
 * fiftieth of the time (quick-waits.mjs), so the step ticks without a 10 s wait on the real clock.
 */
export const quickApprovalChecks = {
	NODE_OPTIONS: `--import=${new URL('quick-waits.mjs', import.meta.url).href}`,
};

/** Ink draws a new screen a moment before its text box listens for keys. */
export const settle = async () =>
	new Promise((resolve) => {
		setTimeout(resolve, 100);
	});

/** How many characters the field `label` holds, as the screen shows them (masked or not). */
export function lengthOfField(terminal: Terminal, label: string): number {
	const line = terminal
		.visibleScreen()
		.split('\n')
		.find((row) => row.includes(`› ${label}: `));
	return line === undefined ? 0 : (line.split(`› ${label}: `)[1]?.trimEnd().length ?? 0);
}

/**
 * Empties the field with as many Backspaces as it holds characters, sent in one write, as key
 * repeat or typing ahead sends them: each must count as a Backspace.
 */
export async function erase(terminal: Terminal, label: string) {
	await settle();
	const length = lengthOfField(terminal, label);
	terminal.type(keys.backspace.repeat(length));
	await terminal.waitFor(() => lengthOfField(terminal, label) === 0);
}
