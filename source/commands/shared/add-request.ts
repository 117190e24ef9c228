import {
	type AuthType,
	authTypeFlagAliases,
	authTypeFlagWords,
	authTypeOfFlagWord,
} from '../../box/auth-types.js';
import type {Subject} from '../../box/client-credentials.js';
import {clientCredentials} from '../../box/console-paths.js';
import {isLoopbackHostname} from '../../box/loopback-host.js';
import type {AppTokenExpiry} from '../../profiles/held-token.js';
import {profileNameProblem} from '../../profiles/profile-name.js';
import {
	booleanFlag,
	type CommandInput,
	choiceFlag,
	stringFlag,
	UsageError,
} from '../command-input.js';

import {checkSubjectId} from './subject-id.js';

/** What `boxauth profiles add` was asked to do, read from its flags; secrets come later. */
export type AddRequest = {
	name: string;
	authType: AuthType;
	/** Against boxauth's saved sandbox, whose demo apps fill in what was not given. */
	sandbox: boolean;
	baseUrl?: string;
	clientId?: string;
	subject?: Subject;
	jwtConfigPath?: string;
	/** A CCG app's config file, which holds the client ID, the secret and the enterprise. */
	ccgConfigPath?: string;
	appTokenExpiry?: AppTokenExpiry;
	/** Which secret is waiting on stdin. */
	stdin?: 'client-secret' | 'token';
};

export const addUsage =
	'boxauth profiles add NAME --auth-type ccg|jwt|oauth|developer|app-token [options] (boxauth profiles --help lists them)';

/** The flags each auth type takes, besides --auth-type, --base-url and --sandbox. */
const flagsFor: Record<AuthType, readonly string[]> = {
	ccg: ['client-id', 'enterprise-id', 'user-id', 'client-secret-stdin', 'config'],
	jwt: ['jwt-config', 'enterprise-id', 'user-id'],
	oauth: ['client-id', 'client-secret-stdin', 'token-stdin'],
	'developer-token': ['token-stdin'],
	'app-token': ['token-stdin', 'app-token-expiry'],
};
const everyAuthTypeFlags = ['auth-type', 'base-url', 'sandbox', 'json'];

const appTokenExpiries: readonly AppTokenExpiry[] = ['30-days', '60-days', 'never'];

function readName(input: CommandInput): string {
	const [, name, ...rest] = input.positionals;
	if (name === undefined) {
		throw new UsageError(`Name the profile: ${addUsage}`);
	}

	// The extra words are not repeated: a secret typed there would end up on the screen.
	if (rest.length > 0) {
		throw new UsageError(
			`boxauth profiles add takes one NAME, but was given ${rest.length + 1} words. Secrets never go on the command line: use --client-secret-stdin, --token-stdin or the BOXAUTH_* variables.`,
		);
	}

	const problem = profileNameProblem(name);
	if (problem !== undefined) {
		throw new UsageError(problem);
	}

	return name;
}

function readAuthType(input: CommandInput): {word: string; authType: AuthType} {
	const words = authTypeFlagWords;
	if (stringFlag(input, 'auth-type') === undefined) {
		throw new UsageError(
			`boxauth profiles add needs --auth-type: ${words.join(', ')}. Not sure which? boxauth setup asks a few questions and recommends one.`,
		);
	}

	const word = choiceFlag(input, 'auth-type', words, 'ccg', authTypeFlagAliases);
	return {word, authType: authTypeOfFlagWord(word)};
}

function refuseOtherFlags(input: CommandInput, word: string, authType: AuthType): void {
	const allowed = [...flagsFor[authType], ...everyAuthTypeFlags];
	for (const flag of Object.keys(input.flags)) {
		if (!allowed.includes(flag)) {
			throw new UsageError(
				`--${flag} does not go with boxauth profiles add --auth-type ${word}, which takes ${allowed
					.filter((name) => name !== 'auth-type')
					.map((name) => `--${name}`)
					.join(', ')}.`,
			);
		}
	}
}

export function readBaseUrl(input: CommandInput, sandbox: boolean): string | undefined {
	const value = stringFlag(input, 'base-url');
	if (value === undefined) {
		return undefined;
	}

	if (sandbox) {
		throw new UsageError(
			'--sandbox and --base-url both say where to connect: use --sandbox for the sandbox boxauth keeps, or --base-url for another server, not both.',
		);
	}

	const url = URL.canParse(value) ? new URL(value) : undefined;
	if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
		throw new UsageError(
			`--base-url takes a URL such as https://api.box.com, or the http://127.0.0.1:PORT that boxauth sandbox prints; "${value}" is not one.`,
		);
	}

	// Plain http is for a server on this machine (the sandbox); anywhere else, it would carry the
	// client secret and every token in the clear. Allowed still, for a test server on the network.
	if (url.protocol === 'http:' && !isLoopbackHostname(url.hostname)) {
		input.streams.stderr.write(
			`Warning: --base-url ${url.origin} is plain http to another machine: the client secret and every token would travel unencrypted. Use https:// unless this is a test server on a network you trust.\n`,
		);
	}

	return value;
}

