import {Box, Text} from 'ink';
import {type FieldChoice, type FieldName, fieldDescriptions} from '../../wizard/setup-fields.js';
import type {WizardEvent} from '../../wizard/wizard-events.js';
import type {WizardState} from '../../wizard/wizard-state.js';
import {type Choice, ChoiceList} from '../components/choice-list.js';

type Props = {
	readonly state: WizardState;
	readonly send: (event: WizardEvent) => void;
	readonly field: FieldName;
	readonly choices: readonly FieldChoice[];
};

/** A field whose every value is known, such as the App Token's expiry: picked, not typed. */
export function ChoiceField({state, send, field, choices}: Props) {
	const {label, hint} = fieldDescriptions[field];
	const listed: ReadonlyArray<Choice<string>> = choices.map((choice) => ({
		value: choice.value,
		label: choice.label,
		details: [choice.about],
	}));
	return (
		<Box flexDirection="column">
			<Text bold>
				› {label}: <Text dimColor>{hint}</Text>
			</Text>
			<Box paddingLeft={2}>
				<ChoiceList
					choices={listed}
					initial={state.values[field]}
					isActive
					onSelect={(value) => {
						send({type: 'field-chosen', field, value});
					}}
				/>
			</Box>
		</Box>
	);
}
