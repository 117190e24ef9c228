import {diagnose} from '../../diagnosis/diagnose.js';
import type {Profiles} from '../../profiles/open-profiles.js';
import {renewAccessToken} from '../../tokens/renew-access-token.js';
import type {CommandInput} from '../command-input.js';
import {apiTraceOption} from '../shared/api-trace-option.js';
import {connectProfile} from '../shared/connect-profile.js';
import {formatDiagnosis} from '../shared/format-diagnosis.js';
import {formatToken, type TokenFormat, warnIfLoginEndsSoon} from './token-command.js';

/** The slow path of `boxauth token`: renew, print, or explain why not on stderr. */
export async function renewAndPrint(
	profiles: Profiles,
	profileName: string,
	format: TokenFormat,
	{environment, streams, now}: CommandInput,
): Promise<number> {
	const say = (line: string) => {
		streams.stderr.write(`${line}\n`);
	};

	const outcome = await renewAccessToken(
		{
			profiles,
			now,
			random: Math.random,
			connect: (profile) =>
				connectProfile(profile, profiles.configDir, apiTraceOption({environment, streams})),
			say,
		},
		profileName,
	);
	for (const notice of profiles.secrets.takeNotices()) {
		say(notice);
	}

	if (!outcome.ok) {
		say(formatDiagnosis(diagnose(outcome.failure), outcome.failure, profileName));
		// A valid token is a valid token: a renewal that failed ahead of expiry leaves one.
		if (!outcome.stillValid) {
			return 1;
		}

		const minutes = stillValidMinutes(outcome.stillValid.expiresAt, now());
		say(`The renewal failed, so boxauth prints the token it holds${minutes}.`);
		streams.stdout.write(
			`${formatToken(format, {...outcome.stillValid, profile: outcome.profile}, now())}\n`,
		);
		return 0;
	}

	if (outcome.unsaved) {
		say(outcome.unsaved);
	}

	streams.stdout.write(`${formatToken(format, outcome, now())}\n`);
	// A renewal starts the login's 60 days anew, even one whose save failed (outcome.profile is
	// then the old one); a token found fresh under the lock leaves the refresh token as it was.
	if (!outcome.renewed) {
		warnIfLoginEndsSoon(outcome.profile, now(), streams.stderr);
	}

	return 0;
}

/** ", which works for 9 more minutes", or nothing for a token that never expires. */
function stillValidMinutes(expiresAt: number | null, now: number): string {
	if (expiresAt === null) {
		return '';
	}

	const minutes = Math.max(0, Math.floor((expiresAt - now) / 60_000));
	return `, which works for ${minutes} more minute${minutes === 1 ? '' : 's'}`;
}
