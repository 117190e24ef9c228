import {boxCall} from '../../box/box-call.js';
import type {BoxConnection} from '../../box/box-connection.js';
import {type Check, failed, passed, warning} from './check.js';

/**
 * Any HTTP answer from the API host proves the way there works: `users/me` without a token
 * answers 401, and that answer's `Date` header gives the clock check its offset.
 */
export async function checkReachable(connection: BoxConnection): Promise<Check> {
	const {host} = new URL(connection.urls.apiUrl);
	const answer = await boxCall(
		connection,
		{method: 'GET', url: `${connection.urls.apiUrl}/2.0/users/me`},
		{},
		() => undefined,
	);
	const status = answer.ok ? 200 : answer.failure.status;
	if (!answer.ok && status === undefined) {
		return failed('box-reachable', answer.failure);
	}

	if (status !== undefined && status >= 500) {
		return warning(
			'box-reachable',
			`${host} answered, but with ${status}: Box is having trouble; try again in a few minutes`,
		);
	}

	return passed(
		'box-reachable',
		status === 401
			? `${host} answered (401 to a request without a token, as expected)`
			: `${host} answered (${status})`,
	);
}
