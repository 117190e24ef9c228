import type {SetupDraft} from '../profiles/setup-drafts.js';
import {nextApprovalCheckDelay} from './approval-polling.js';
import {credentialsOf} from './setup-credentials.js';
import type {WizardEffect} from './wizard-events.js';
import {initialWizardState, type WizardState} from './wizard-state.js';

export function draftOf(state: WizardState, now: number): SetupDraft | undefined {
	const {authType, values} = state;
	if (authType !== 'ccg' && authType !== 'jwt') {
		return undefined;
	}

	return {
		profileName: values.profileName,
		authType,
		sandbox: state.sandbox,
		...(authType === 'ccg' ? {clientId: values.clientId} : {jwtConfigPath: values.jwtConfigPath}),
		...(values.subjectId === '' ? {} : {subjectId: values.subjectId}),
		savedAt: now,
	};
}

/** The wizard back at the admin authorization step, checking at once whether the admin approved. */
export function resumeFromDraft(
	draft: SetupDraft,
	clientSecret: string | undefined,
): {state: WizardState; effects: WizardEffect[]} {
	const base = initialWizardState({
		sandbox: draft.sandbox,
		profileName: draft.profileName,
		values: {
			clientId: draft.clientId ?? '',
			clientSecret: clientSecret ?? '',
			jwtConfigPath: draft.jwtConfigPath ?? '',
			subjectId: draft.subjectId ?? '',
		},
	});
	const state: WizardState = {
		...base,
		screen: 'admin-authorization',
		authType: draft.authType,
		statuses: {
			...base.statuses,
			account: 'passed',
			'auth-type': 'passed',
			'create-app': 'passed',
			'enterprise-id': 'passed',
			'admin-authorization': 'checking',
		},
		polling: {checksSoFar: 0, intervalMs: nextApprovalCheckDelay(0), checking: true},
		draftSaved: draft.profileName,
	};
	return {state, effects: [{type: 'check-credentials', credentials: credentialsOf(state)}]};
}
