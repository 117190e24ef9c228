#!/usr/bin/env node
import {readFileSync} from 'node:fs';
import process from 'node:process';
import {parseArgs} from 'node:util';
import {findCommand, globalFlags} from './commands/command-list.js';
import {commandHelp, mainHelp} from './commands/help-text.js';

// chalk ignores NO_COLOR; FORCE_COLOR=0 set before Ink loads turns its colours off too.
if (process.env['NO_COLOR']) {
	process.env['FORCE_COLOR'] = '0';
}

function usageError(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(2);
}

// node:util's parser rather than meow: importing meow costs about 50 ms, as much as the whole
// start-up budget of `boxauth token` (see bench/startup.ts). Unknown flags are let through here
// and reported below with the command they were given to.
const {values: flags, positionals} = parseArgs({
	args: process.argv.slice(2),
	allowPositionals: true,
	strict: false,
	options: {
		help: {type: 'boolean', short: 'h'},
		version: {type: 'boolean'},
		sandbox: {type: 'boolean'},
		json: {type: 'boolean'},
		port: {type: 'string'},
		host: {type: 'string'},
	},
});

/** The flags typed on the command line, to check each against the command it was given to. */
function typedFlags(argv: string[]): string[] {
	const end = argv.indexOf('--');
	return (end === -1 ? argv : argv.slice(0, end))
		.filter((argument) => argument.startsWith('-') && argument !== '-')
		.map((argument) => argument.replace(/^--?/, '').split('=')[0] ?? '')
		.map((flag) => (flag === 'h' ? 'help' : flag));
}

const [commandName, ...extraArguments] = positionals;
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

if (flags['help']) {
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

if (extraArguments.length > 0) {
	usageError(
		`boxauth ${commandName} takes no arguments, but was given: ${extraArguments.join(' ')}`,
	);
}

/** A flag's text value; a string flag typed without one is a usage error. */
function stringFlag(name: string, fallback: string): string {
	const value = flags[name];
	if (value === undefined) {
		return fallback;
	}

	if (typeof value !== 'string') {
		usageError(`--${name} needs a value, as in --${name}=${fallback}.`);
	}

	return value;
}

const booleanFlag = (name: string) => flags[name] === true;

if (command?.name === 'sandbox') {
	const {portProblem, sandboxCommand} = await import('./commands/sandbox-command.js');
	const port = Number(stringFlag('port', '0'));
	const problem = portProblem(port);
	if (problem) {
		usageError(problem);
	}

	process.exitCode = await sandboxCommand({
		port,
		host: stringFlag('host', '127.0.0.1'),
		json: booleanFlag('json'),
	});
} else {
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		usageError(
			'boxauth needs a terminal for its interactive screens. In scripts, use a command: boxauth --help lists them.',
		);
	}

	const {runInteractive} = await import('./ui/run-interactive.js');
	let sandbox:
		| Awaited<ReturnType<typeof import('./sandbox/start-sandbox.js').startSandbox>>
		| undefined;
	const exitCode = await runInteractive(
		{
			async startSandbox() {
				const {startSandbox} = await import('./sandbox/start-sandbox.js');
				sandbox ??= await startSandbox();
				return sandbox.describe();
			},
		},
		booleanFlag('sandbox'),
	);
	await sandbox?.close();
	process.exitCode = exitCode;
}
