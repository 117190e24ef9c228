import {findApp} from '../find-app.js';
import {tokenErrors} from '../token-errors.js';
import {failure, type GrantContext, type GrantOutcome} from './grant-outcome.js';
import {serverAppToken} from './server-app-token.js';

/**
 * Client Credentials Grant. Box answers most failures with one ambiguous "Grant credentials are
 * invalid"; the sandbox keeps that ambiguity so that diagnosis is tested against it.
 */
export function clientCredentialsGrant(form: URLSearchParams, context: GrantContext): GrantOutcome {
	const app = findApp(context.state, form.get('client_id'));
	if (!app) {
		return failure(tokenErrors.invalidClient);
	}

	if (app.authType !== 'ccg') {
		return failure(tokenErrors.subjectTypeUnauthorized);
	}

	if (form.get('client_secret') !== app.clientSecret) {
		return failure(tokenErrors.grantCredentialsInvalid);
	}

	const subjectType = form.get('box_subject_type');
	const subjectId = form.get('box_subject_id') ?? '';
	if (subjectType !== 'enterprise' && subjectType !== 'user') {
		return failure(tokenErrors.subjectTypeUnauthorized);
	}

	if (form.has('scope')) {
		return failure(tokenErrors.insufficientScope);
	}

	return serverAppToken(
		context,
		app,
		{type: subjectType, id: subjectId},
		{
			invalidSubject: tokenErrors.grantCredentialsInvalid,
			userNotAllowed: tokenErrors.grantCredentialsInvalid,
		},
	);
}
