import {Box, Text} from 'ink';
import {
	type FieldName,
	fieldChoices,
	fieldDescriptions,
	valueInWords,
} from '../../wizard/setup-fields.js';
import {textOfField} from '../../wizard/typed-keys.js';
import {fieldsToType} from '../../wizard/typed-steps.js';
import type {WizardEvent} from '../../wizard/wizard-events.js';
import type {WizardState} from '../../wizard/wizard-state.js';
import {MaskedValue} from '../components/masked-value.js';
import {TextField} from '../components/text-field.js';
import {ChoiceField} from './choice-field.js';
import {StepFailureLines} from './step-failure.js';

type Props = {
	readonly state: WizardState;
	readonly send: (event: WizardEvent) => void;
	/** The focused field takes the keyboard; otherwise every field typed so far is only shown. */
	readonly typing: boolean;
};

export function TypedValue({field, value}: {readonly field: FieldName; readonly value: string}) {
	const {label, secret} = fieldDescriptions[field];
	return (
		<Text>
			{'  '}
			<Text dimColor>{label}:</Text>{' '}
			<MaskedValue secret={secret} value={valueInWords(field, value)} />
		</Text>
	);
}

export function FocusedField({
	state,
	send,
	field,
	withHint = true,
}: Pick<Props, 'state' | 'send'> & {readonly field: FieldName; readonly withHint?: boolean}) {
	const {label, secret, hint} = fieldDescriptions[field];
	const failure = state.failure?.field === field ? state.failure.failure : undefined;
	const choices = fieldChoices[field];
	if (choices) {
		return <ChoiceField choices={choices} field={field} send={send} state={state} />;
	}

	return (
		<Box flexDirection="column">
			<Box>
				<Box flexShrink={0}>
					<Text bold>› {label}: </Text>
				</Box>
				<TextField
					onKeys={(keys) => {
						send({type: 'keys-typed', keys});
					}}
					secret={secret}
					text={textOfField(state, field)}
				/>
			</Box>
			{withHint && <Text dimColor>{hint}</Text>}
			{failure && <StepFailureLines failure={failure} />}
		</Box>
	);
}

/** The fields of the screen, one at a time: those typed above the one being typed. */
export function FieldForm({state, send, typing}: Props) {
	const fields = fieldsToType(state);
	const focused = typing && state.focus !== undefined ? fields.indexOf(state.focus) : -1;
	const shown =
		focused === -1
			? fields.filter((field) => state.values[field] !== '')
			: fields.slice(0, focused);
	return (
		<Box flexDirection="column">
			{shown.map((field) => (
				<TypedValue field={field} key={field} value={state.values[field]} />
			))}
			{focused !== -1 && state.focus !== undefined && (
				<FocusedField field={state.focus} send={send} state={state} />
			)}
		</Box>
	);
}
