// The commands and flags boxauth has today, as data: `--help` is made from it, the flag checks
// use it, and a test keeps readme.md in step with it.

export type FlagHelp = {name: string; value?: string; description: string};

export type CommandHelp = {
	name: string;
	usage: string;
	summary: string;
	flags: FlagHelp[];
	examples: string[];
};

export const globalFlags: FlagHelp[] = [
	{
		name: 'sandbox',
		description: 'Use an in-process sandbox instead of Box (no Box account needed)',
	},
	{name: 'help', description: 'Show help, for boxauth or for one command'},
	{name: 'version', description: 'Show the version'},
];

export const commandList: CommandHelp[] = [
	{
		name: 'sandbox',
		usage: 'boxauth sandbox [--port N] [--host ADDRESS] [--json]',
		summary: 'Run the built-in Box-compatible auth server, for offline tests with any Box SDK',
		flags: [
			{
				name: 'port',
				value: 'N',
				description: 'Port to listen on; 0, the default, takes a free one',
			},
			{name: 'host', value: 'ADDRESS', description: 'Address to listen on (default 127.0.0.1)'},
			{
				name: 'json',
				description: 'Print the sandbox (URLs, enterprise, users, apps) as one JSON line first',
			},
		],
		examples: ['boxauth sandbox --port 8765', 'boxauth sandbox --json | head -n 1 | jq .apps'],
	},
];

export const findCommand = (name: string) => commandList.find((command) => command.name === name);
