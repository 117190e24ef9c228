import {authTypes} from '../box/auth-types.js';
import {type WizardStep, wizardStepNames} from '../diagnosis/diagnosis.js';
import type {StepStatus, WizardState} from './wizard-state.js';

export type ChecklistItem = {
	step: WizardStep;
	label: string;
	status: StepStatus;
	/** The step on screen now. */
	current: boolean;
};

// The enterprise ID comes before the admin's approval: the approval can only be checked with a
// token request, and a Client Credentials Grant request needs the enterprise ID.
const order: readonly WizardStep[] = [
	'account',
	'auth-type',
	'create-app',
	'enterprise-id',
	'admin-authorization',
	'first-call',
];

/** The checklist beside every step: each step of setup and how it stands. */
export function checklistOf(state: WizardState): ChecklistItem[] {
	return order.map((step) => ({
		step,
		label:
			step === 'auth-type' && state.authType
				? `${wizardStepNames[step]}: ${authTypes[state.authType].label}`
				: wizardStepNames[step],
		status: state.statuses[step],
		current: state.screen === step,
	}));
}
