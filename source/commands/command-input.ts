import type {Readable, Writable} from 'node:stream';
import type {Terminal} from '../ui/terminal.js';

/** Where a command writes: the process's stdout or stderr, or a test's buffer. */
export type OutputStream = Writable & {isTTY?: boolean; columns?: number};

/** Where a command reads: the process's stdin, or a test's stream. */
export type InputStream = Readable & {
	isTTY?: boolean;
	setRawMode?: (mode: boolean) => unknown;
	ref?: () => unknown;
	unref?: () => unknown;
};

export type CommandStreams = {stdout: OutputStream; stderr: OutputStream; stdin: InputStream};

/**
 * The streams as a terminal for the screens, when both stdin and stdout are one; otherwise
 * undefined, and the command takes its plain path. Only a process's own streams are terminals,
 * so the screens get the real `tty` streams Ink needs.
 */
export function terminalOf(streams: CommandStreams): Terminal | undefined {
	return streams.stdin.isTTY && streams.stdout.isTTY ? (streams as Terminal) : undefined;
}

/** What a command runs with: the command line after the command's name, and its world. */
export type CommandInput = {
	flags: Readonly<Record<string, string | boolean | undefined>>;
	/** Words after the command's name (for `profiles add NAME`: `add`, `NAME`). */
	positionals: readonly string[];
	/**
	 * The words after `--`, for a command that runs another (`boxauth exec -- node app.js`): none of
	 * them is parsed as boxauth's. Undefined when the command line had no `--`.
	 */
	commandLine?: readonly string[];
	environment: Readonly<Record<string, string | undefined>>;
	/** The process's streams, or a test's: no command writes to `process.stdout` itself. */
	streams: CommandStreams;
	/** The wall clock, passed in so that a test can set the time. */
	now: () => number;
};

/**
 * Set by the dashboard when it runs setup for the person: setup then ends where it would have
 * opened a dashboard, since the one that ran it comes back. Never a command-line flag.
 */
export const backToDashboard = 'internal-back-to-dashboard';

/** Bad usage: the message is printed and boxauth exits 2. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}

/** A flag's text value, or undefined; a value flag typed without a value is bad usage. */
export function stringFlag(input: CommandInput, name: string): string | undefined {
	const value = input.flags[name];
	if (value === undefined) {
		return undefined;
	}

	if (typeof value !== 'string' || value === '') {
		throw new UsageError(`--${name} needs a value, as in --${name} VALUE.`);
	}

	return value;
}

export const booleanFlag = (input: CommandInput, name: string) => input.flags[name] === true;

/**
 * One of a flag's allowed values, or another word for one (`aliases`, taken but not listed);
 * anything else is bad usage that lists the values.
 */
export function choiceFlag<Choice extends string>(
	input: CommandInput,
	name: string,
	choices: readonly Choice[],
	fallback: Choice,
	aliases: Readonly<Record<string, Choice>> = {},
): Choice {
	const given = stringFlag(input, name);
	if (given === undefined) {
		return fallback;
	}

	const value = Object.hasOwn(aliases, given) ? aliases[given] : given;
	if (value === undefined || !(choices as readonly string[]).includes(value)) {
		throw new UsageError(`--${name} takes one of ${choices.join(', ')}; got "${given}".`);
	}

	return value as Choice;
}
