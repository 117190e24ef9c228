import type {WizardStep} from '../diagnosis/diagnosis.js';
import {credentialsOf} from './setup-credentials.js';
import type {FieldName} from './setup-fields.js';
import type {WizardEffect} from './wizard-events.js';
import type {StepFailure, StepStatus, WizardState} from './wizard-state.js';

export type Advance = {state: WizardState; effects: WizardEffect[]};

export const stay = (state: WizardState): Advance => ({state, effects: []});

export const withStatuses = (
	state: WizardState,
	statuses: Partial<Record<WizardStep, StepStatus>>,
): WizardState['statuses'] => ({...state.statuses, ...statuses});

/** The steps a failed request was checking go back to waiting for the next try. */
const stillPending = (statuses: WizardState['statuses']): WizardState['statuses'] =>
	Object.fromEntries(
		Object.entries(statuses).map(([step, status]) => [
			step,
			status === 'checking' ? 'pending' : status,
		]),
	) as WizardState['statuses'];

export function failAt(
	state: WizardState,
	step: WizardStep,
	failure: StepFailure,
	field: FieldName | undefined,
): WizardState {
	return {
		...state,
		screen: step,
		...(field === undefined ? {} : {focus: field}),
		...(step === 'auth-type' ? {choosingAuthType: true} : {}),
		busy: undefined,
		statuses: {...stillPending(state.statuses), [step]: 'failed'},
		failure: {step, ...(field === undefined ? {} : {field}), failure},
	};
}

export function askBox(state: WizardState, busy: string, checking: WizardStep[]): Advance {
	const next: WizardState = {
		...state,
		busy,
		failure: undefined,
		statuses: withStatuses(
			state,
			Object.fromEntries(checking.map((step) => [step, 'checking' as const])),
		),
	};
	return {state: next, effects: [{type: 'check-credentials', credentials: credentialsOf(next)}]};
}
