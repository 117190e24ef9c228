import {PassThrough, Readable} from 'node:stream';
import type {CommandInput, CommandStreams} from '../../source/commands/command-input.js';
import {runBoxauth} from '../../source/commands/run-boxauth.js';
import {isolatedHome} from './isolated-environment.js';

// The OS keychain is the process's, not the environment a command is given: in-process commands
// must never reach the real one, so this test process's D-Bus address leads nowhere.
process.env['DBUS_SESSION_BUS_ADDRESS'] = 'unix:path=/nonexistent/boxauth-test-bus';
// So are the proxy variables (source/box/transport.ts and undici read them from process.env): no
// proxy, as in the isolated environment, where an empty lower-case name wins over the upper-case.
for (const name of ['http_proxy', 'https_proxy', 'no_proxy']) {
	process.env[name] = '';
}

/** Streams for a command that a test reads back: stdout and stderr kept as text. */
export function bufferStreams(stdin = ''): CommandStreams & {
	readonly stdoutText: () => string;
	readonly stderrText: () => string;
} {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let out = '';
	let error = '';
	stdout.setEncoding('utf8').on('data', (chunk: string) => {
		out += chunk;
	});
	stderr.setEncoding('utf8').on('data', (chunk: string) => {
		error += chunk;
	});
	return {
		stdout,
		stderr,
		stdin: Readable.from(stdin === '' ? [] : [stdin]),
		stdoutText: () => out,
		stderrText: () => error,
	};
}

export type InProcessResult = {code: number; stdout: string; stderr: string};

export type InProcessOptions = {
	/** On top of an isolated environment in an empty config folder of the run's own. */
	env?: Record<string, string>;
	/** What stdin holds, then its end. */
	stdin?: string;
	/** The clock the command reads; the real one unless given. */
	now?: () => number;
};

/**
 * Runs boxauth in this process, as `boxauth ARGS` would run with pipes, against the environment
 * given (an isolated one by default): the command line parsed and the command run exactly as the
 * CLI does, its output caught in buffers. Only what a process alone shows (exit by signal, stdout
 * purity of a whole process, no Ink loaded) needs `runCli`.
 */
export async function runBoxauthInProcess(
	args: string[],
	options: InProcessOptions = {},
): Promise<InProcessResult> {
	const streams = bufferStreams(options.stdin);
	const code = await runBoxauth(args, {
		environment: {...isolatedHome('boxauth-in-process-').env, ...options.env},
		streams,
		now: options.now ?? Date.now,
	});
	// A write is delivered on the next turn of the event loop.
	await new Promise((resolve) => {
		setImmediate(resolve);
	});
	return {code, stdout: streams.stdoutText(), stderr: streams.stderrText()};
}

/** A command's input as the CLI would give it, with buffers for streams, for calling a run(). */
export function commandInput(
	fields: Partial<Omit<CommandInput, 'streams'>> & {stdin?: string} = {},
): CommandInput & {stdoutText: () => string; stderrText: () => string} {
	const {stdin, ...rest} = fields;
	const streams = bufferStreams(stdin);
	return {
		flags: {},
		positionals: [],
		environment: {},
		now: Date.now,
		...rest,
		streams,
		stdoutText: streams.stdoutText,
		stderrText: streams.stderrText,
	};
}
