import {Box, Text} from 'ink';
import {useContext} from 'react';
import type {StepFailure, WizardState} from '../../wizard/wizard-state.js';
import {CutToFit} from '../components/cut-to-fit.js';
import {NumberedLines} from '../components/numbered-lines.js';
import {Url} from '../components/url.js';
import {FullDiagnosis} from './full-diagnosis.js';

type Diagnosed = Extract<StepFailure, {diagnosis: unknown}>;

/** Why a step failed and what to do: the problem, or Box's answer explained. */
export function StepFailureLines({failure}: {readonly failure: StepFailure}) {
	const full = useContext(FullDiagnosis) === failure;
	if ('problem' in failure) {
		return <Text color="red">✘ {failure.problem}</Text>;
	}

	return full ? <WholeDiagnosis failure={failure} /> : <DiagnosisLines failure={failure} />;
}

function DiagnosisLines({
	failure,
	full = false,
}: {
	readonly failure: Diagnosed;
	readonly full?: boolean;
}) {
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
			{more > 0 && <Text dimColor>Tab shows {more} more causes and fixes.</Text>}
		</Box>
	);
}

/**
 * Every cause and fix (Tab), cut to the rows the terminal has left, so that the field being typed
 * and the keys stay on screen; the page with all of it stays in view below the cut.
 */
function WholeDiagnosis({failure}: {readonly failure: Diagnosed}) {
	return (
		<Box flexDirection="column">
			<CutToFit more={(lines) => `…${lines} more lines (Tab for fewer)`}>
				<DiagnosisLines failure={failure} full />
			</CutToFit>
			<Text dimColor>
				More: <Url url={failure.diagnosis.docs} />
			</Text>
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
