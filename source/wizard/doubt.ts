import type {FieldName} from './setup-fields.js';
import type {Doubt, StepFailure, WizardState} from './wizard-state.js';

// The fields of a Client Credentials Grant that Box's ambiguous answer may be about, in the order
// they are shown beside the admin step.
const ccgFields: readonly FieldName[] = ['clientId', 'clientSecret', 'subjectId'];

/** The fields left in doubt by Box's answer: those Box has not shown to be right. */
export function doubtAfter(state: WizardState, failure: StepFailure): Doubt {
	const provenRight = 'provenRight' in failure ? (failure.provenRight ?? []) : [];
	const fields = ccgFields.filter((field) => !provenRight.includes(field));
	return {
		fields,
		checkedWith:
			state.doubt?.checkedWith ??
			Object.fromEntries(fields.map((field) => [field, state.values[field]])),
	};
}

/** A field in doubt whose value is not the one last checked: the person is correcting it. */
export function editingInDoubt(state: WizardState): boolean {
	const {doubt} = state;
	return (
		doubt?.fields.some(
			(field) => (doubt.checkedWith[field] ?? state.values[field]) !== state.values[field],
		) === true
	);
}
