import {revokeToken} from '../box/oauth.js';
import {diagnose} from '../diagnosis/diagnose.js';
import {secretVariables} from '../profiles/environment-secrets.js';
import {openProfiles, type Profiles} from '../profiles/open-profiles.js';
import type {Profile, SecretName} from '../profiles/profile.js';
import {findProfile} from '../profiles/profile-list.js';
import {readSettings} from '../profiles/read-settings.js';
import {withRefreshLock} from '../tokens/refresh-lock.js';
import {type CommandInput, stringFlag, UsageError} from './command-input.js';
import {connectProfile} from './connect-profile.js';
import {formatDiagnosis} from './format-diagnosis.js';

const developerConsole = 'Developer Console (https://app.box.com/developers/console)';

/** Tokens Box revokes only in the Developer Console, and where. */
const consoleTokens = {
	'developer-token': {
		secret: 'developer-token',
		held: 'developer',
		words: 'developer token',
		where: `${developerConsole} > your app > Configuration > Developer Token > Revoke`,
		note: "Box's docs warn that revoking it there also deletes the app's webhooks; left alone, it ends by itself 60 minutes after it was made.",
	},
	'app-token': {
		secret: 'app-token',
		held: 'app',
		words: 'App Token',
		where: `${developerConsole} > your app > Configuration > Primary Access Token (or Secondary Access Token, if this was the secondary) > Revoke`,
		note: 'An App Token may never expire: revoke it unless something else still uses it.',
	},
} as const;

const tokenWords: Partial<Record<SecretName, string>> = {
	'access-token': 'access token',
	'refresh-token': 'refresh token',
};

const say = (text: string) => process.stdout.write(`${text}\n`);

/**
 * Forgets the tokens' values and their times, keeping the profile and its app's secrets.
 * Returns what is left to say: a token given in the environment, which boxauth only reads.
 */
async function forget(
	profiles: Profiles,
	profile: Profile,
	secrets: SecretName[],
	held: Array<keyof Profile['tokens']>,
): Promise<string[]> {
	for (const name of secrets) {
		await profiles.secrets.delete(profile.name, name);
	}

	const tokens = {...profile.tokens};
	for (const kind of held) {
		delete tokens[kind];
	}

	await (await profiles.settingsStore()).save({...profile, tokens});
	const left: string[] = [];
	for (const name of secrets) {
		if ((await profiles.secrets.get(profile.name, name)) !== undefined) {
			left.push(`${secretVariables[name]} still holds it: unset it, since boxauth only reads it.`);
		}
	}

	return left;
}

/**
 * Developer tokens and App Tokens: Box's revoke needs the app's client ID and secret, which such
 * profiles don't have, so the token is forgotten here and the user is told where to end it.
 */
async function forgetConsoleToken(
	profiles: Profiles,
	profile: Profile,
	kind: keyof typeof consoleTokens,
): Promise<number> {
	const token = consoleTokens[kind];
	if ((await profiles.secrets.get(profile.name, token.secret)) === undefined) {
		say(`Profile ${profile.name} holds no ${token.words}: nothing to revoke.`);
		return 0;
	}

	const left = await forget(profiles, profile, [token.secret], [token.held]);
	say(
		[
			`Forgot the ${token.words} of profile ${profile.name}.`,
			...left,
			`boxauth can't revoke it at Box: Box's revoke needs the app's client ID and secret, which this profile doesn't have.`,
			`To end it now: ${token.where}.`,
			token.note,
		].join('\n'),
	);
	return 0;
}

/** CCG, JWT and OAuth: `POST /oauth2/revoke` for each held token, then forget them. */
async function revokeAtBox(profiles: Profiles, profile: Profile): Promise<number> {
	// The refresh token first: it is the one that lives for 60 days.
	const names: SecretName[] =
		profile.authType === 'oauth' ? ['refresh-token', 'access-token'] : ['access-token'];
	const held: Array<{name: SecretName; value: string}> = [];
	for (const name of names) {
		const value = await profiles.secrets.get(profile.name, name);
		if (value !== undefined) {
			held.push({name, value});
		}
	}

	if (held.length === 0) {
		say(`Profile ${profile.name} holds no token: nothing to revoke.`);
		return 0;
	}

	const clientSecret = await profiles.secrets.get(profile.name, 'client-secret');
	if (!profile.clientId || !clientSecret) {
		process.stderr.write(
			`Box's revoke needs the app's client ID and secret, and profile ${profile.name} has no ${profile.clientId ? 'client secret' : 'client ID'}: nothing was revoked or forgotten. Enter it again with \`boxauth setup --profile ${profile.name}\`.\n`,
		);
		return 1;
	}

	const revoked: string[] = [];
	const {connection, close} = await connectProfile(profile, profiles.configDir);
	try {
		for (const {name, value} of held) {
			const result = await revokeToken(
				connection,
				{clientId: profile.clientId, clientSecret},
				value,
			);
			// Box no longer knowing the token means it has ended already, which is what was asked.
			if (!result.ok && diagnose(result.failure).id !== 'revoke-token-unknown') {
				const done =
					revoked.length > 0
						? ` (the ${revoked.join(' and ')} ${revoked.length === 1 ? 'was' : 'were'} revoked)`
						: '';
				process.stderr.write(
					`${formatDiagnosis(diagnose(result.failure), result.failure)}\n\nRevoking the ${tokenWords[name]} of profile ${profile.name} failed${done}; nothing was forgotten. Run boxauth revoke again once the cause is fixed.\n`,
				);
				return 1;
			}

			revoked.push(tokenWords[name] ?? name);
		}
	} finally {
		await close();
	}

	const left = await forget(
		profiles,
		profile,
		held.map(({name}) => name),
		['access', 'refresh'],
	);
	say(
		[
			profile.authType === 'oauth'
				? `Revoked the ${revoked.join(' and ')} of profile ${profile.name} at Box, and forgot ${revoked.length === 1 ? 'it' : 'them'}: the login has ended. Log in again with \`boxauth setup --profile ${profile.name}\`.`
				: `Revoked the access token of profile ${profile.name} at Box, and forgot it. The next \`boxauth token --profile ${profile.name}\` gets a new one.`,
			...left,
		].join('\n'),
	);
	return 0;
}

/** `boxauth revoke`: ends the profile's tokens at Box, then forgets them. */
export async function run(input: CommandInput): Promise<number> {
	if (input.positionals.length > 0) {
		throw new UsageError(
			`boxauth revoke takes no arguments, but was given: ${input.positionals.join(' ')}. Choose a profile with --profile NAME.`,
		);
	}

	const flag = stringFlag(input, 'profile');
	const profiles = await openProfiles({environment: input.environment, now: Date.now});
	for (const notice of [profiles.notice, ...profiles.secrets.takeNotices()]) {
		if (notice) {
			process.stderr.write(`${notice}\n`);
		}
	}

	const choice = profiles.choose(flag);
	if (choice.name === undefined) {
		process.stderr.write(`${choice.problem}\n`);
		return 1;
	}

	const {name} = choice;
	// Under the refresh lock, so that no `boxauth token` renews while the tokens are revoked.
	return withRefreshLock(profiles.configDir, name, async () => {
		const {settings} = await readSettings(profiles.configDir, Date.now);
		const profile = findProfile(settings, name);
		if (!profile) {
			process.stderr.write(`no profile named ${name}; boxauth profiles list shows them\n`);
			return 1;
		}

		switch (profile.authType) {
			case 'developer-token':
			case 'app-token': {
				return forgetConsoleToken(profiles, profile, profile.authType);
			}

			default: {
				return revokeAtBox(profiles, profile);
			}
		}
	});
}
