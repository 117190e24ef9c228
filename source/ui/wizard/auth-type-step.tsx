import {Box, Text} from 'ink';
import type {AuthType} from '../../box/auth-types.js';
import {authTypes} from '../../box/auth-types.js';
import {authTypeChoices} from '../../wizard/auth-type-choices.js';
import {
	authTypeQuestions,
	nextQuestion,
	recommendAuthType,
} from '../../wizard/auth-type-questions.js';
import type {FieldName} from '../../wizard/setup-fields.js';
import type {WizardEvent} from '../../wizard/wizard-events.js';
import type {WizardState} from '../../wizard/wizard-state.js';
import {type Choice, ChoiceList} from '../components/choice-list.js';

export type FieldDefaults = (authType: AuthType) => Partial<Record<FieldName, string>>;

type Props = {
	readonly state: WizardState;
	readonly send: (event: WizardEvent) => void;
	/** Values typed in for the user, such as the sandbox's demo app. */
	readonly defaultsFor?: FieldDefaults;
	readonly isActive: boolean;
};

const choices: ReadonlyArray<Choice<AuthType>> = authTypeChoices.map((choice) => ({
	value: choice.authType,
	label: choice.label,
	details: [
		`Best for: ${choice.bestFor}`,
		`Trade-off: ${choice.tradeOff}`,
		`Token life: ${choice.tokenLife}`,
	],
}));

function Questions({state}: {readonly state: WizardState}) {
	const question = nextQuestion(state.answers);
	if (!question) {
		return null;
	}

	const number = authTypeQuestions.indexOf(question) + 1;
	return (
		<Box flexDirection="column" gap={1}>
			<Text bold>Which kind of token fits what you are building?</Text>
			<Box flexDirection="column">
				<Text>
					{number}/{authTypeQuestions.length} {question.question} <Text bold>(y/n)</Text>
				</Text>
				<Text dimColor>{question.why}</Text>
			</Box>
		</Box>
	);
}

function Choices({state, send, defaultsFor, isActive}: Props) {
	const answered = Object.keys(state.answers).length > 0;
	const recommendation = answered ? recommendAuthType(state.answers) : undefined;
	const choose = (authType: AuthType) => {
		send({type: 'auth-type-chosen', authType, defaults: defaultsFor?.(authType) ?? {}});
	};

	return (
		<Box flexDirection="column" gap={1}>
			{recommendation ? (
				<Box flexDirection="column">
					<Text>
						Recommended: <Text bold>{authTypes[recommendation.authType].label}</Text>
					</Text>
					<Text>{recommendation.because}</Text>
				</Box>
			) : (
				<Text bold>Choose how the app gets its token:</Text>
			)}
			<ChoiceList
				choices={choices}
				initial={recommendation?.authType ?? state.authType}
				isActive={isActive}
				onSelect={choose}
			/>
		</Box>
	);
}

/** Step 2: a few questions to a recommendation, then every auth type with its trade-offs. */
export function AuthTypeStep(props: Props) {
	return props.state.choosingAuthType ? <Choices {...props} /> : <Questions state={props.state} />;
}
