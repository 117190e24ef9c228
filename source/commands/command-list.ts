import type {CommandInput} from './command-input.js';

// The commands and flags boxauth has today, as data: `--help` is made from it, the flag checks
// use it, and a test keeps readme.md in step with it.

export type FlagHelp = {name: string; value?: string; description: string};

/** One action of a command (`profiles add`): its own usage and flags, checked and helped apart. */
export type SubcommandHelp = {
	name: string;
	usage: string;
	summary: string;
	flags: FlagHelp[];
	examples: string[];
};

export type CommandHelp = SubcommandHelp & {
	/** The command's code, loaded only when it runs: `boxauth token` loads no network or UI code. */
	load: () => Promise<{run(input: CommandInput): Promise<number>}>;
	/** Its actions, when it has some; `flags` is then every action's, each said with its action. */
	subcommands?: SubcommandHelp[];
	/**
	 * Runs a command given after `--` (`boxauth exec`): only the words before it are boxauth's, and
	 * a command line without `--` is bad usage.
	 */
	runsCommand?: true;
	/**
	 * It takes flags only: words given to it are bad usage, said as "boxauth NAME takes no
	 * arguments, but was given: WORDS." and then this.
	 */
	takesNoWords?: string;
};

export const globalFlags: FlagHelp[] = [
	{
		name: 'sandbox',
		description: 'Use an in-process sandbox instead of Box (no Box account needed)',
	},
	{name: 'help', description: 'Show help, for boxauth or for one command'},
	{name: 'version', description: 'Show the version'},
	{name: 'no-color', description: 'No colours (as NO_COLOR=1 or CLICOLOR=0 do)'},
];

const profileFlag: FlagHelp = {
	name: 'profile',
	value: 'NAME',
	description:
		'The profile to use (default: BOXAUTH_PROFILE, the profile BOXAUTH_AUTH_TYPE makes from the environment, the only profile, or the default one)',
};
const jsonFlag = (what: string): FlagHelp => ({name: 'json', description: `Print ${what} as JSON`});

const setupFlags: FlagHelp[] = [
	{
		name: 'profile',
		value: 'NAME',
		description:
			"The new profile's name; for a setup left waiting for the admin, picks it up where it was; for a profile that exists, logs in to it again (as boxauth login does)",
	},
	{
		name: 'auth-type',
		value: 'TYPE',
		description: 'ccg, jwt, oauth, developer or app-token (skips the questions)',
	},
	{name: 'client-id', value: 'ID', description: "The app's client ID (ccg, oauth)"},
	{
		name: 'enterprise-id',
		value: 'ID',
		description: 'The enterprise to act for (ccg; jwt when its config has none)',
	},
	{
		name: 'user-id',
		value: 'ID',
		description: "Act as this user instead of the app's service account (ccg, jwt)",
	},
	{
		name: 'jwt-config',
		value: 'PATH',
		description: "The JSON config file from the app's Configuration tab (jwt)",
	},
	{
		name: 'app-token-expiry',
		value: 'WHEN',
		description: '30-days, 60-days or never, as chosen in the console (app-token)',
	},
	{
		name: 'client-secret-stdin',
		description: 'Read the client secret from stdin (or set BOXAUTH_CLIENT_SECRET)',
	},
	{
		name: 'token-stdin',
		description:
			'Read the developer token or App Token from stdin (or set BOXAUTH_DEVELOPER_TOKEN, BOXAUTH_APP_TOKEN)',
	},
	{
		name: 'no-browser',
		description: 'OAuth: print the sign-in URL instead of opening a browser (remote shells)',
	},
	{
		name: 'callback-port',
		value: 'N',
		description:
			'OAuth: the port for the sign-in redirect (default 3000, as the console clicks say; another when 3000 is taken)',
	},
	{
		name: 'base-url',
		value: 'URL',
		description: 'The API and token host (default https://api.box.com)',
	},
	jsonFlag('the outcome (no screens; needs the flags)'),
];

/** What `boxauth login` takes: the flags of setup that a new login of the same profile needs. */
const loginFlags = [
	'jwt-config',
	'client-secret-stdin',
	'token-stdin',
	'no-browser',
	'callback-port',
	'json',
];

const baseUrlFlag: FlagHelp = {
	name: 'base-url',
	value: 'URL',
	description: 'The API and token host (default https://api.box.com, or a running boxauth sandbox)',
};

