import {Box, Text} from 'ink';
import {useContext} from 'react';
import {fieldDescriptions} from '../../wizard/setup-fields.js';
import type {WizardEvent} from '../../wizard/wizard-events.js';
import type {WizardState} from '../../wizard/wizard-state.js';
import {FocusedField, TypedValue} from './field-form.js';
import {FullDiagnosis} from './full-diagnosis.js';

type Props = {
	readonly state: WizardState;
	readonly send: (event: WizardEvent) => void;
	/** The focused field takes the keyboard; otherwise the fields are only shown. */
	readonly typing: boolean;
};

/**
 * Beside the admin step, the fields that Box's answer may also be about, open to correct in
 * place: a wrong secret gets the same answer as an app still waiting for its admin.
 */
export function DoubtFields({state, send, typing}: Props) {
	const {doubt} = state;
	const diagnosisShown = useContext(FullDiagnosis) !== undefined;
	if (!doubt) {
		return null;
	}

	return (
		<Box flexDirection="column">
			{/* The diagnosis in full says it too, and needs the rows. */}
			{!diagnosisShown && (
				<Text>
					Or a typing mistake? Box answers a wrong{' '}
					{doubt.fields.map((field) => fieldDescriptions[field].label.toLowerCase()).join(' or ')}{' '}
					the same way. Correct it here; Enter checks it at once:
				</Text>
			)}
			{doubt.fields.map((field) =>
				typing && field === state.focus ? (
					<FocusedField field={field} key={field} send={send} state={state} withHint={false} />
				) : (
					<TypedValue field={field} key={field} value={state.values[field]} />
				),
			)}
		</Box>
	);
}
