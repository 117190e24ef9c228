import {tokenAnswers} from '../answers/token-answers.js';
import {tokenGrants} from '../grants/token-grants.js';
import {sendToken, sendTokenError} from '../http-responses.js';
import {formFields} from '../read-body.js';
import type {Exchange} from '../sandbox-runtime.js';

/**
 * `POST /oauth2/token`. Any method and any body type reaches the same form parser, as on Box: a
 * JSON body or a GET after a redirect has no `grant_type`, hence `invalid_request`.
 */
export async function tokenEndpoint({request, response, body, sandbox}: Exchange): Promise<void> {
	const form = formFields(request, body);
	const grantType = form.get('grant_type');
	const grant = tokenGrants.get(grantType ?? '');
	if (!grant) {
		sendTokenError(
			response,
			grantType ? tokenAnswers.grantTypeUnknown : tokenAnswers.grantTypeMissing,
		);
		return;
	}

	const outcome = await grant(form, {state: sandbox.state, now: sandbox.now()});
	sandbox.changed();
	if (outcome.ok) {
		sendToken(response, outcome.answer, outcome.token);
	} else {
		sendTokenError(response, outcome.answer);
	}
}
