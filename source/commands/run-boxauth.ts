import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {type CommandStreams, terminalOf} from './command-input.js';
import {commandList, findCommand, globalFlags, type SubcommandHelp} from './command-list.js';
import {commandHelp, mainHelp} from './help-text.js';

/** What boxauth runs in: the process's, or a test's. */
export type BoxauthWorld = {
	environment: Readonly<Record<string, string | undefined>>;
	streams: CommandStreams;
	now: () => number;
};

const takesValue = new Set(
	[...globalFlags, ...commandList.flatMap((command) => command.flags)]
		.filter((flag) => flag.value)
		.map((flag) => flag.name),
);

/** A flag written without `=VALUE`, whose value is the next word. */
const awaitsValue = (word: string) =>
	word.startsWith('-') && !word.includes('=') && takesValue.has(word.replace(/^--?/, ''));

/**
 * The words that are not flags, up to `--`: the command, its action and their arguments. The
 * word after a flag that takes a value is that value, even when it starts with a dash.
 */
function wordsOf(words: readonly string[]): string[] {
	const found: string[] = [];
	for (let index = 0; index < words.length; index++) {
		const word = words[index] ?? '';
		if (word === '--') {
			break;
		}

		if (!word.startsWith('-') || word === '-') {
			found.push(word);
		} else if (awaitsValue(word)) {
			index++;
		}
	}

	return found;
}

/** " Did you mean X?" for a near miss, or nothing. */
async function didYouMean(typed: string, known: readonly string[], prefix = ''): Promise<string> {
	const {closestWord} = await import('./closest-word.js');
	const meant = closestWord(typed, known);
	return meant === undefined ? '' : ` Did you mean ${prefix}${meant}?`;
}

/**
 * The command line with each value that starts with a dash joined to its flag (`--port -1` as
 * `--port=-1`), so that the command, not the parser, says what is wrong with the value.
 */
function joinDashValues(words: readonly string[]): string[] {
	const joined: string[] = [];
	for (let index = 0; index < words.length; index++) {
		const word = words[index] ?? '';
		const next = words[index + 1];
		if (awaitsValue(word) && next?.startsWith('-') && next !== '--') {
			joined.push(`${word}=${next}`);
			index++;
		} else {
			joined.push(word);
		}
	}

	return joined;
}

/**
 * boxauth's version, from its package.json: the nearest one above this file, which is
 * `dist/`'s parent when bundled (at any chunk depth) and the clone's root when run from source.
 */
function packageVersion(): string {
	let folder = new URL('.', import.meta.url);
	for (;;) {
		try {
			const found = JSON.parse(readFileSync(new URL('package.json', folder), 'utf8')) as {
				name?: string;
				version?: string;
			};
			if (found.name === 'boxauth' && found.version) {
				return found.version;
			}
		} catch {}

		const parent = new URL('..', folder);
		if (parent.href === folder.href) {
			return 'unknown';
		}

		folder = parent;
	}
}

/** The words that ask for help or the version, which need no command to run. */
const helpWords = new Set(['--help', '-h', '--version']);

/** Bad usage, said on stderr: boxauth's exit code 2. */
class CommandLineProblem extends Error {}

/** The flags, parsed once and strictly against the ones this command (or action) takes. */
async function parseOwnFlags(
	argv: readonly string[],
	helped: SubcommandHelp | undefined,
	isAction: boolean,
) {
	const ownFlags = [...globalFlags, ...(helped?.flags ?? [])];
	try {
		return parseArgs({
			args: joinDashValues(argv),
			allowPositionals: true,
			strict: true,
			options: Object.fromEntries(
				ownFlags.map((flag) => [
					flag.name,
					{
						type: flag.value ? ('string' as const) : ('boolean' as const),
						...(flag.name === 'help' ? {short: 'h'} : {}),
					},
				]),
			),
		});
	} catch (error) {
		throw new CommandLineProblem(await flagProblem(error, helped, isAction, ownFlags));
	}
}

