import {diagnose} from '../../diagnosis/diagnose.js';
import {openProfiles} from '../../profiles/open-profiles.js';
import {booleanFlag, type CommandInput, stringFlag} from '../command-input.js';
import {connectProfile} from '../shared/connect-profile.js';
import {connectionOptions} from '../shared/connection-options.js';
import {consoleTokens} from '../shared/console-tokens.js';
import {refuseEnvironmentProfile} from '../shared/environment-profile-refusal.js';
import {exitCode, exitCodeOf} from '../shared/exit-codes.js';
import {camelCase, printJson} from '../shared/json-output.js';
import {openingNotices, printNotices} from '../shared/print-notices.js';
import {revokeReport} from '../shared/revoke-report.js';
import {type RevokeOutcome, revokeProfileTokens} from '../shared/revoke-tokens.js';

/**
 * What `--json` says of a revoke that did its part: the tokens revoked at Box and those forgotten
 * (camelCase secret names, `accessToken`), and the BOXAUTH_* variables that still hold one.
 */
function revokeJson(name: string, outcome: RevokeOutcome) {
	const done = (revoked: readonly string[], forgotten: readonly string[], stillSet: string[]) => ({
		profile: name,
		revoked: revoked.map(camelCase),
		forgotten: forgotten.map(camelCase),
		stillSet,
	});
	switch (outcome.kind) {
		case 'forgotten': {
			return done([], [consoleTokens[outcome.consoleToken].secret], outcome.stillSet);
		}

		case 'revoked': {
			return done(outcome.revoked, outcome.revoked, outcome.stillSet);
		}

		default: {
			return done([], [], []);
		}
	}
}

/**
 * A revoke that did not do its part: 3 when a person must act (Box refused the app's credentials,
 * or the profile lacks them), 4 when Box could not be reached, 1 otherwise (no such profile).
 */
function revokeExitCode(outcome: RevokeOutcome): number {
	switch (outcome.kind) {
		case 'refused': {
			return exitCodeOf(diagnose(outcome.failure));
		}

		case 'no-credentials': {
			return exitCode.personMustAct;
		}

		default: {
			return exitCode.failure;
		}
	}
}

/** `boxauth revoke`: ends the profile's tokens at Box, then forgets them. */
export async function run(input: CommandInput): Promise<number> {
	const flag = stringFlag(input, 'profile');
	const {stdout, stderr} = input.streams;
	const profiles = await openProfiles({environment: input.environment, now: input.now});
	printNotices(openingNotices(profiles), stderr);
	const choice = profiles.choose(flag);
	if (choice.name === undefined) {
		stderr.write(`${choice.problem}\n`);
		return 1;
	}

	refuseEnvironmentProfile(profiles, choice.name, 'revoke');
	const outcome = await revokeProfileTokens(profiles, choice.name, (profile) =>
		connectProfile(profile, profiles.configDir, connectionOptions(input)),
	);
	const {ok, text} = revokeReport(choice.name, outcome);
	if (ok && booleanFlag(input, 'json')) {
		printJson(stdout, revokeJson(choice.name, outcome));
		return exitCode.success;
	}

	(ok ? stdout : stderr).write(`${text}\n`);
	return ok ? exitCode.success : revokeExitCode(outcome);
}
