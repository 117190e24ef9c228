import type {BoxConnection} from '../../box/box-connection.js';
import {type CurrentUser, getCurrentUser} from '../../box/users-me.js';
import type {Profile} from '../../profiles/profile.js';
import {type Check, failed, passed, skipped, warning} from './check.js';
import type {TokenOutcome} from './token-checks.js';

const who = (user: CurrentUser) =>
	`${user.name ? `${user.name} ` : ''}(${user.login}, user ${user.id})`;

const inEnterprise = (user: CurrentUser) =>
	user.enterprise ? `enterprise ${user.enterprise.id}` : 'no enterprise';

/** How the token's user differs from what the profile was set up to act as, if it does. */
function mismatch(profile: Profile, user: CurrentUser): string | undefined {
	const {subject, identity} = profile;
	if (subject?.type === 'enterprise') {
		if (!user.isServiceAccount) {
			return "the profile's subject is the enterprise, whose tokens act as the app's service account";
		}

		if (user.enterprise?.id !== subject.id) {
			return `the profile names enterprise ${subject.id}, but the token is in ${inEnterprise(user)}`;
		}

		return undefined;
	}

	if (subject?.type === 'user') {
		return user.id === subject.id ? undefined : `the profile names user ${subject.id}`;
	}

	if (identity && identity.id !== user.id) {
		return `the profile was set up as ${identity.login} (user ${identity.id})`;
	}

	return undefined;
}

/** `users/me`: who the token acts as, and whether that is who the profile says. */
export async function checkUsersMe(
	profile: Profile,
	connection: BoxConnection,
	token: Pick<TokenOutcome, 'accessToken' | 'user'>,
): Promise<Check> {
	if (token.user === 'limited') {
		return passed(
			'users-me',
			"Box refuses users/me to App Tokens (403), as it always does: the token acts as its app's service account",
		);
	}

	let user = token.user;
	if (!user) {
		if (!token.accessToken) {
			return skipped('users-me', 'needs a token');
		}

		const answer = await getCurrentUser(connection, token.accessToken, profile.authType);
		if (!answer.ok) {
			return failed('users-me', answer.failure);
		}

		user = answer.value;
	}

	const actsAs = `${user.isServiceAccount ? "the app's service account " : ''}${who(user)}, in ${inEnterprise(user)}`;
	const problem = mismatch(profile, user);
	return problem
		? warning(
				'users-me',
				`Acts as ${actsAs}; but ${problem}. Check the IDs with \`boxauth login --profile ${profile.name}\``,
			)
		: passed('users-me', `Acts as ${actsAs}`);
}
