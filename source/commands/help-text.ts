import {commandList, type FlagHelp, globalFlags, type SubcommandHelp} from './command-list.js';

const flagLine = (flag: FlagHelp) => {
	const left = `--${flag.name}${flag.value ? ` ${flag.value}` : ''}`;
	return `    ${left.padEnd(18)} ${flag.description}`;
};

export function mainHelp(): string {
	const commands = commandList.map(
		(command) => `    ${command.name.padEnd(18)} ${command.summary}`,
	);
	return [
		'  From "I want to call the Box API" to a working, self-renewing bearer token.',
		'',
		'  Usage',
		'    $ boxauth                 interactive: start here',
		'    $ boxauth <command> [options]',
		'',
		'  Commands',
		...commands,
		'',
		'  Options',
		...globalFlags.map(flagLine),
		'',
		'  Examples',
		'    $ boxauth setup --sandbox        try the whole setup without a Box account',
		'    $ boxauth dashboard              watch every token',
		'    $ boxauth help sandbox           the same as boxauth sandbox --help',
		'',
		'  Exit codes: 0 success, 1 failure, 2 bad usage, 3 a person must act (log in again, a new',
		'  token, a credential, the admin), 4 try again later (no answer, 429, 5xx), 130 interrupted.',
		'  --json prints one object with a "version", in one line when piped.',
		'  BOXAUTH_DEBUG=api prints each request to Box and its answer on stderr, secrets masked.',
	].join('\n');
}

export function commandHelp(command: SubcommandHelp & {subcommands?: SubcommandHelp[]}): string {
	return [
		`  ${command.summary}.`,
		'',
		'  Usage',
		`    $ ${command.usage}`,
		'',
		...(command.subcommands
			? [
					`  Actions (boxauth ${command.name} ACTION --help for each one's options)`,
					...command.subcommands.map((action) => `    ${action.name.padEnd(18)} ${action.summary}`),
					'',
				]
			: []),
		'  Options',
		...[...command.flags, ...globalFlags].map(flagLine),
		'',
		'  Examples',
		...command.examples.map((example) => `    $ ${example}`),
	].join('\n');
}
