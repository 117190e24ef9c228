import {findApp} from './find-app.js';
import type {AccessTokenRecord, SandboxState} from './sandbox-state.js';

/** The token's record if Box would still accept it as a bearer token now. */
export function liveAccessToken(
	state: SandboxState,
	token: string,
	now: number,
): AccessTokenRecord | undefined {
	const record = state.accessTokens[token];
	if (!record || record.revoked || (record.expiresAt !== null && record.expiresAt <= now)) {
		return undefined;
	}

	const app = findApp(state, record.clientId);
	// A server app's tokens (downscoped ones included) need the admin's authorization.
	if (!app || (app.authType !== 'oauth' && !app.authorized)) {
		return undefined;
	}

	return record;
}
