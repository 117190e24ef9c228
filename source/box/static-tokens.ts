import type {BoxConnection, BoxResult} from './box-connection.js';
import {type CurrentUser, getCurrentUser} from './users-me.js';

/** A developer token works if `users/me` answers; it acts as the console user who made it. */
export async function checkDeveloperToken(
	connection: BoxConnection,
	token: string,
	ageSeconds?: number,
	signal?: AbortSignal,
): Promise<BoxResult<CurrentUser>> {
	const result = await getCurrentUser(connection, token, 'developer-token', signal);
	if (!result.ok && ageSeconds !== undefined) {
		result.failure.context = {...result.failure.context, credentialAgeSeconds: ageSeconds};
	}

	return result;
}

export type AppTokenCheck = {user: CurrentUser} | {limited: true};

/**
 * An App Token may call only a few item endpoints; a 403 from `users/me` means Box knows the
 * token and refuses the endpoint, which proves the token works. A 401 means it does not.
 */
export async function checkAppToken(
	connection: BoxConnection,
	token: string,
	signal?: AbortSignal,
): Promise<BoxResult<AppTokenCheck>> {
	const result = await getCurrentUser(connection, token, 'app-token', signal);
	if (result.ok) {
		return {ok: true, value: {user: result.value}};
	}

	return result.failure.status === 403 ? {ok: true, value: {limited: true}} : result;
}
