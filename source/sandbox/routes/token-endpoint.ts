import type {GrantContext, GrantOutcome} from '../grants/grant-outcome.js';
import {tokenGrants} from '../grants/token-grants.js';
import {sendTokenError, sendTokenJson} from '../http-responses.js';
import {formFields} from '../read-body.js';
import type {Exchange} from '../sandbox-runtime.js';
import {tokenErrors} from '../token-errors.js';

/**
 * `POST /oauth2/token`. Any method and any body type reaches the same form parser, as on Box: a
 * JSON body or a GET after a redirect has no `grant_type`, hence `invalid_request`.
 */
export async function tokenEndpoint({request, response, body, sandbox}: Exchange): Promise<void> {
	const form = formFields(request, body);
	const grant = tokenGrants.get(form.get('grant_type') ?? '');
	if (!grant) {
		sendTokenError(response, tokenErrors.missingGrantType);
		return;
	}

	const context: GrantContext = {state: sandbox.state, now: sandbox.now()};
	const outcome: GrantOutcome = await grant(form, context);
	sandbox.changed();
	if (outcome.ok) {
		sendTokenJson(response, 200, outcome.token);
	} else {
		sendTokenError(response, outcome.error);
	}
}
