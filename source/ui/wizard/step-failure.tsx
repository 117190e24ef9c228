import {Box, Text} from 'ink';
import {useContext} from 'react';
import type {StepFailure, WizardState} from '../../wizard/wizard-state.js';
import {NumberedLines} from '../components/numbered-lines.js';
import {FullDiagnosis} from './full-diagnosis.js';

/** Why a step failed and what to do: the problem, or Box's answer explained. */
export function StepFailureLines({failure}: {readonly failure: StepFailure}) {
	if ('problem' in failure) {
		return <Text color="red">✘ {failure.problem}</Text>;
	}

	return <DiagnosisLines failure={failure} />;
}

function DiagnosisLines({failure}: {readonly failure: Extract<StepFailure, {diagnosis: unknown}>}) {
	const full = useContext(FullDiagnosis) === failure;
	const {diagnosis, boxSaid} = failure;
	const why = full ? diagnosis.why : diagnosis.why.slice(0, 1);
	const fix = full ? diagnosis.fix : diagnosis.fix.slice(0, 1);
	const more = diagnosis.why.length + diagnosis.fix.length - why.length - fix.length;
	return (
		<Box flexDirection="column">
			<Text bold color="red">
				✘ {diagnosis.what}
			</Text>
			{why.map((cause) => (
				<Text key={cause}>Likely: {cause}</Text>
			))}
			{fix.length > 0 && <Text>To fix it:</Text>}
			<NumberedLines lines={fix} />
			{boxSaid !== undefined && <Text dimColor>Box said: {boxSaid}</Text>}
			{full ? (
				<Text dimColor>More: {diagnosis.docs}</Text>
			) : (
				more > 0 && <Text dimColor>Tab shows {more} more causes and fixes.</Text>
			)}
		</Box>
	);
}

/** The failure of the step on screen, unless it is shown at the field being typed already. */
export function failureOfScreen(
	state: WizardState,
	shownAtField: boolean,
): StepFailure | undefined {
	const {failure} = state;
	if (failure === undefined || failure.step !== state.screen) {
		return undefined;
	}

	return shownAtField && failure.field !== undefined && failure.field === state.focus
		? undefined
		: failure.failure;
}
