import {spawn} from 'node:child_process';
import {constants} from 'node:os';
import type {Readable, Writable} from 'node:stream';
import {heldSignals, signalsAreHeld} from '../../tokens/hold-signals.js';
import type {CommandStreams} from '../command-input.js';

export type ChildOptions = {
	environment: Readonly<Record<string, string>>;
	streams: CommandStreams;
};

/** A process's own descriptor (0, 1, 2), which the command then shares; a test's stream has none. */
const descriptorOf = (stream: Readable | Writable) => {
	const {fd} = stream as {fd?: unknown};
	return typeof fd === 'number' ? fd : 'pipe';
};

/** How a shell says it: 127 for a command not found, 126 for one it may not run. */
function startFailure(
	command: string,
	error: NodeJS.ErrnoException,
): {code: number; words: string} {
	if (error.code === 'ENOENT') {
		return {
			code: 127,
			words: `boxauth exec: ${command}: command not found (looked for in PATH, or as a path from the current folder)`,
		};
	}

	if (error.code === 'EACCES' || error.code === 'EISDIR' || error.code === 'ENOEXEC') {
		return {code: 126, words: `boxauth exec: ${command}: cannot be run (${error.code})`};
	}

	return {code: 126, words: `boxauth exec: ${command}: could not start (${error.message})`};
}

/**
 * Runs the command with the environment given, on the same terminal (or, for a test, through
 * its streams), SIGINT, SIGTERM and SIGHUP passed on to it, and resolves with its exit code: its
 * own, or 128 plus the number of the signal that ended it, as a shell reports it. From a
 * terminal, Ctrl+C reaches the command from the terminal as well, as with any command another runs.
 */
export async function runChild(
	command: string,
	args: readonly string[],
	{environment, streams}: ChildOptions,
): Promise<number> {
	const stdio = [
		descriptorOf(streams.stdin),
		descriptorOf(streams.stdout),
		descriptorOf(streams.stderr),
	] as const;
	const child = spawn(command, args, {env: environment, stdio: [...stdio]});
	if (child.stdin) {
		// A command that ends without reading all of stdin is no failure of boxauth's.
		child.stdin.on('error', () => undefined);
		streams.stdin.pipe(child.stdin);
	}

	child.stdout?.pipe(streams.stdout, {end: false});
	child.stderr?.pipe(streams.stderr, {end: false});

	const listeners = heldSignals.map((signal) => {
		const listener = () => {
			// While a renewal holds the signal off until the login it got is saved, it delivers the
			// signal to this process again then, and that is when it goes on to the command, once.
			if (!signalsAreHeld() && child.exitCode === null && child.signalCode === null) {
				child.kill(signal);
			}
		};

		process.on(signal, listener);
		return [signal, listener] as const;
	});

	try {
		return await new Promise<number>((resolve) => {
			let settled = false;
			child.once('error', (error: NodeJS.ErrnoException) => {
				// An error after the start (a failed kill) changes nothing: 'close' still comes.
				if (settled || child.pid !== undefined) {
					return;
				}

				settled = true;
				const failure = startFailure(command, error);
				streams.stderr.write(`${failure.words}\n`);
				resolve(failure.code);
			});
			child.once('close', (code, signal) => {
				if (settled) {
					return;
				}

				settled = true;
				resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
			});
		});
	} finally {
		for (const [signal, listener] of listeners) {
			process.off(signal, listener);
		}

		if (child.stdin) {
			streams.stdin.unpipe(child.stdin);
		}
	}
}
