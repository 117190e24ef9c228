// The transitions that follow Box's answer to a token request: on, back to a field, or waiting
// for the admin.
import type {AuthType} from '../box/failure.js';
import type {WizardStep} from '../diagnosis/diagnosis.js';
import {type Advance, failAt, stay, withStatuses} from './advance.js';
import {nextApprovalCheckDelay} from './approval-polling.js';
import {credentialsOf} from './setup-credentials.js';
import {draftOf} from './setup-draft.js';
import type {FieldName} from './setup-fields.js';
import {namesUser} from './typed-subject.js';
import type {CheckOutcome} from './wizard-events.js';
import type {FirstCall, StepStatus, WizardState} from './wizard-state.js';

/** The field to correct after Box turned the request down at `step`. */
function fieldToCorrect(
	step: WizardStep,
	authType: AuthType | undefined,
	diagnosisId: string,
): FieldName | undefined {
	if (step === 'enterprise-id') {
		return 'subjectId';
	}

	if (step !== 'create-app') {
		return undefined;
	}

	switch (authType) {
		case 'jwt':
			return 'jwtConfigPath';
		case 'developer-token':
		case 'app-token':
			return 'token';
		default:
			return diagnosisId.includes('client-id') ? 'clientId' : 'clientSecret';
	}
}

function passedUpTo(state: WizardState): WizardState['statuses'] {
	const passed = (step: WizardStep): StepStatus =>
		state.statuses[step] === 'skipped' ? 'skipped' : 'passed';
	return withStatuses(state, {
		'create-app': 'passed',
		'enterprise-id': passed('enterprise-id'),
		'admin-authorization': passed('admin-authorization'),
	});
}

function scheduleApprovalCheck(state: WizardState, now: number): Advance {
	const checksSoFar = (state.polling?.checksSoFar ?? 0) + 1;
	const delayMs = nextApprovalCheckDelay(checksSoFar);
	return {
		state: {
			...state,
			busy: undefined,
			polling: {checksSoFar, lastCheckedAt: now, intervalMs: delayMs, checking: false},
		},
		effects: [{type: 'wait-for-approval-check', delayMs}],
	};
}

/**
 * `users/me` confirms the enterprise: a token for one enterprise that acts in another means the
 * ID typed is not the one the app belongs to.
 */
function enterpriseMismatch(state: WizardState, firstCall: FirstCall): string | undefined {
	const typed = state.values.subjectId.trim();
	const said = firstCall.identity?.enterpriseId;
	if (namesUser(typed)) {
		return undefined;
	}

	const askedForEnterprise = state.authType === 'ccg' || state.authType === 'jwt';
	if (
		!askedForEnterprise ||
		typed === '' ||
		said === undefined ||
		said === null ||
		said === typed
	) {
		return undefined;
	}

	return `Box issued a token, but users/me says it acts in enterprise ${said}, not ${typed}. Type ${said} if that is your enterprise, or check that the app belongs to enterprise ${typed}.`;
}

export function credentialsChecked(
	state: WizardState,
	outcome: CheckOutcome,
	now: number,
): Advance {
	if (outcome.ok) {
		const {firstCall} = outcome;
		const statuses = passedUpTo(state);
		const base = {...state, firstCall, polling: undefined, signIn: undefined, failure: undefined};
		if (firstCall.identityFailure) {
			return stay(failAt({...base, statuses}, 'first-call', firstCall.identityFailure, undefined));
		}

		const mismatch = enterpriseMismatch(state, firstCall);
		if (mismatch) {
			return stay(failAt({...base, statuses}, 'enterprise-id', {problem: mismatch}, 'subjectId'));
		}

		return {
			state: {
				...base,
				screen: 'first-call',
				busy: 'Saving the profile…',
				statuses: {...statuses, 'first-call': 'checking'},
			},
			effects: [{type: 'save-profile', name: state.values.profileName}],
		};
	}

	const {failure} = outcome;
	const diagnosis = 'diagnosis' in failure ? failure.diagnosis : undefined;
	if (diagnosis?.step === 'admin-authorization') {
		if (state.screen === 'admin-authorization') {
			return scheduleApprovalCheck(state, now);
		}

		// Box knows the client ID: only the admin's approval is missing.
		const waiting: WizardState = {
			...state,
			screen: 'admin-authorization',
			focus: undefined,
			failure: {step: 'admin-authorization', failure},
			statuses: withStatuses(state, {
				'create-app': 'passed',
				'enterprise-id': 'pending',
				'admin-authorization': 'checking',
			}),
		};
		const scheduled = scheduleApprovalCheck(waiting, now);
		const draft = draftOf(waiting, now);
		return {
			state: scheduled.state,
			effects: [
				...(draft
					? [{type: 'save-draft' as const, draft, clientSecret: state.values.clientSecret}]
					: []),
				...scheduled.effects,
			],
		};
	}

	const step =
		diagnosis?.step === undefined || diagnosis.step === 'first-call'
			? (state.screen as WizardStep)
			: diagnosis.step;
	const field =
		fieldToCorrect(step, state.authType, diagnosis?.id ?? '') ??
		(step === state.screen ? state.focus : undefined);
	return stay({...failAt(state, step, failure, field), polling: undefined});
}

export function checkApproval(state: WizardState): Advance {
	if (state.screen !== 'admin-authorization' || state.polling?.checking !== false) {
		return stay(state);
	}

	return {
		state: {...state, polling: {...state.polling, checking: true}},
		effects: [{type: 'check-credentials', credentials: credentialsOf(state)}],
	};
}
