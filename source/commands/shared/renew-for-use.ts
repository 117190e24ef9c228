import {diagnose} from '../../diagnosis/diagnose.js';
import type {Profiles} from '../../profiles/open-profiles.js';
import type {Profile} from '../../profiles/profile.js';
import {type RenewOptions, renewAccessToken} from '../../tokens/renew-access-token.js';
import type {CommandInput} from '../command-input.js';
import {connectProfile} from './connect-profile.js';
import {connectionOptions} from './connection-options.js';
import {exitCodeOf} from './exit-codes.js';
import {formatDiagnosis} from './format-diagnosis.js';

/** A token on its way to be used: printed by `boxauth token`, handed to a command by `exec`. */
export type UsableToken = {accessToken: string; expiresAt: number | null; profile: Profile};

export type RenewedForUse =
	| {
			ok: true;
			token: UsableToken;
			/** Box was asked for it now; false for a token found fresh under the lock. */
			renewed: boolean;
			/**
			 * Set when the renewal failed ahead of expiry and `token` is the one held, which still
			 * works: how long, in words (", which works for 9 more minutes"), or '' when it never ends.
			 */
			stillValidFor?: string;
	  }
	/**
	 * No token to use; why was said on stderr. `exitCode` says it to a script: 3 when a person must
	 * act (a refused login or credential), 4 when trying again later may do (no answer, 429, 5xx),
	 * else 1 (such as a new token that could not be made ready to save).
	 */
	| {ok: false; exitCode: number};

/**
 * The profile's token renewed when it needs to be (or, with `force`, in any case), as `boxauth
 * token` does it, for any command that hands a token on: under the profile's lock, with the
 * login-never-lost guarantees of renewAccessToken. What a person should know (a failure and its
 * diagnosis, a notice about where secrets went, a renewal that could not be saved) is said on
 * stderr; the token never is.
 */
export async function renewForUse(
	profiles: Profiles,
	profileName: string,
	{environment, streams, now}: Pick<CommandInput, 'environment' | 'streams' | 'now'>,
	options: RenewOptions = {},
): Promise<RenewedForUse> {
	const say = (line: string) => {
		streams.stderr.write(`${line}\n`);
	};

	const outcome = await renewAccessToken(
		{
			profiles,
			now,
			random: Math.random,
			connect: (profile) =>
				connectProfile(profile, profiles.configDir, connectionOptions({environment, streams})),
			say,
		},
		profileName,
		options,
	);
	for (const notice of profiles.secrets.takeNotices()) {
		say(notice);
	}

	if (!outcome.ok) {
		const diagnosis = diagnose(outcome.failure);
		say(formatDiagnosis(diagnosis, outcome.failure, profileName));
		// A valid token is a valid token: a renewal that failed ahead of expiry leaves one.
		return outcome.stillValid
			? {
					ok: true,
					token: {...outcome.stillValid, profile: outcome.profile},
					renewed: false,
					stillValidFor: stillValidMinutes(outcome.stillValid.expiresAt, now()),
				}
			: {ok: false, exitCode: exitCodeOf(diagnosis)};
	}

	if (outcome.unsaved) {
		say(outcome.unsaved);
	}

	const {accessToken, expiresAt, profile, renewed} = outcome;
	return {ok: true, token: {accessToken, expiresAt, profile}, renewed};
}

/** ", which works for 9 more minutes", or nothing for a token that never expires. */
function stillValidMinutes(expiresAt: number | null, now: number): string {
	if (expiresAt === null) {
		return '';
	}

	const minutes = Math.max(0, Math.floor((expiresAt - now) / 60_000));
	return `, which works for ${minutes} more minute${minutes === 1 ? '' : 's'}`;
}
