import type {Profiles} from '../../profiles/open-profiles.js';
import type {CommandInput} from '../command-input.js';
import {renewForUse} from '../shared/renew-for-use.js';
import {type TokenOutput, warnIfLoginEndsSoon} from './token-command.js';

/** The slow path of `boxauth token`: renew, print, or explain why not on stderr. */
export async function renewAndPrint(
	profiles: Profiles,
	profileName: string,
	output: TokenOutput,
	input: CommandInput,
): Promise<number> {
	const {streams, now} = input;
	const renewal = await renewForUse(profiles, profileName, input);
	if (!renewal.ok) {
		return renewal.exitCode;
	}

	if (renewal.stillValidFor !== undefined) {
		streams.stderr.write(
			`The renewal failed, so boxauth prints the token it holds${renewal.stillValidFor}.\n`,
		);
		return output(renewal.token);
	}

	const code = await output(renewal.token);
	// A renewal starts the login's 60 days anew, even one whose save failed (the token's profile
	// is then the old one); a token found fresh under the lock leaves the refresh token as it was.
	if (!renewal.renewed) {
		warnIfLoginEndsSoon(renewal.token.profile, now(), streams.stderr);
	}

	return code;
}
