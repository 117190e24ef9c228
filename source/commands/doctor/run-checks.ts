import type {BoxConnection} from '../../box/box-connection.js';
import {latestClockOffset} from '../../box/clock-offset.js';
import type {Profiles} from '../../profiles/open-profiles.js';
import type {Profile} from '../../profiles/profile.js';
import {type Check, type CheckName, skipped} from './check.js';
import {checkClock} from './clock-check.js';
import {checkProxy} from './proxy-check.js';
import {checkReachable} from './reachable-check.js';
import {checkToken} from './token-checks.js';
import {checkUsersMe} from './users-me-check.js';

export type DoctorDependencies = {
	profiles: Profiles;
	connection: BoxConnection;
	environment: Readonly<Record<string, string | undefined>>;
	now: () => number;
	random: () => number;
};

/** What a caller hears while the checks run, to show them as they go. */
export type CheckProgress = {
	/**
	 * A check that waits for Box is under way: `box-reachable`, `credentials` (one token request
	 * settles it, app authorization and the subject together) or `users-me`.
	 */
	onStart?: (name: CheckName) => void;
	/** A check's result, the moment it is known: called once for each check, in order. */
	onCheck?: (check: Check) => void;
};

/**
 * Every check for the profile, in order, each told to `progress.onCheck` as it finishes. When
 * Box can't be reached, the proxy settings are still reported (they are often why), and the
 * checks that need an answer are skipped.
 */
export async function runChecks(
	profile: Profile,
	dependencies: DoctorDependencies,
	progress: CheckProgress = {},
): Promise<Check[]> {
	const {connection, environment} = dependencies;
	const checks: Check[] = [];
	const finished = (...found: Check[]) => {
		for (const check of found) {
			checks.push(check);
			progress.onCheck?.(check);
		}
	};

	progress.onStart?.('box-reachable');
	const reachable = await checkReachable(connection);
	finished(reachable, checkProxy(environment, connection.urls.apiUrl));
	if (reachable.status === 'failed') {
		const why = `needs an answer from ${new URL(connection.urls.apiUrl).host}`;
		finished(
			...(['clock', 'credentials', 'app-authorization', 'subject', 'users-me'] as const).map(
				(name) => skipped(name, why),
			),
		);
		return checks;
	}

	const clockOffsetSeconds = latestClockOffset(connection.log.entries);
	finished(checkClock(profile.authType, clockOffsetSeconds));
	progress.onStart?.('credentials');
	const token = await checkToken(profile, {...dependencies, clockOffsetSeconds});
	finished(...token.checks);
	progress.onStart?.('users-me');
	finished(await checkUsersMe(profile, connection, token));
	return checks;
}
