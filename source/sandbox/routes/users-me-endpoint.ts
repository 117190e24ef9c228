import {authenticate, mayUseAccountEndpoints} from '../bearer-auth.js';
import {clientErrors} from '../client-errors.js';
import {findUser} from '../find-app.js';
import {sendApiJson, sendClientError} from '../http-responses.js';
import type {Exchange} from '../sandbox-runtime.js';
import {userWithFields} from '../user-fields.js';

/** `GET /2.0/users/me`: who the token acts as. */
export function usersMeEndpoint(exchange: Exchange): void {
	const record = authenticate(exchange);
	if (!record) {
		return;
	}

	const {response, url, sandbox} = exchange;
	const user = findUser(sandbox.state, record.userId);
	if (!user || !mayUseAccountEndpoints(record)) {
		sendClientError(response, clientErrors.accessDenied());
		return;
	}

	sendApiJson(response, 200, userWithFields(sandbox.state, user, url.searchParams.get('fields')));
}
