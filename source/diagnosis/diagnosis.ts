// What the diagnosis table says about a Failure: what happened, why, and what to do.

import type {Remedy} from '../box/failure.js';

export type {Remedy} from '../box/failure.js';

/** The wizard's checklist, so that a diagnosis can name the step to go back to. */
export type WizardStep =
	| 'account'
	| 'auth-type'
	| 'create-app'
	| 'admin-authorization'
	| 'enterprise-id'
	| 'first-call';

/** Each step as the checklist beside the wizard names it. */
export const wizardStepNames: Record<WizardStep, string> = {
	account: 'Box account',
	'auth-type': 'Auth type',
	'create-app': 'Platform App',
	'enterprise-id': 'Enterprise ID',
	'admin-authorization': 'Admin authorization',
	'first-call': 'First API call',
};

export type Diagnosis = {
	/** The table row's stable identifier, such as `ccg-grant-credentials-invalid`. */
	id: string;
	/** What happened, in one line. */
	what: string;
	/** The likely causes, most likely first. */
	why: string[];
	/** What to do: exact console clicks or the command to run, in order. */
	fix: string[];
	/** The wizard step to go back to, if one applies. */
	step?: WizardStep;
	/** A page of Box's developer docs. */
	docs: string;
	/** `person`: a person must act before it can work; `retry`: try again later; none: neither. */
	remedy?: Remedy;
};
