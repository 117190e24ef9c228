import {findApp} from './find-app.js';
import type {AccessTokenRecord, SandboxState} from './sandbox-state.js';

export type TokenCheck =
	| {ok: true; record: AccessTokenRecord}
	| {ok: false; problem: 'unknown' | 'expired' | 'revoked'};

/** Whether Box would still accept the token as a bearer token now, and if not, why. */
export function checkAccessToken(state: SandboxState, token: string, now: number): TokenCheck {
	const record = state.accessTokens[token];
	const app = record && findApp(state, record.clientId);
	if (!record || !app) {
		return {ok: false, problem: 'unknown'};
	}

	// A server app's tokens (downscoped ones included) need the admin's authorization.
	if (record.revoked || (app.authType !== 'oauth' && !app.authorized)) {
		return {ok: false, problem: 'revoked'};
	}

	if (record.expiresAt !== null && record.expiresAt <= now) {
		return {ok: false, problem: 'expired'};
	}

	return {ok: true, record};
}

export function liveAccessToken(
	state: SandboxState,
	token: string,
	now: number,
): AccessTokenRecord | undefined {
	const check = checkAccessToken(state, token, now);
	return check.ok ? check.record : undefined;
}
