import type {BoxConnection} from '../../box/box-connection.js';
import {latestClockOffset} from '../../box/clock-offset.js';
import type {Profiles} from '../../profiles/open-profiles.js';
import type {Profile} from '../../profiles/profile.js';
import {type Check, skipped} from './check.js';
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

/**
 * Every check for the profile, in order. When Box can't be reached, the proxy settings are still
 * reported (they are often why), and the checks that need an answer are skipped.
 */
export async function runChecks(
	profile: Profile,
	dependencies: DoctorDependencies,
): Promise<Check[]> {
	const {connection, environment} = dependencies;
	const reachable = await checkReachable(connection);
	const proxy = checkProxy(environment, connection.urls.apiUrl);
	if (reachable.status === 'failed') {
		const why = `needs an answer from ${new URL(connection.urls.apiUrl).host}`;
		return [
			reachable,
			proxy,
			...(['clock', 'credentials', 'app-authorization', 'subject', 'users-me'] as const).map(
				(name) => skipped(name, why),
			),
		];
	}

	const clockOffsetSeconds = latestClockOffset(connection.log.entries);
	const clock = checkClock(profile.authType, clockOffsetSeconds);
	const token = await checkToken(profile, {...dependencies, clockOffsetSeconds});
	const usersMe = await checkUsersMe(profile, connection, token);
	return [reachable, proxy, clock, ...token.checks, usersMe];
}
