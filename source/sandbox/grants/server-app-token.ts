import {findUser, mayActAsUser} from '../find-app.js';
import type {SandboxApp} from '../sandbox-state.js';
import {type TokenError, tokenErrors} from '../token-errors.js';
import {failure, type GrantContext, type GrantOutcome} from './grant-outcome.js';
import {issueAccessToken} from './issue-tokens.js';

type Subject = {type: 'enterprise' | 'user'; id: string};

/** How each grant words a subject it will not serve: CCG and JWT say it differently. */
type SubjectErrors = {invalidSubject: TokenError; userNotAllowed: TokenError};

/**
 * The part CCG and JWT share once the client is known: an enterprise subject gets the app's
 * service account, a user subject that user, if the admin authorized the app.
 */
export function serverAppToken(
	context: GrantContext,
	app: SandboxApp,
	subject: Subject,
	errors: SubjectErrors,
): GrantOutcome {
	const {state} = context;
	const kind = app.authType === 'jwt' ? 'jwt' : 'ccg';
	if (subject.type === 'enterprise') {
		if (subject.id !== state.enterprise.id) {
			return failure(errors.invalidSubject);
		}

		if (!app.authorized || !app.serviceAccountUserId) {
			return failure(tokenErrors.appNotAuthorized);
		}

		return {
			ok: true,
			token: issueAccessToken(context, {
				kind,
				clientId: app.clientId,
				userId: app.serviceAccountUserId,
			}),
		};
	}

	const user = findUser(state, subject.id);
	if (!user || user.enterpriseId !== state.enterprise.id) {
		return failure(errors.invalidSubject);
	}

	if (!app.authorized) {
		return failure(tokenErrors.appNotAuthorized);
	}

	if (!mayActAsUser(app, user)) {
		return failure(errors.userNotAllowed);
	}

	return {
		ok: true,
		token: issueAccessToken(context, {kind, clientId: app.clientId, userId: user.id}),
	};
}
