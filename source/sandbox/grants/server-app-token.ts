import type {TokenErrorAnswer} from '../answers/answer-rows.js';
import {tokenAnswers} from '../answers/token-answers.js';
import {findUser, mayActAsUser} from '../find-app.js';
import type {SandboxApp, SandboxState} from '../sandbox-state.js';
import {type GrantContext, type GrantOutcome, success} from './grant-outcome.js';
import {issueAccessToken} from './issue-tokens.js';

type Subject = {type: 'enterprise' | 'user'; id: string};

/** How a grant answers a subject it will not serve: CCG and JWT answer differently. */
export type SubjectAnswers = {
	invalidEnterprise: TokenErrorAnswer;
	/** A wrong enterprise ID from an app not authorized yet: the subject is checked first. */
	invalidEnterpriseWhilePending: TokenErrorAnswer;
	invalidUser: TokenErrorAnswer;
	pendingEnterprise: TokenErrorAnswer;
	pendingUser: TokenErrorAnswer;
	userNotAllowed: TokenErrorAnswer;
};

export type SubjectOutcome = {ok: true; userId: string} | {ok: false; answer: TokenErrorAnswer};

const refuse = (answer: TokenErrorAnswer): SubjectOutcome => ({ok: false, answer});

/**
 * Whom a CCG or JWT token acts as: an enterprise subject is the app's service account, a user
 * subject that user, once the admin has authorized the app.
 */
export function resolveSubject(
	state: SandboxState,
	app: SandboxApp,
	subject: Subject,
	answers: SubjectAnswers,
): SubjectOutcome {
	if (subject.type === 'enterprise') {
		if (subject.id !== state.enterprise.id) {
			return refuse(
				app.authorized ? answers.invalidEnterprise : answers.invalidEnterpriseWhilePending,
			);
		}

		return app.authorized && app.serviceAccountUserId
			? {ok: true, userId: app.serviceAccountUserId}
			: refuse(answers.pendingEnterprise);
	}

	const user = findUser(state, subject.id);
	if (!user || user.enterpriseId !== state.enterprise.id) {
		return refuse(answers.invalidUser);
	}

	if (!app.authorized) {
		return refuse(answers.pendingUser);
	}

	return mayActAsUser(app, user) ? {ok: true, userId: user.id} : refuse(answers.userNotAllowed);
}

export function issueServerToken(
	context: GrantContext,
	app: SandboxApp,
	userId: string,
): GrantOutcome {
	const kind = app.authType === 'jwt' ? 'jwt' : 'ccg';
	return success(
		tokenAnswers.serverToken,
		issueAccessToken(context, {kind, clientId: app.clientId, userId}),
	);
}
