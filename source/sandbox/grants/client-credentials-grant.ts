import {tokenAnswers} from '../answers/token-answers.js';
import {findApp} from '../find-app.js';
import type {SandboxApp} from '../sandbox-state.js';
import {failure, type GrantContext, type GrantOutcome} from './grant-outcome.js';
import {issueServerToken, resolveSubject} from './server-app-token.js';

/** Client credentials from an app that is not a CCG app: Box's answer depends on its kind. */
const notCcgApp = (app: SandboxApp) =>
	app.authType === 'oauth' ? tokenAnswers.ccgOnOAuthApp : tokenAnswers.ccgOnServerApp;

/**
 * Client Credentials Grant. Box answers most failures, an app still waiting for its admin among
 * them, with one ambiguous "Grant credentials are invalid"; the sandbox is as ambiguous.
 */
export function clientCredentialsGrant(form: URLSearchParams, context: GrantContext): GrantOutcome {
	const {state} = context;
	const app = findApp(state, form.get('client_id'));
	if (!app) {
		return failure(tokenAnswers.ccgUnknownClient);
	}

	if (app.authType !== 'ccg') {
		return failure(notCcgApp(app));
	}

	if (form.get('client_secret') !== app.clientSecret) {
		return failure(
			app.authorized ? tokenAnswers.ccgWrongSecret : tokenAnswers.ccgPendingAppWrongSecret,
		);
	}

	const subjectType = form.get('box_subject_type');
	if (!subjectType) {
		return failure(tokenAnswers.ccgWithoutSubjectType);
	}

	if (subjectType !== 'enterprise' && subjectType !== 'user') {
		return failure(tokenAnswers.ccgUnknownSubjectType);
	}

	const subject = resolveSubject(
		state,
		app,
		{type: subjectType, id: form.get('box_subject_id') ?? ''},
		{
			invalidEnterprise: tokenAnswers.ccgWrongEnterprise,
			invalidEnterpriseWhilePending: tokenAnswers.ccgPendingAppWrongEnterprise,
			invalidUser: tokenAnswers.ccgUnknownUser,
			pendingEnterprise: tokenAnswers.ccgPendingAppEnterprise,
			pendingUser: tokenAnswers.ccgPendingAppUser,
			userNotAllowed: tokenAnswers.ccgUserNotAllowed,
		},
	);
	if (!subject.ok) {
		return failure(subject.answer);
	}

	if (form.has('scope')) {
		return failure(tokenAnswers.ccgScopeParameter);
	}

	return issueServerToken(context, app, subject.userId);
}
