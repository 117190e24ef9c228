// The transitions that follow Box's answer to a token request: on, back to a field, or waiting
// for the admin.
import {type AuthType, authTypes} from '../box/auth-types.js';
import type {Diagnosis, WizardStep} from '../diagnosis/diagnosis.js';
import {type Advance, failAt, stay, withStatuses} from './advance.js';
import {nextApprovalCheckDelay} from './approval-polling.js';
import {doubtAfter, editingInDoubt} from './doubt.js';
import {credentialsOf} from './setup-credentials.js';
import {draftOf} from './setup-draft.js';
import type {FieldName} from './setup-fields.js';
import {namesUser} from './typed-subject.js';
import type {CheckOutcome} from './wizard-events.js';
import type {FirstCall, StepFailure, StepStatus, WizardState} from './wizard-state.js';

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

	// The app's credentials: its client ID or secret, as Box's answer says; or else what holds the
	// rest, the first field the console gave (the config file, the token).
	const [first] = authType === undefined ? [] : authTypes[authType].fields;
	if (first === undefined || first === 'clientId') {
		return diagnosisId.includes('client-id') ? 'clientId' : 'clientSecret';
	}

	return first;
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
	const waiting: WizardState = {
		...state,
		busy: undefined,
		polling: {checksSoFar, lastCheckedAt: now, intervalMs: delayMs, checking: false},
	};
	return state.polling?.checkAgain
		? checkApproval(waiting, now)
		: {state: waiting, effects: [{type: 'wait-for-approval-check', delayMs, round: checksSoFar}]};
}

/**
 * Box's answers that fit an app still waiting for its admin but may also mean a typing mistake,
 * for the auth types whose waiting app gets the very answer a wrong secret gets
 * (`waitLooksLikeWrongSecret`, CCG). `insufficient_scope`, a waiting app's answer for its
 * enterprise in the one capture, is no typing mistake's answer, so it waits for the admin plainly.
 */
const mayBeWaitingForAdmin = new Set(['ccg-grant-credentials-invalid']);

/** Waits at the admin step for the admin to act, checking again and again; saves a draft first. */
function waitForAdmin(state: WizardState, failure: StepFailure, now: number): Advance {
	if (state.screen === 'admin-authorization') {
		return scheduleApprovalCheck({...state, failure: {step: 'admin-authorization', failure}}, now);
	}

	const waiting: WizardState = {
		...state,
		screen: 'admin-authorization',
		focus: state.doubt ? state.focus : undefined,
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
		state: draft ? {...scheduled.state, draftSaved: draft.profileName} : scheduled.state,
		effects: [
			...(draft
				? [{type: 'save-draft' as const, draft, clientSecret: state.values.clientSecret}]
				: []),
			...scheduled.effects,
		],
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

	const askedForEnterprise = state.authType !== undefined && authTypes[state.authType].namesSubject;
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
		const {identityFailure} = firstCall;
		// Box issues tokens to an app that is authorized but not enabled, then refuses every call.
		if (
			identityFailure &&
			'diagnosis' in identityFailure &&
			identityFailure.diagnosis.step === 'admin-authorization'
		) {
			return waitForAdmin({...state, doubt: undefined}, identityFailure, now);
		}

		const statuses = passedUpTo(state);
		const base = {
			...state,
			firstCall,
			polling: undefined,
			doubt: undefined,
			signIn: undefined,
			failure: undefined,
		};
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
	const provenWrong = 'provenWrong' in failure ? failure.provenWrong : undefined;
	if (
		diagnosis &&
		state.authType !== undefined &&
		authTypes[state.authType].waitLooksLikeWrongSecret &&
		mayBeWaitingForAdmin.has(diagnosis.id) &&
		provenWrong === undefined
	) {
		return waitForAdmin({...state, doubt: doubtAfter(state, failure)}, failure, now);
	}

	if (diagnosis?.step === 'admin-authorization') {
		return waitForAdmin({...state, doubt: undefined}, failure, now);
	}

	const {step, field} = whereToCorrect(state, diagnosis, provenWrong);
	return stay({...failAt(state, step, failure, field), polling: undefined, doubt: undefined});
}

/**
 * The step and field where a refused request is corrected: where the diagnosis points (a wrong
 * enterprise ID at the enterprise ID field), or where it was asked when it names no step. A step
 * this auth type does not go through is no place to send it: the rows about a first token name
 * the enterprise ID step, and an OAuth 2.0 login, which has none, is corrected where it was
 * asked, on the app's screen, which then offers the login again.
 */
function whereToCorrect(
	state: WizardState,
	diagnosis: Diagnosis | undefined,
	provenWrong: FieldName | undefined,
): {step: WizardStep; field: FieldName | undefined} {
	const asked = state.screen as WizardStep;
	const named = diagnosis?.step === 'first-call' ? undefined : diagnosis?.step;
	if (named !== undefined && state.statuses[named] === 'skipped') {
		return {step: asked, field: provenWrong};
	}

	const step = named ?? asked;
	const field =
		provenWrong ??
		fieldToCorrect(step, state.authType, diagnosis?.id ?? '') ??
		(step === asked ? state.focus : undefined);
	return {step, field};
}

/**
 * Asks Box again whether the admin has acted: when a wait is over (`round` names it; a wait that
 * a later check replaced is ignored), or at once when asked, and as the check under way ends if
 * one is. While a field left in doubt is being edited, a wait that is over checks nothing and
 * waits again: half a secret proves nothing.
 */
export function checkApproval(state: WizardState, now: number, round?: number): Advance {
	const {polling} = state;
	if (state.screen !== 'admin-authorization' || polling === undefined) {
		return stay(state);
	}

	if (polling.checking) {
		return round === undefined
			? stay({...state, polling: {...polling, checkAgain: true}})
			: stay(state);
	}

	if (round !== undefined && round !== polling.checksSoFar) {
		return stay(state);
	}

	if (round !== undefined && editingInDoubt(state)) {
		const waitAgain = scheduleApprovalCheck(state, now);
		return {
			...waitAgain,
			state: {...waitAgain.state, polling: {...polling, checksSoFar: round + 1}},
		};
	}

	const {doubt} = state;
	return {
		state: {
			...state,
			polling: {...polling, checking: true},
			...(doubt
				? {
						doubt: {
							...doubt,
							checkedWith: Object.fromEntries(
								doubt.fields.map((field) => [field, state.values[field]]),
							),
						},
					}
				: {}),
		},
		effects: [{type: 'check-credentials', credentials: credentialsOf(state)}],
	};
}
