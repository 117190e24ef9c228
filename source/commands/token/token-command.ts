import {normalizePastedToken} from '../../box/pasted-token.js';
import {secretFromEnvironment} from '../../profiles/environment-secrets.js';
import {openProfiles} from '../../profiles/open-profiles.js';
import type {Profile} from '../../profiles/profile.js';
import {bearerLine} from '../../tokens/bearer-lines.js';
import {bearerTokenOf, heldAccessToken} from '../../tokens/held-access-token.js';
import {refreshTokenEndsSoon} from '../../tokens/refresh-token-ends-soon.js';
import {type CommandInput, choiceFlag, type OutputStream, stringFlag} from '../command-input.js';
import {jsonText} from '../shared/json-output.js';
import {noProfilesYet, openingNotices, printNotices} from '../shared/print-notices.js';
import type {UsableToken} from '../shared/renew-for-use.js';
import type {Downscope} from './token-downscope.js';

export const tokenFormats = ['raw', 'header', 'curl', 'env', 'powershell', 'json'] as const;
export type TokenFormat = (typeof tokenFormats)[number];

/**
 * The token in the format asked. JSON is in boxauth's JSON style (a `version`, camelCase keys,
 * `pretty` on a terminal), not the token endpoint's snake_case: it is not Box's answer (its
 * `expiresIn` counts from now, and `expiresAt` and `profile` are boxauth's).
 */
export function formatToken(
	format: TokenFormat,
	token: UsableToken,
	now: number,
	pretty = false,
): string {
	switch (format) {
		case 'raw': {
			return token.accessToken;
		}

		case 'header':
		case 'curl':
		case 'env':
		case 'powershell': {
			return bearerLine(format, token.accessToken);
		}

		case 'json': {
			return jsonText(
				{
					accessToken: token.accessToken,
					tokenType: 'bearer',
					expiresAt: token.expiresAt === null ? null : new Date(token.expiresAt).toISOString(),
					expiresIn: token.expiresAt === null ? null : Math.floor((token.expiresAt - now) / 1000),
					profile: token.profile.name,
				},
				pretty,
			);
		}
	}
}

/**
 * What `boxauth token` does with the profile's token, to the exit code: prints it in the format
 * asked, or, with `--scope`, exchanges it for a downscoped one and prints that.
 */
export type TokenOutput = (token: UsableToken) => Promise<number>;

export const printToken =
	(format: TokenFormat, {streams, now}: Pick<CommandInput, 'streams' | 'now'>): TokenOutput =>
	async (token) => {
		streams.stdout.write(`${formatToken(format, token, now(), streams.stdout.isTTY === true)}\n`);
		return 0;
	};

/**
 * One line on stderr, never on stdout (scripts read the token there), when the login this token
 * rides on ends within the week: the renewal that would start it anew has not happened for 53 days.
 */
export function warnIfLoginEndsSoon(profile: Profile, now: number, stderr: OutputStream): void {
	const ending = refreshTokenEndsSoon(profile, now);
	if (ending) {
		stderr.write(`${ending.words}\n`);
	}
}

type TokenCommandOptions = {
	profile: string | undefined;
	format: TokenFormat;
	/** `--scope` (and `--resource`): print a downscoped token instead of the profile's. */
	downscope: Downscope | undefined;
};

export async function run(input: CommandInput): Promise<number> {
	const scope = stringFlag(input, 'scope');
	const resource = stringFlag(input, 'resource');
	return tokenCommand(
		{
			profile: stringFlag(input, 'profile'),
			format: choiceFlag(input, 'format', tokenFormats, 'raw'),
			downscope:
				scope === undefined && resource === undefined
					? undefined
					: (await import('./token-downscope.js')).downscopeOption(scope, resource),
		},
		input,
	);
}

/**
 * `boxauth token`: a valid access token on stdout and nothing else. A fresh held token is
 * printed without loading any network code; otherwise the renewal path is loaded on demand.
 */
async function tokenCommand(options: TokenCommandOptions, input: CommandInput): Promise<number> {
	const {environment, streams, now} = input;
	const profiles = await openProfiles({environment, now});
	printNotices(openingNotices(profiles), streams.stderr);

	const choice = profiles.choose(options.profile);
	if (choice.problem !== undefined) {
		streams.stderr.write(
			Object.keys(profiles.settings.profiles).length === 0
				? `${noProfilesYet}\n`
				: `${choice.problem}\n`,
		);
		return 1;
	}

	const output = options.downscope
		? (await import('./token-downscope.js')).downscopedOutput(
				options.downscope,
				options.format,
				input,
				profiles.configDir,
			)
		: printToken(options.format, input);
	const profile = profiles.settings.profiles[choice.name];
	const given = secretFromEnvironment(environment, 'access-token');
	if (profile && given !== undefined && bearerTokenOf(profile).secret === 'access-token') {
		return printGivenToken(given, profile, output, input);
	}

	if (profile) {
		const held = await heldAccessToken(profile, profiles.secrets, now(), Math.random());
		if (held.kind === 'fresh') {
			const code = await output({...held, profile});
			warnIfLoginEndsSoon(profile, now(), streams.stderr);
			return code;
		}
	}

	const {renewAndPrint} = await import('./token-renewal.js');
	return renewAndPrint(profiles, choice.name, output, input);
}

/**
 * BOXAUTH_ACCESS_TOKEN, printed as given: boxauth did not get it from Box, so the stored token's
 * times say nothing of it (its expiry is printed as unknown), and a value that is no token at
 * all is refused rather than handed to a script.
 */
async function printGivenToken(
	given: string,
	profile: Profile,
	output: TokenOutput,
	{streams}: CommandInput,
): Promise<number> {
	const checked = normalizePastedToken(given);
	if (!checked.ok) {
		streams.stderr.write(`BOXAUTH_ACCESS_TOKEN is set, but it is no token: ${checked.problem}\n`);
		return 2;
	}

	return output({accessToken: checked.token, expiresAt: null, profile});
}
