import {diagnose} from '../diagnosis/diagnose.js';
import type {Profiles} from '../profiles/open-profiles.js';
import {renewAccessToken} from '../tokens/renew-access-token.js';
import {connectProfile} from './connect-profile.js';
import {formatDiagnosis} from './format-diagnosis.js';
import {formatToken, type TokenFormat} from './token-command.js';

/** The slow path of `boxauth token`: renew, print, or explain why not on stderr. */
export async function renewAndPrint(
	profiles: Profiles,
	profileName: string,
	format: TokenFormat,
): Promise<number> {
	const outcome = await renewAccessToken(
		{
			profiles,
			now: Date.now,
			random: Math.random,
			connect: (profile) => connectProfile(profile, profiles.configDir),
		},
		profileName,
	);
	for (const notice of profiles.secrets.takeNotices()) {
		process.stderr.write(`${notice}\n`);
	}

	if (!outcome.ok) {
		process.stderr.write(`${formatDiagnosis(diagnose(outcome.failure), outcome.failure)}\n`);
		return 1;
	}

	process.stdout.write(`${formatToken(format, outcome, Date.now())}\n`);
	return 0;
}
