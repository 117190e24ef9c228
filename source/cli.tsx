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

const allFlags = [...globalFlags, ...commandList.flatMap((command) => command.flags)];

// node:util's parser rather than meow: importing meow costs about 50 ms, as much as the whole
// start-up budget of `boxauth token` (npm run bench measures it). Unknown flags are let through here
// and reported below with the command they were given to.
const {values: flags, positionals} = parseArgs({
	args: process.argv.slice(2),
	allowPositionals: true,
	strict: false,
	options: Object.fromEntries(
		allFlags.map((flag) => [
			flag.name,
			{type: flag.value ? ('string' as const) : ('boolean' as const)},
		]),
	),
});

const takesValue = new Set(allFlags.filter((flag) => flag.value).map((flag) => flag.name));

/**
 * The flags typed on the command line as typed (`-v`, `--profle`), and the name each gives. The
 * word after a flag that takes a value is that value, even when it starts with a dash
 * (`--port -1` is a bad port, not an unknown option).
 */
function typedFlags(argv: string[]): Array<{typed: string; name: string}> {
	const end = argv.indexOf('--');
	const words = end === -1 ? argv : argv.slice(0, end);
	const found: Array<{typed: string; name: string}> = [];
	for (let index = 0; index < words.length; index++) {
		const word = words[index] ?? '';
		if (!word.startsWith('-') || word === '-') {
			continue;
		}

		const typed = word.split('=')[0] ?? word;
		const name = typed.replace(/^--?/, '');
		found.push({typed, name: name === 'h' ? 'help' : name});
		if (!word.includes('=') && takesValue.has(name)) {
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

const [commandName, ...commandArguments] = positionals;

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

const allowedFlags = new Set([
	...globalFlags.map((flag) => flag.name),
	...(command?.flags.map((flag) => flag.name) ?? []),
]);
for (const flag of typedFlags(process.argv.slice(2))) {
	if (!allowedFlags.has(flag.name)) {
		const name = command ? `boxauth ${command.name}` : 'boxauth';
		const hint = await didYouMean(flag.name, [...allowedFlags], '--');
		usageError(
			`Unknown option ${flag.typed} for ${name}.${hint} Run ${name} --help to see its options.`,
		);
	}
}

if (flags['help'] || flags['h']) {
	process.stdout.write(`\n${command ? commandHelp(command) : mainHelp()}\n\n`);
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
			positionals: commandArguments,
			environment: process.env,
		});
	} catch (error) {
		if (error instanceof UsageError) {
			usageError(error.message);
		}

		const {systemErrorWords} = await import('./commands/system-error-words.js');
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

	const {runStartScreen} = await import('./commands/start-screen.js');
	process.exitCode = await runStartScreen({flags, positionals: [], environment: process.env});
}