const profilesSubcommands: SubcommandHelp[] = [
	{
		name: 'add',
		usage: 'boxauth profiles add NAME --auth-type TYPE [options]',
		summary: 'Make a profile from flags, checked with Box first, without the wizard',
		flags: [
			{name: 'auth-type', value: 'TYPE', description: 'ccg, jwt, oauth, developer or app-token'},
			{name: 'client-id', value: 'ID', description: "The app's client ID (ccg, oauth)"},
			{
				name: 'enterprise-id',
				value: 'ID',
				description: 'Act as the enterprise (its service account) (ccg, jwt)',
			},
			{name: 'user-id', value: 'ID', description: 'Act as this user instead (ccg, jwt)'},
			{
				name: 'jwt-config',
				value: 'PATH',
				description: "The JSON config file from the app's Configuration tab (jwt)",
			},
			{
				name: 'config',
				value: 'PATH',
				description:
					'A JSON config file with the client ID, client secret and enterpriseID, as Box CLI takes it (ccg; instead of --client-id and the secret)',
			},
			baseUrlFlag,
			{
				name: 'client-secret-stdin',
				description: 'Read the client secret from stdin (or set BOXAUTH_CLIENT_SECRET)',
			},
			{
				name: 'token-stdin',
				description:
					'Read the developer token, App Token or OAuth refresh token from stdin (or set BOXAUTH_DEVELOPER_TOKEN, BOXAUTH_APP_TOKEN, BOXAUTH_REFRESH_TOKEN)',
			},
			{
				name: 'app-token-expiry',
				value: 'WHEN',
				description: '30-days, 60-days or never, as chosen in the console (app-token)',
			},
			jsonFlag('the outcome'),
		],
		examples: [
			'boxauth profiles add work --auth-type ccg --client-id abc123 --enterprise-id 1234567 --client-secret-stdin < secret.txt',
			'boxauth profiles add work --auth-type jwt --jwt-config ~/Downloads/1234567_config.json',
			'boxauth profiles add ci --auth-type ccg --config ~/box/ccg-config.json',
			'boxauth profiles add try --sandbox --auth-type developer',
		],
	},
	{
		name: 'import',
		usage: 'boxauth profiles import --from-box-cli [--dry-run] [--json]',
		summary: "Bring in Box CLI's environments as profiles, each checked with Box first",
		flags: [
			{
				name: 'from-box-cli',
				description:
					"Box CLI's CCG and JWT environments (its keychain entry, else ~/.box/box_environments.json)",
			},
			{name: 'dry-run', description: 'List what would come in; check and save nothing'},
			baseUrlFlag,
			jsonFlag('the outcome'),
		],
		examples: ['boxauth profiles import --from-box-cli --dry-run'],
	},
	{
		name: 'list',
		usage: 'boxauth profiles list [--json]',
		summary: 'The profiles, with their auth type, where they connect and the default',
		flags: [jsonFlag('the profiles')],
		examples: ['boxauth profiles list --json'],
	},
	{
		name: 'remove',
		usage: 'boxauth profiles remove NAME [--json]',
		summary: 'Remove a profile and its secrets',
		flags: [jsonFlag('the outcome')],
		examples: ['boxauth profiles remove work'],
	},
	{
		name: 'default',
		usage: 'boxauth profiles default NAME [--json]',
		summary: 'The profile commands use when no --profile is given',
		flags: [jsonFlag('the outcome')],
		examples: ['boxauth profiles default work'],
	},
];

/** Every action's flags once, each said with the actions that take it (`add, import: …`). */
function flagsOfSubcommands(actions: readonly SubcommandHelp[]): FlagHelp[] {
	const byName = new Map<string, {flag: FlagHelp; actions: string[]}>();
	for (const action of actions) {
		for (const flag of action.flags) {
			const known = byName.get(flag.name);
			if (known) {
				known.actions.push(action.name);
			} else {
				byName.set(flag.name, {flag, actions: [action.name]});
			}
		}
	}

	return [...byName.values()].map(({flag, actions: taking}) => ({
		...flag,
		description: `${taking.join(', ')}: ${flag.description}`,
	}));
}

