import {findApp} from '../find-app.js';
import {sendTokenError} from '../http-responses.js';
import {formFields} from '../read-body.js';
import type {Exchange} from '../sandbox-runtime.js';
import type {SandboxState} from '../sandbox-state.js';
import {tokenErrors} from '../token-errors.js';

/** Revoking either token of an OAuth login ends the whole login, access and refresh alike. */
function revokeLogin(state: SandboxState, grantId: string): void {
	for (const record of Object.values(state.accessTokens)) {
		if (record.grantId === grantId) {
			record.revoked = true;
		}
	}

	for (const record of Object.values(state.refreshTokens)) {
		if (record.grantId === grantId) {
			record.revoked = true;
		}
	}
}

/**
 * `POST /oauth2/revoke`: 200 with an empty body. Whether Box answers an unknown token with 200 or
 * 400 is not known; the sandbox follows RFC 7009 and answers 200.
 */
export function revokeEndpoint({request, response, body, sandbox}: Exchange): void {
	const {state} = sandbox;
	const form = formFields(request, body);
	const app = findApp(state, form.get('client_id'));
	if (!app || form.get('client_secret') !== app.clientSecret) {
		sendTokenError(response, tokenErrors.invalidClient);
		return;
	}

	const token = form.get('token') ?? '';
	const accessToken = state.accessTokens[token];
	const refreshToken = state.refreshTokens[token];
	const record = accessToken ?? refreshToken;
	if (record && record.clientId === app.clientId) {
		if (record.grantId) {
			revokeLogin(state, record.grantId);
		} else {
			record.revoked = true;
		}

		sandbox.changed();
	}

	response.writeHead(200, {'content-length': 0, 'cache-control': 'no-store'});
	response.end();
}
