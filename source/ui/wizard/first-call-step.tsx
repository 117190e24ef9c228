import {Box, Text} from 'ink';
import type {WizardState} from '../../wizard/wizard-state.js';
import {failureOfScreen, StepFailureLines} from './step-failure.js';

/** Step 6: the token's first call, GET /2.0/users/me, and the profile saved. */
export function FirstCallStep({state}: {readonly state: WizardState}) {
	const failure = failureOfScreen(state, false);
	return (
		<Box flexDirection="column" gap={1}>
			<Text bold>The first API call</Text>
			<Text>GET /2.0/users/me with the new token shows who it acts as.</Text>
			{failure && <StepFailureLines failure={failure} />}
		</Box>
	);
}
