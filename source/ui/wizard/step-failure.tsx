import {Box, Text} from 'ink';
import type {StepFailure, WizardState} from '../../wizard/wizard-state.js';
import {NumberedLines} from '../components/numbered-lines.js';

/** Why a step failed and what to do: the problem, or Box's answer explained. */
export function StepFailureLines({failure}: {readonly failure: StepFailure}) {
	if ('problem' in failure) {
		return <Text color="red">✘ {failure.problem}</Text>;
	}

	const {diagnosis, boxSaid} = failure;
	const why = diagnosis.why[0];
	return (
		<Box flexDirection="column">
			<Text bold color="red">
				✘ {diagnosis.what}
			</Text>
			{why !== undefined && <Text>Likely: {why}</Text>}
			{diagnosis.fix.length > 0 && <Text>To fix it:</Text>}
			<NumberedLines lines={diagnosis.fix} />
			{boxSaid !== undefined && <Text dimColor>Box said: {boxSaid}</Text>}
			<Text dimColor>More: {diagnosis.docs}</Text>
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
