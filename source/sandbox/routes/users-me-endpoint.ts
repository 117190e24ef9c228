import {apiAnswers} from '../answers/api-answers.js';
import {authenticate, mayUseAccountEndpoints} from '../bearer-auth.js';
import {findUser} from '../find-app.js';
import {sendApiError, sendApiJson} from '../http-responses.js';
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
		sendApiError(response, apiAnswers.accountEndpointDenied);
		return;
	}

	sendApiJson(
		response,
		apiAnswers.usersMe,
		userWithFields(sandbox.state, user, url.searchParams.get('fields')),
	);
}
