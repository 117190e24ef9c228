import {normalizePastedToken} from '../../box/pasted-token.js';
import {secretVariables} from '../../profiles/environment-secrets.js';
import type {SecretName} from '../../profiles/profile.js';
import {type CommandInput, type InputStream, UsageError} from '../command-input.js';
import type {AddRequest} from './add-request.js';
import {readBounded} from './read-stdin.js';

/** A secret as the user gave it. */
export type GivenSecret = {
	value: string;
	/** It came from this BOXAUTH_* variable: used, and never stored, as the variables promise. */
	variable?: string;
};

const stdinFlags = {'client-secret': 'client-secret-stdin', token: 'token-stdin'} as const;

// Box's secrets and tokens are 32 to a few hundred characters: anything this big is a wrong file.
const largestSecret = 64 * 1024;

/**
 * The secret piped in on stdin, read before anything else starts. A terminal is refused: what
 * is typed there is shown on the screen, and nothing would say when to stop.
 */
export async function readStdinSecret(
	request: AddRequest,
	stdin: InputStream,
): Promise<string | undefined> {
	if (request.stdin === undefined) {
		return undefined;
	}

	const flag = stdinFlags[request.stdin];
	if (stdin.isTTY) {
		throw new UsageError(
			`--${flag} reads a pipe, not the keyboard, so that the secret is never shown: add "< file" or pipe it in. To type it masked, use boxauth setup.`,
		);
	}

	const what = request.stdin === 'token' ? 'token' : 'client secret';
	const read = await readBounded(stdin, largestSecret, largestSecret + 1);
	if (read.cut) {
		throw new UsageError(
			`--${flag} read more than ${largestSecret / 1024} KB on stdin, far more than a ${what}: pipe in only the ${what}, as in --${flag} < secret.txt.`,
		);
	}

	const value = read.text.trim();
	if (value === '') {
		throw new UsageError(
			`--${flag} found nothing on stdin: pipe the ${what} in, as in --${flag} < secret.txt.`,
		);
	}

	return value;
}

/** Where the given secrets are: stdin (already read) for one of them, the BOXAUTH_* variables. */
export type SecretSources = {
	request: AddRequest;
	stdin: string | undefined;
	environment: CommandInput['environment'];
};

/** The client secret, from stdin or BOXAUTH_CLIENT_SECRET; undefined when neither has it. */
export function givenClientSecret(sources: SecretSources): GivenSecret | undefined {
	if (sources.request.stdin === 'client-secret' && sources.stdin !== undefined) {
		return {value: sources.stdin};
	}

	const variable = secretVariables['client-secret'];
	const value = sources.environment[variable]?.trim();
	return value ? {value, variable} : undefined;
}

/**
 * A token (developer token, App Token, refresh token), from stdin or its variable, as people
 * paste it: a `Bearer ` prefix, quotes and spaces around it are dropped, a URL is refused.
 */
export function givenToken(
	sources: SecretSources,
	name: Extract<SecretName, 'developer-token' | 'app-token' | 'refresh-token'>,
): GivenSecret | undefined {
	const variable = secretVariables[name];
	const fromStdin = sources.request.stdin === 'token' ? sources.stdin : undefined;
	const pasted = fromStdin ?? sources.environment[variable];
	if (pasted === undefined || pasted.trim() === '') {
		return undefined;
	}

	const token = normalizePastedToken(pasted);
	if (!token.ok) {
		throw new UsageError(
			`${fromStdin === undefined ? variable : '--token-stdin'}: ${token.problem}`,
		);
	}

	return fromStdin === undefined ? {value: token.token, variable} : {value: token.token};
}
