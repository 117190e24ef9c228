#!/usr/bin/env node
import {readFileSync} from 'node:fs';
import process from 'node:process';
import {parseArgs} from 'node:util';
import {commandList, findCommand, globalFlags} from './commands/command-list.js';
import {commandHelp, mainHelp} from './commands/help-text.js';

// chalk ignores NO_COLOR; FORCE_COLOR=0 set before Ink loads turns its colours off too. The
// other two spellings people use: --no-color, and CLICOLOR=0 (BSD and macOS tools).
if (
	process.env['NO_COLOR'] ||
	process.env['CLICOLOR'] === '0' ||
	process.argv.slice(2).includes('--no-color')
) {
	process.env['FORCE_COLOR'] = '0';
}

function usageError(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(2);
}

const argv = process.argv.slice(2);
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
function wordsOf(words: string[]): string[] {
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
	const {closestWord} = await import('./commands/closest-word.js');
	const meant = closestWord(typed, known);
	return meant === undefined ? '' : ` Did you mean ${prefix}${meant}?`;
}

/**
 * The command line with each value that starts with a dash joined to its flag (`--port -1` as
 * `--port=-1`), so that the command, not the parser, says what is wrong with the value.
 */
function joinDashValues(words: string[]): string[] {
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
		usageError(`No command "${topic}".${hint} Run boxauth help to see the commands.`);
	}

	process.stdout.write(`\n${about ? commandHelp(about) : mainHelp()}\n\n`);
	process.exit(0);
}

const command = commandName === undefined ? undefined : findCommand(commandName);
if (commandName !== undefined && !command) {
	const hint = await didYouMean(
		commandName,
		commandList.map((each) => each.name),
		'boxauth ',
	);
	usageError(`Unknown command "${commandName}".${hint} Run boxauth --help to see the commands.`);
}

// A command with actions takes the flags of the action named (`profiles add`), and only those.
const action = command?.subcommands?.find((each) => each.name === commandArguments[0]);
const helped = action ?? command;
const ownFlags = [...globalFlags, ...(helped?.flags ?? [])];
const {values: flags, positionals} = await parseOwnFlags();

/** The flags, parsed once and strictly against the ones this command (or action) takes. */
async function parseOwnFlags() {
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
		return usageError(await flagProblem(error));
	}
}

/** node:util's words for a bad flag, in boxauth's: what was typed, and what would do. */
async function flagProblem(error: unknown): Promise<string> {
	const message = error instanceof Error ? error.message : String(error);
	const name = helped
		? `boxauth ${helped.usage
				.split(' ')
				.slice(1, action ? 3 : 2)
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

if (flags['help']) {
	process.stdout.write(`\n${helped ? commandHelp(helped) : mainHelp()}\n\n`);
	process.exit(0);
}

if (flags['version']) {
	const packageJson = JSON.parse(
		readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
	) as {version: string};
	process.stdout.write(`${packageJson.version}\n`);
	process.exit(0);
}

if (command) {
	const {UsageError} = await import('./commands/command-input.js');
	try {
		process.exitCode = await (await command.load()).run({
			flags,
			positionals: positionals.slice(1),
			environment: process.env,
		});
	} catch (error) {
		if (error instanceof UsageError) {
			usageError(error.message);
		}

		const {systemErrorWords} = await import('./commands/shared/system-error-words.js');
		const words = systemErrorWords(error);
		if (words === undefined) {
			throw error;
		}

		process.stderr.write(`${words}\n`);
		process.exitCode = 1;
	}
} else {
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		usageError(
			'boxauth needs a terminal for its interactive screens. In scripts, use a command: boxauth --help lists them.',
		);
	}

	const {runStartScreen} = await import('./commands/start/start-screen.js');
	process.exitCode = await runStartScreen({flags, positionals: [], environment: process.env});
}
