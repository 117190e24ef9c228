import {normalizePastedToken} from '../../box/pasted-token.js';
import {secretFromEnvironment} from '../../profiles/environment-secrets.js';
import {openProfiles} from '../../profiles/open-profiles.js';
import type {Profile} from '../../profiles/profile.js';
import {bearerLine} from '../../tokens/bearer-lines.js';
import {bearerTokenOf, heldAccessToken} from '../../tokens/held-access-token.js';
import {refreshTokenEndsSoon} from '../../tokens/refresh-token-ends-soon.js';
import {
	type CommandInput,
	choiceFlag,
	type OutputStream,
	stringFlag,
	UsageError,
} from '../command-input.js';
import {noProfilesYet, openingNotices, printNotices} from '../shared/print-notices.js';

export const tokenFormats = ['raw', 'header', 'curl', 'env', 'json'] as const;
export type TokenFormat = (typeof tokenFormats)[number];

export function formatToken(
	format: TokenFormat,
	token: {accessToken: string; expiresAt: number | null; profile: Profile},
	now: number,
): string {
	switch (format) {
		case 'raw': {
			return token.accessToken;
		}

		case 'header':
		case 'curl':
		case 'env': {
			return bearerLine(format, token.accessToken);
		}

		case 'json': {
			return JSON.stringify({
				access_token: token.accessToken,
				token_type: 'bearer',
				expires_at: token.expiresAt === null ? null : new Date(token.expiresAt).toISOString(),
				expires_in: token.expiresAt === null ? null : Math.floor((token.expiresAt - now) / 1000),
				profile: token.profile.name,
			});
		}
	}
}

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
};

export async function run(input: CommandInput): Promise<number> {
	if (input.positionals.length > 0) {
		throw new UsageError(
			`boxauth token takes no arguments, but was given: ${input.positionals.join(' ')}. Choose a profile with --profile NAME.`,
		);
	}

	return tokenCommand(
		{
			profile: stringFlag(input, 'profile'),
			format: choiceFlag(input, 'format', tokenFormats, 'raw'),
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

	const profile = profiles.settings.profiles[choice.name];
	const given = secretFromEnvironment(environment, 'access-token');
	if (profile && given !== undefined && bearerTokenOf(profile).secret === 'access-token') {
		return printGivenToken(given, profile, options.format, input);
	}

	if (profile) {
		const held = await heldAccessToken(profile, profiles.secrets, now(), Math.random());
		if (held.kind === 'fresh') {
			streams.stdout.write(`${formatToken(options.format, {...held, profile}, now())}\n`);
			warnIfLoginEndsSoon(profile, now(), streams.stderr);
			return 0;
		}
	}

	const {renewAndPrint} = await import('./token-renewal.js');
	return renewAndPrint(profiles, choice.name, options.format, input);
}

/**
 * BOXAUTH_ACCESS_TOKEN, printed as given: boxauth did not get it from Box, so the stored token's
 * times say nothing of it (its expiry is printed as unknown), and a value that is no token at
 * all is refused rather than handed to a script.
 */
function printGivenToken(
	given: string,
	profile: Profile,
	format: TokenFormat,
	{streams, now}: CommandInput,
): number {
	const checked = normalizePastedToken(given);
	if (!checked.ok) {
		streams.stderr.write(`BOXAUTH_ACCESS_TOKEN is set, but it is no token: ${checked.problem}\n`);
		return 2;
	}

	streams.stdout.write(
		`${formatToken(format, {accessToken: checked.token, expiresAt: null, profile}, now())}\n`,
	);
	return 0;
}
