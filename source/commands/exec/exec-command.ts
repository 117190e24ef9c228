import {renews} from '../../box/auth-types.js';
import {normalizePastedToken} from '../../box/pasted-token.js';
import {secretFromEnvironment} from '../../profiles/environment-secrets.js';
import {openProfiles} from '../../profiles/open-profiles.js';
import {findProfile} from '../../profiles/profile-list.js';
import {tokenVariables} from '../../tokens/bearer-lines.js';
import {bearerTokenOf} from '../../tokens/held-access-token.js';
import {heldSignals} from '../../tokens/hold-signals.js';
import {realClock} from '../../ui/components/clock.js';
import {type CommandInput, stringFlag, UsageError} from '../command-input.js';
import {exitCode} from '../shared/exit-codes.js';
import {noProfilesYet, openingNotices, printNotices} from '../shared/print-notices.js';
import {renewForUse, type UsableToken} from '../shared/renew-for-use.js';
import {type Keeper, keepFresh} from './keep-fresh.js';
import {runChild} from './run-child.js';
import {makeTokenFile} from './token-file.js';

/** Names the file that holds the current token, rewritten at each renewal. */
export const tokenFileVariable = 'BOX_ACCESS_TOKEN_FILE';

/**
 * `boxauth exec [--profile NAME] -- COMMAND [ARGS…]`: runs the command with a valid token in
 * BOX_DEVELOPER_TOKEN and BOX_ACCESS_TOKEN (got as `boxauth token` gets it), BOXAUTH_PROFILE set
 * to the profile, and BOX_ACCESS_TOKEN_FILE naming a file that holds the current token.
 *
 * A process's environment cannot change once it runs, so the two variables keep the token it
 * started with. For a longer run, boxauth renews the profile's stored token ahead of expiry
 * while the command runs, as the dashboard does, and rewrites the file each time: a program that
 * reads the file again, or runs `boxauth token` (which finds the profile through BOXAUTH_PROFILE
 * and the fresh token already stored), always has a valid token. The token is never printed.
 */
export async function run(input: CommandInput): Promise<number> {
	const [command, ...args] = input.commandLine ?? [];
	if (input.positionals.length > 0) {
		throw new UsageError(
			`boxauth exec takes the command to run after --, and nothing before it but its flags; got ${input.positionals.join(' ')} before --. As in: boxauth exec -- ${[...input.positionals, ...(input.commandLine ?? [])].join(' ')}`,
		);
	}

	if (command === undefined || command === '') {
		throw new UsageError(
			'boxauth exec has no command to run after --: give one, as in boxauth exec -- node app.js.',
		);
	}

	const {environment, streams, now} = input;
	const say = (line: string) => {
		streams.stderr.write(`${line}\n`);
	};

	const profiles = await openProfiles({environment, now});
	printNotices(openingNotices(profiles), streams.stderr);
	const choice = profiles.choose(stringFlag(input, 'profile'));
	if (choice.problem !== undefined) {
		say(Object.keys(profiles.settings.profiles).length === 0 ? noProfilesYet : choice.problem);
		return exitCode.failure;
	}

	const first = await firstToken(choice.name, profiles, input);
	if ('exitCode' in first) {
		return first.exitCode;
	}

	const file = await makeTokenFile();
	let keeper: Keeper | undefined;
	try {
		await file.write(first.token.accessToken);
		const {profile} = first.token;
		keeper =
			first.keep && renews(profile.authType)
				? keepFresh(first.token, {
						clock: realClock(now),
						random: Math.random(),
						renew: async () => renewForUse(profiles, choice.name, input, {force: true}),
						onToken: async (token) => file.write(token.accessToken),
						say,
						firstFailed: first.failed,
					})
				: undefined;
		return await runChild(command, args, {
			environment: childEnvironment(environment, first.token, choice.name, file.path),
			streams,
		});
	} finally {
		await finish(keeper, file.remove);
	}
}

/**
 * Once the command has ended: a renewal under way is let finish (its answer may be a login's only
 * copy), then the token file goes. Meanwhile a signal ends nothing: an OAuth 2.0 renewal delivers
 * the one it held off to this process again when it is over, and that must not stop exec before
 * the token file is removed.
 */
async function finish(keeper: Keeper | undefined, removeFile: () => Promise<void>): Promise<void> {
	const wait = () => undefined;
	for (const signal of heldSignals) {
		process.on(signal, wait);
	}

	try {
		await keeper?.stop();
		await removeFile();
		// A signal sent to itself is delivered on a later turn of the event loop.
		await new Promise((resolve) => {
			setImmediate(resolve);
		});
	} finally {
		for (const signal of heldSignals) {
			process.off(signal, wait);
		}
	}
}

type FirstToken = {token: UsableToken; keep: boolean; failed: boolean} | {exitCode: number};

/**
 * The token the command starts with, got as `boxauth token` gets it. BOXAUTH_ACCESS_TOKEN, when
 * it stands for the profile's token, is handed on as given, and not renewed: boxauth did not get
 * it. When there is none, why was said, and the exit code is `boxauth token`'s.
 */
async function firstToken(
	name: string,
	profiles: Awaited<ReturnType<typeof openProfiles>>,
	input: CommandInput,
): Promise<FirstToken> {
	const profile = findProfile(profiles.settings, name);
	const given = secretFromEnvironment(input.environment, 'access-token');
	if (profile && given !== undefined && bearerTokenOf(profile).secret === 'access-token') {
		const checked = normalizePastedToken(given);
		if (!checked.ok) {
			input.streams.stderr.write(
				`BOXAUTH_ACCESS_TOKEN is set, but it is no token: ${checked.problem}\n`,
			);
			return {exitCode: exitCode.usage};
		}

		return {
			token: {accessToken: checked.token, expiresAt: null, profile},
			keep: false,
			failed: false,
		};
	}

	const renewal = await renewForUse(profiles, name, input);
	if (!renewal.ok) {
		return {exitCode: renewal.exitCode};
	}

	if (renewal.stillValidFor !== undefined) {
		input.streams.stderr.write(
			`The renewal failed, so boxauth runs the command with the token it holds${renewal.stillValidFor}, and tries again while it runs.\n`,
		);
	}

	return {token: renewal.token, keep: true, failed: renewal.stillValidFor !== undefined};
}

/** boxauth's own environment, and the token under each name programs read it by. */
function childEnvironment(
	environment: CommandInput['environment'],
	token: UsableToken,
	profileName: string,
	tokenFile: string,
): Record<string, string> {
	const inherited = Object.fromEntries(
		Object.entries(environment).filter(
			(entry): entry is [string, string] => entry[1] !== undefined,
		),
	);
	return {
		...inherited,
		...Object.fromEntries(tokenVariables.map((name) => [name, token.accessToken])),
		[tokenFileVariable]: tokenFile,
		// `boxauth token` in the command answers for the same profile, with the token kept fresh.
		BOXAUTH_PROFILE: profileName,
	};
}
