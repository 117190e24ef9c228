#!/usr/bin/env node
import {readFileSync} from 'node:fs';
import process from 'node:process';
import {parseArgs} from 'node:util';
import {commandList, findCommand, globalFlags} from './commands/command-list.js';
import {commandHelp, mainHelp} from './commands/help-text.js';

// chalk ignores NO_COLOR; FORCE_COLOR=0 set before Ink loads turns its colours off too.
if (process.env['NO_COLOR']) {
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

/** The flags typed on the command line, to check each against the command it was given to. */
function typedFlags(argv: string[]): string[] {
	const end = argv.indexOf('--');
	return (end === -1 ? argv : argv.slice(0, end))
		.filter((argument) => argument.startsWith('-') && argument !== '-')
		.map((argument) => argument.replace(/^--?/, '').split('=')[0] ?? '')
		.map((flag) => (flag === 'h' ? 'help' : flag));
}

const [commandName, ...commandArguments] = positionals;
const command = commandName === undefined ? undefined : findCommand(commandName);
if (commandName !== undefined && !command) {
	usageError(`Unknown command "${commandName}". Run boxauth --help to see the commands.`);
}

const allowedFlags = new Set([
	...globalFlags.map((flag) => flag.name),
	...(command?.flags.map((flag) => flag.name) ?? []),
]);
for (const flag of typedFlags(process.argv.slice(2))) {
	if (!allowedFlags.has(flag)) {
		const name = command ? `boxauth ${command.name}` : 'boxauth';
		usageError(`Unknown option --${flag} for ${name}. Run ${name} --help to see its options.`);
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