/** node:util's words for a bad flag, in boxauth's: what was typed, and what would do. */
async function flagProblem(
	error: unknown,
	helped: SubcommandHelp | undefined,
	isAction: boolean,
	ownFlags: ReadonlyArray<{name: string}>,
): Promise<string> {
	const message = error instanceof Error ? error.message : String(error);
	const name = helped
		? `boxauth ${helped.usage
				.split(' ')
				.slice(1, isAction ? 3 : 2)
				.join(' ')}`
		: 'boxauth';
	const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
	if (unknown !== undefined) {
		const typed = unknown.split('=')[0] ?? unknown;
		const hint = await didYouMean(
			typed.replace(/^--?/, ''),
			ownFlags.map((flag) => flag.name),
			'--',
		);
		return `Unknown option ${typed} for ${name}.${hint} Run ${name} --help to see its options.`;
	}

	const flag = /'(--?[\w-]+)/.exec(message)?.[1] ?? 'this option';
	if (/does not take an argument/.test(message)) {
		return `${flag} takes no value. Run ${name} --help to see its options.`;
	}

	if (/ambiguous/.test(message)) {
		return `${flag} takes a value that starts with a dash: give it as ${flag}=VALUE.`;
	}

	return `${flag} needs a value. Run ${name} --help to see its options.`;
}

/**
 * boxauth from its command line to its exit code: the command found in the table, its flags
 * parsed, the command run with the streams and clock it is given. `cli.tsx` runs it with the
 * process's; tests run it in-process with buffers.
 */
export async function runBoxauth(argv: readonly string[], world: BoxauthWorld): Promise<number> {
	const {stderr} = world.streams;
	try {
		return await runCommandLine(argv, world);
	} catch (error) {
		const {UsageError} = await import('./command-input.js');
		if (error instanceof CommandLineProblem || error instanceof UsageError) {
			stderr.write(`${error.message}\n`);
			return 2;
		}

		const {systemErrorWords} = await import('./shared/system-error-words.js');
		const words = systemErrorWords(error);
		if (words === undefined) {
			throw error;
		}

		stderr.write(`${words}\n`);
		return 1;
	}
}

async function runCommandLine(argv: readonly string[], world: BoxauthWorld): Promise<number> {
	const {stdout} = world.streams;
	const [commandName, ...commandArguments] = wordsOf(argv);

	// `boxauth help [command]`, as gh, git and Box CLI users type it.
	if (commandName === 'help') {
		const [topic] = commandArguments;
		const about = topic === undefined ? undefined : findCommand(topic);
		if (topic !== undefined && !about) {
			const hint = await didYouMean(
				topic,
				commandList.map((each) => each.name),
				'boxauth help ',
			);
			throw new CommandLineProblem(
				`No command "${topic}".${hint} Run boxauth help to see the commands.`,
			);
		}

		stdout.write(`\n${about ? commandHelp(about) : mainHelp()}\n\n`);
		return 0;
	}

	const command = commandName === undefined ? undefined : findCommand(commandName);
	if (commandName !== undefined && !command) {
		const hint = await didYouMean(
			commandName,
			commandList.map((each) => each.name),
			'boxauth ',
		);
		throw new CommandLineProblem(
			`Unknown command "${commandName}".${hint} Run boxauth --help to see the commands.`,
		);
	}

	// A command with actions takes the flags of the action named (`profiles add`), and only those.
	const action = command?.subcommands?.find((each) => each.name === commandArguments[0]);
	const helped = action ?? command;
	// A command that runs another (`boxauth exec`) parses only the words before `--`.
	const dashes = command?.runsCommand ? argv.indexOf('--') : -1;
	if (command?.runsCommand && dashes === -1 && !argv.some((word) => helpWords.has(word))) {
		throw new CommandLineProblem(
			`boxauth ${command.name} needs -- before the command it runs, so that none of that command's words is taken for boxauth's: ${command.usage}, as in ${command.examples[0] ?? ''}`,
		);
	}

	const {values: flags, positionals} = await parseOwnFlags(
		dashes === -1 ? argv : argv.slice(0, dashes),
		helped,
		action !== undefined,
	);
	if (flags['help']) {
		stdout.write(`\n${helped ? commandHelp(helped) : mainHelp()}\n\n`);
		return 0;
	}

	if (flags['version']) {
		stdout.write(`${packageVersion()}\n`);
		return 0;
	}

	const input = {
		...world,
		flags,
		positionals: positionals.slice(1),
		...(dashes === -1 ? {} : {commandLine: argv.slice(dashes + 1)}),
	};
	if (command?.takesNoWords !== undefined && input.positionals.length > 0) {
		throw new CommandLineProblem(
			`boxauth ${command.name} takes no arguments, but was given: ${input.positionals.join(' ')}. ${command.takesNoWords}`,
		);
	}

	if (command) {
		return (await command.load()).run(input);
	}

	const terminal = terminalOf(world.streams);
	if (!terminal) {
		throw new CommandLineProblem(
			'boxauth needs a terminal for its interactive screens. In scripts, use a command: boxauth --help lists them.',
		);
	}

	const {runStartScreen} = await import('./start/start-screen.js');
	return runStartScreen({...input, positionals: []}, terminal);
}
