import {authTypes} from '../box/auth-types.js';
import type {SetupDraft} from '../profiles/setup-drafts.js';
import {nextApprovalCheckDelay} from './approval-polling.js';
import {credentialsOf} from './setup-credentials.js';
import type {WizardEffect} from './wizard-events.js';
import {initialWizardState, type WizardState} from './wizard-state.js';

/**
 * The draft of a setup left waiting for its admin, for the auth types a draft file holds: what
 * the console gave, but the client secret, which goes to the secret store.
 */
export function draftOf(state: WizardState, now: number): SetupDraft | undefined {
	const {authType, values} = state;
	// The kinds a draft file holds (its type and schema in profiles/setup-drafts.ts).
	if (authType !== 'ccg' && authType !== 'jwt') {
		return undefined;
	}

	const {fields} = authTypes[authType];
	return {
		profileName: values.profileName,
		authType,
		sandbox: state.sandbox,
		...(fields.includes('clientId') ? {clientId: values.clientId} : {}),
		...(fields.includes('jwtConfigPath') ? {jwtConfigPath: values.jwtConfigPath} : {}),
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
