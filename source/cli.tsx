#!/usr/bin/env node
import process from 'node:process';
import meow from 'meow';
import {findCommand, globalFlags} from './commands/command-list.js';
import {commandHelp, mainHelp} from './commands/help-text.js';

// chalk ignores NO_COLOR; FORCE_COLOR=0 set before Ink loads turns its colours off too.
if (process.env['NO_COLOR']) {
	process.env['FORCE_COLOR'] = '0';
}

const cli = meow(mainHelp(), {
	importMeta: import.meta,
	autoHelp: false,
	// Unknown flags are reported below with the command they were given to.
	allowUnknownFlags: true,
	flags: {
		help: {type: 'boolean', shortFlag: 'h'},
		sandbox: {type: 'boolean'},
		json: {type: 'boolean'},
		port: {type: 'number', default: 0},
		host: {type: 'string', default: '127.0.0.1'},
	},
});

function usageError(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(2);
}

/** The flags typed on the command line, to check each against the command it was given to. */
function typedFlags(argv: string[]): string[] {
	const end = argv.indexOf('--');
	return (end === -1 ? argv : argv.slice(0, end))
		.filter((argument) => argument.startsWith('-') && argument !== '-')
		.map((argument) => argument.replace(/^--?/, '').split('=')[0] ?? '')
		.map((flag) => (flag === 'h' ? 'help' : flag.replace(/^no-/, '')));
}

const [commandName, ...extraArguments] = cli.input;
const command = commandName === undefined ? undefined : findCommand(commandName);
if (commandName !== undefined && !command) {
	usageError(`Unknown command "${commandName}". Run boxauth --help to see the commands.`);
}

if (cli.flags.help) {
	process.stdout.write(`\n${command ? commandHelp(command) : mainHelp()}\n\n`);
	process.exit(0);
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

if (extraArguments.length > 0) {
	usageError(
		`boxauth ${commandName} takes no arguments, but was given: ${extraArguments.join(' ')}`,
	);
}

if (command?.name === 'sandbox') {
	const {portProblem, sandboxCommand} = await import('./commands/sandbox-command.js');
	const problem = portProblem(cli.flags.port);
	if (problem) {
		usageError(problem);
	}

	process.exitCode = await sandboxCommand({
		port: cli.flags.port,
		host: cli.flags.host,
		json: cli.flags.json ?? false,
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
		cli.flags.sandbox ?? false,
	);
	await sandbox?.close();
	process.exitCode = exitCode;
}