export const commandList: CommandHelp[] = [
	{
		name: 'setup',
		load: () => import('./setup/setup-command.js'),
		usage: 'boxauth setup [--profile NAME] [--auth-type TYPE] [options]',
		summary:
			'The setup wizard: choose an auth type, create the app, get it authorized, make the first call, save the profile; with flags, the same checks in a script',
		flags: setupFlags,
		examples: [
			'boxauth setup',
			'boxauth setup --sandbox',
			'boxauth setup --profile work',
			'boxauth setup --auth-type ccg --client-id abc123 --enterprise-id 1234567 --client-secret-stdin --json < secret.txt',
		],
	},
	{
		name: 'login',
		takesNoWords: 'Choose a profile with --profile NAME.',
		load: () => import('./login/login-command.js'),
		usage: 'boxauth login [--profile NAME]',
		summary:
			'Log in again to a profile, in place: OAuth 2.0 signs in again, a developer token or App Token is pasted again, CCG or JWT takes a new secret or config file; the old login is revoked once the new one works',
		flags: [profileFlag, ...setupFlags.filter((flag) => loginFlags.includes(flag.name))],
		examples: [
			'boxauth login',
			'boxauth login --profile work',
			'boxauth login --profile ci --token-stdin < developer-token.txt',
		],
	},
	{
		name: 'dashboard',
		takesNoWords: 'It shows every profile.',
		load: () => import('./dashboard/dashboard-command.js'),
		usage: 'boxauth dashboard [--plain] [--json]',
		summary:
			"Every profile's tokens live: countdowns, renewal ahead of expiry, diagnostics; without a terminal, the status table once",
		flags: [
			{
				name: 'plain',
				description: 'For screen readers: announce state changes instead of redrawing the timers',
			},
			jsonFlag('one snapshot (the same as boxauth status --json)'),
		],
		examples: [
			'boxauth dashboard',
			'boxauth dashboard --plain',
			'boxauth dashboard --json | jq ".profiles[] | {name, healthy}"',
		],
	},
	{
		name: 'token',
		takesNoWords: 'Choose a profile with --profile NAME.',
		load: () => import('./token/token-command.js'),
		usage:
			'boxauth token [--profile NAME] [--format raw|header|curl|env|powershell|json] [--scope SCOPES [--resource URL]]',
		summary: 'Print a valid access token, renewing it first when needed; nothing else on stdout',
		flags: [
			profileFlag,
			{
				name: 'format',
				value: 'FORMAT',
				description:
					'raw (default), header (Authorization: Bearer …), curl (--oauth2-bearer …, for curl $(…)), env (export BOX_DEVELOPER_TOKEN=… and BOX_ACCESS_TOKEN=…, for eval), powershell (the same two as $env: assignments, for Invoke-Expression) or json',
			},
			{
				name: 'scope',
				value: 'SCOPES',
				description:
					"Print a downscoped token instead: the profile's token exchanged at Box for one with only these scopes (apart by spaces or commas, such as item_preview,item_download); not stored",
			},
			{
				name: 'resource',
				value: 'URL',
				description:
					'With --scope: hold the downscoped token to one file or folder, by its API URL (https://api.box.com/2.0/folders/123) or a shared link',
			},
		],
		examples: [
			'curl -H "Authorization: Bearer $(boxauth token)" https://api.box.com/2.0/users/me',
			'curl $(boxauth token --format curl) https://api.box.com/2.0/users/me',
			'eval "$(boxauth token --profile work --format env)"',
			'boxauth token --format powershell | Invoke-Expression',
			'boxauth token --scope base_preview,item_download --resource https://api.box.com/2.0/files/123',
		],
	},
	{
		name: 'exec',
		load: () => import('./exec/exec-command.js'),
		usage: 'boxauth exec [--profile NAME] -- COMMAND [ARGS…]',
		summary:
			"Run a command with a valid token in BOX_DEVELOPER_TOKEN and BOX_ACCESS_TOKEN; while it runs, boxauth renews the profile's token ahead of expiry and keeps the current one in the file BOX_ACCESS_TOKEN_FILE names",
		flags: [profileFlag],
		runsCommand: true,
		examples: [
			'boxauth exec -- node app.js',
			'boxauth exec --profile work -- python sync.py',
			'boxauth exec -- sh -c \'curl -H "Authorization: Bearer $BOX_ACCESS_TOKEN" https://api.box.com/2.0/users/me\'',
		],
	},
	{
		name: 'profiles',
		load: () => import('./profiles/profiles-command.js'),
		usage: `boxauth profiles ${profilesSubcommands.map((action) => action.usage.replace('boxauth profiles ', '')).join(' | ')}`,
		summary:
			'Make a profile without the wizard, import them from Box CLI, list them, remove one, or choose the default',
		flags: flagsOfSubcommands(profilesSubcommands),
		subcommands: profilesSubcommands,
		examples: profilesSubcommands.flatMap((action) => action.examples),
	},
	{
		name: 'status',
		takesNoWords: 'It reports every profile, or one with --profile NAME.',
		load: () => import('./status/status-command.js'),
		usage: 'boxauth status [--profile NAME] [--offline] [--json]',
		summary:
			'Every profile (or one): who it acts as, its tokens and time left, where its secrets are, and whether Box takes the token it holds (one light request each)',
		flags: [
			{...profileFlag, description: 'Only this profile (default: every profile)'},
			{
				name: 'offline',
				description: 'Only what is stored: no request to Box (the token held is not checked)',
			},
			jsonFlag('the status'),
		],
		examples: [
			'boxauth status',
			'boxauth status --profile work',
			'boxauth status --json | jq ".profiles[] | select(.healthy | not)"',
		],
	},
	{
		name: 'explain',
		load: () => import('./explain/explain-command.js'),
		usage: 'boxauth explain [--json] < error.txt | --list [--json] | --show ID [--json]',
		summary:
			'Explain a failure pasted on stdin (an error body, a curl transcript, an SDK message), or list and show the troubleshooting entries',
		flags: [
			{
				name: 'list',
				description:
					'Name every error boxauth knows: its ID and its heading in docs/troubleshooting.md',
			},
			{
				name: 'show',
				value: 'ID',
				description:
					'Print the troubleshooting entry with this ID (from --list), without reading stdin',
			},
			jsonFlag('the diagnosis, the list or the entry'),
		],
		examples: [
			'echo \'{"error":"unauthorized_client","error_description":"This app is not authorized by the enterprise admin"}\' | boxauth explain',
			'curl -si -X POST https://api.box.com/oauth2/token -d grant_type=client_credentials | boxauth explain',
			'boxauth explain --list',
			'boxauth explain --show ccg-grant-credentials-invalid',
		],
	},
	{
		name: 'doctor',
		takesNoWords: 'Choose a profile with --profile NAME.',
		load: () => import('./doctor/doctor-command.js'),
		usage: 'boxauth doctor [--profile NAME] [--json]',
		summary: 'Run every check for a profile, in order, and report each with its diagnosis',
		flags: [profileFlag, jsonFlag('the report')],
		examples: ['boxauth doctor --profile work'],
	},
	{
		name: 'revoke',
		takesNoWords: 'Choose a profile with --profile NAME.',
		load: () => import('./revoke/revoke-command.js'),
		usage: 'boxauth revoke [--profile NAME] [--json]',
		summary: "Revoke the profile's tokens at Box, then forget them",
		flags: [profileFlag, jsonFlag('what was revoked and forgotten')],
		examples: ['boxauth revoke --profile work'],
	},
	{
		name: 'sandbox',
		takesNoWords: 'Its flags are --port, --host, --tls, --reset and --json.',
		load: () => import('./sandbox/sandbox-command.js'),
		usage: 'boxauth sandbox [--port N] [--host ADDRESS] [--tls] [--json] [--reset]',
		summary: 'Run the built-in Box-compatible auth server, for offline tests with any Box SDK',
		flags: [
			{
				name: 'port',
				value: 'N',
				description: 'Port to listen on; 0, the default, takes a free one',
			},
			{name: 'host', value: 'ADDRESS', description: 'Address to listen on (default 127.0.0.1)'},
			{
				name: 'tls',
				description:
					"Serve HTTPS (Box CLI and Box's legacy Node SDK refuse http:), with a certificate from a local certificate authority kept in the config folder; prints how to trust it",
			},
			{
				name: 'json',
				description:
					'Print the sandbox (URLs, enterprise, users, apps; with --tls, caCertificate) as JSON first: one line when piped',
			},
			{
				name: 'reset',
				description:
					'Start the sandbox afresh (new apps and tokens; the app waiting for its admin waits again)',
			},
		],
		examples: [
			'boxauth sandbox --port 8765',
			'boxauth sandbox --json | head -n 1 | jq .apps',
			'boxauth sandbox --tls --port 8765',
			'boxauth sandbox --reset',
		],
	},
	{
		name: 'completion',
		load: () => import('./completion/completion-command.js'),
		usage: 'boxauth completion bash | zsh | fish | powershell',
		summary:
			'Print the Tab completion script for your shell: commands, their flags, auth types and profile names',
		flags: [],
		examples: [
			'source <(boxauth completion bash)',
			'boxauth completion bash >> ~/.bashrc',
			'source <(boxauth completion zsh)',
			'boxauth completion fish > ~/.config/fish/completions/boxauth.fish',
			'boxauth completion powershell | Out-String | Invoke-Expression',
		],
	},
];

export const findCommand = (name: string) => commandList.find((command) => command.name === name);
