import {Box, Text} from 'ink';
import {findEnterpriseId} from '../../box/console-paths.js';
import type {WizardEvent} from '../../wizard/wizard-events.js';
import type {WizardState} from '../../wizard/wizard-state.js';
import {FieldForm} from './field-form.js';
import {failureOfScreen, StepFailureLines} from './step-failure.js';

type Props = {
	readonly state: WizardState;
	readonly send: (event: WizardEvent) => void;
	readonly typing: boolean;
};

/** Step 4: the enterprise the app's token is for, checked with a real token request. */
export function EnterpriseIdStep({state, send, typing}: Props) {
	const failure = failureOfScreen(state, typing);
	return (
		<Box flexDirection="column" gap={1}>
			<Text bold>Your enterprise ID</Text>
			<Text>
				The app's token is for one enterprise, named by its ID. Find it in {findEnterpriseId}.
			</Text>
			<FieldForm send={send} state={state} typing={typing} />
			{failure && <StepFailureLines failure={failure} />}
		</Box>
	);
}
