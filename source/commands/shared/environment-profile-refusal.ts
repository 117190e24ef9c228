import type {Profiles} from '../../profiles/open-profiles.js';
import {UsageError} from '../command-input.js';

const what = {
	remove:
		'it is never saved, so there is nothing to remove; unset BOXAUTH_AUTH_TYPE to stop using it',
	revoke:
		'boxauth keeps none of its tokens (each run gets its own, which ends within the hour), so there is nothing of boxauth’s to revoke',
	login: 'its login is the values of its BOXAUTH_* variables: set new ones there',
} as const;

/**
 * The profile made from BOXAUTH_* variables alone exists only while they are set: removing it,
 * revoking its stored tokens or logging it in again would act on nothing. Bad usage, said so.
 */
export function refuseEnvironmentProfile(
	profiles: Profiles,
	name: string,
	action: keyof typeof what,
): void {
	if (profiles.fromEnvironment !== undefined && name === profiles.fromEnvironment) {
		throw new UsageError(
			`${name} is the profile from the environment (BOXAUTH_AUTH_TYPE): ${what[action]}.`,
		);
	}
}