function readClientId(input: CommandInput): string | undefined {
	const clientId = stringFlag(input, 'client-id')?.trim();
	if (clientId !== undefined && !/^[\w-]+$/.test(clientId)) {
		throw new UsageError(
			`--client-id takes the app's Client ID, 32 letters and digits from ${clientCredentials}; "${clientId}" is not one.`,
		);
	}

	return clientId;
}

function readSubject(input: CommandInput): Subject | undefined {
	const enterpriseId = stringFlag(input, 'enterprise-id');
	const userId = stringFlag(input, 'user-id');
	if (enterpriseId !== undefined && userId !== undefined) {
		throw new UsageError(
			"Give --enterprise-id (act as the app's service account) or --user-id (act as one user), not both.",
		);
	}

	if (enterpriseId !== undefined) {
		return {type: 'enterprise', id: checkSubjectId('enterprise', '--enterprise-id', enterpriseId)};
	}

	return userId === undefined
		? undefined
		: {type: 'user', id: checkSubjectId('user', '--user-id', userId)};
}

/** --config, which gives what --client-id and the client secret would, so not with them. */
function readCcgConfigPath(input: CommandInput, clientId: string | undefined): string | undefined {
	const file = stringFlag(input, 'config');
	if (file !== undefined && clientId !== undefined) {
		throw new UsageError('--config holds the client ID: give --config or --client-id, not both.');
	}

	if (file !== undefined && booleanFlag(input, 'client-secret-stdin')) {
		throw new UsageError(
			'--config holds the client secret: give --config or --client-secret-stdin, not both.',
		);
	}

	return file;
}

function readStdinChoice(input: CommandInput): AddRequest['stdin'] {
	const secret = booleanFlag(input, 'client-secret-stdin');
	const token = booleanFlag(input, 'token-stdin');
	if (secret && token) {
		throw new UsageError(
			'Only one secret can come on stdin: pipe the refresh token with --token-stdin and set BOXAUTH_CLIENT_SECRET for the client secret (or the other way round with BOXAUTH_REFRESH_TOKEN).',
		);
	}

	return secret ? 'client-secret' : token ? 'token' : undefined;
}

/** Reads and checks the flags of `boxauth profiles add`, without touching any file or network. */
export function readAddRequest(input: CommandInput): AddRequest {
	const name = readName(input);
	const {word, authType} = readAuthType(input);
	refuseOtherFlags(input, word, authType);
	const sandbox = booleanFlag(input, 'sandbox');
	const baseUrl = readBaseUrl(input, sandbox);
	const clientId = readClientId(input);
	const subject = readSubject(input);
	const jwtConfigPath = stringFlag(input, 'jwt-config');
	const ccgConfigPath = readCcgConfigPath(input, clientId);
	const stdin = readStdinChoice(input);
	const needs = (what: string) =>
		new UsageError(
			`--auth-type ${word} needs ${what}${sandbox ? '' : ', or --sandbox to try it with a demo app of boxauth sandbox'}.`,
		);

	// The sandbox's demo apps fill in whatever is missing; against Box, it must all be given.
	if (!sandbox) {
		if (authType === 'oauth' && clientId === undefined) {
			throw needs(`--client-id, the app's Client ID from ${clientCredentials}`);
		}

		// The config file holds the client ID and, usually, the enterprise: it is read later.
		if (authType === 'ccg' && clientId === undefined && ccgConfigPath === undefined) {
			throw needs(
				`--client-id, the app's Client ID from ${clientCredentials} (or --config, a JSON config file that holds it)`,
			);
		}

		if (authType === 'ccg' && subject === undefined && ccgConfigPath === undefined) {
			throw needs(
				"--enterprise-id (act as the app's service account) or --user-id (act as one user)",
			);
		}

		if (authType === 'jwt' && jwtConfigPath === undefined) {
			throw needs(
				"--jwt-config, the JSON file from the app's Configuration tab (Add and Manage Public Keys > Generate a Public/Private Keypair)",
			);
		}

		if (authType === 'app-token' && stringFlag(input, 'app-token-expiry') === undefined) {
			throw needs(
				'--app-token-expiry 30-days, 60-days or never: the expiry chosen when the App Token was generated, so that boxauth status can count down to it',
			);
		}
	}

	const appTokenExpiry =
		authType === 'app-token'
			? choiceFlag(input, 'app-token-expiry', appTokenExpiries, 'never')
			: undefined;
	return {
		name,
		authType,
		sandbox,
		...(baseUrl === undefined ? {} : {baseUrl}),
		...(clientId === undefined ? {} : {clientId}),
		...(subject === undefined ? {} : {subject}),
		...(jwtConfigPath === undefined ? {} : {jwtConfigPath}),
		...(ccgConfigPath === undefined ? {} : {ccgConfigPath}),
		...(appTokenExpiry === undefined ? {} : {appTokenExpiry}),
		...(stdin === undefined ? {} : {stdin}),
	};
}
