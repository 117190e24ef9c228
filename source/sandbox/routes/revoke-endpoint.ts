import {revokeAnswers} from '../answers/revoke-answers.js';
import {findApp} from '../find-app.js';
import {sendEmpty, sendTokenError} from '../http-responses.js';
import {formFields} from '../read-body.js';
import type {Exchange} from '../sandbox-runtime.js';
import type {SandboxState} from '../sandbox-state.js';

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

/** `POST /oauth2/revoke`: 200 with an empty body for a live token, `invalid_token` otherwise. */
export function revokeEndpoint({request, response, body, sandbox}: Exchange): void {
	const {state} = sandbox;
	const form = formFields(request, body);
	const app = findApp(state, form.get('client_id'));
	if (!app || form.get('client_secret') !== app.clientSecret) {
		sendTokenError(response, revokeAnswers.invalidClient);
		return;
	}

	const token = form.get('token') ?? '';
	const record = state.accessTokens[token] ?? state.refreshTokens[token];
	if (!record || record.revoked) {
		sendTokenError(response, revokeAnswers.unknownToken);
		return;
	}

	if (record.clientId !== app.clientId) {
		sendTokenError(response, revokeAnswers.otherAppsToken);
		return;
	}

	if (record.grantId) {
		revokeLogin(state, record.grantId);
	} else {
		record.revoked = true;
	}

	sandbox.changed();
	sendEmpty(response, revokeAnswers.revoked);
}
