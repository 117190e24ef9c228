import {Box, Text} from 'ink';
import {useContext} from 'react';
import {adminAuthorizationSteps, adminMessage} from '../../wizard/admin-authorization.js';
import {approvalPollingWords, nextPollingWordsChange} from '../../wizard/approval-polling.js';
import {editingInDoubt} from '../../wizard/doubt.js';
import type {WizardEvent} from '../../wizard/wizard-events.js';
import type {WizardState} from '../../wizard/wizard-state.js';
import {NumberedLines} from '../components/numbered-lines.js';
import {useScreenClock} from '../components/screen-clock.js';
import {Spinner} from '../components/spinner.js';
import {useRedrawAt} from '../components/use-redraw-at.js';
import {DoubtFields} from './doubt-fields.js';
import {FullDiagnosis} from './full-diagnosis.js';
import {StepFailureLines} from './step-failure.js';

type Props = {
	readonly state: WizardState;
	readonly send: (event: WizardEvent) => void;
	/** The message for the admin is shown in place of the steps. */
	readonly messageShown: boolean;
	/** A field left in doubt has the keyboard. */
	readonly typing: boolean;
};

// A JWT app's client ID is in its JSON config, which the wizard reads but does not keep.
const clientIdInConfig = 'the Client ID (boxAppSettings.clientID in the JSON config)';

/**
 * The polling line, redrawn when its words change ("last checked 3 s ago" each second, "2 min
 * ago" each minute) and not in between: a frame costs Ink the whole screen.
 */
function PollingLine({state}: Pick<Props, 'state'>) {
	const clock = useScreenClock();
	const {polling} = state;
	const now = clock.now();
	const paused = editingInDoubt(state);
	useRedrawAt(polling && !paused ? nextPollingWordsChange(polling, now) : undefined, clock);
	if (!polling) {
		return null;
	}

	const words = paused
		? 'paused while you correct a field; Enter checks it'
		: approvalPollingWords(polling, now);
	return (
		<Text>
			{polling.checking ? <Spinner /> : <Text color="cyan">○</Text>} Waiting for the admin: {words}
		</Text>
	);
}

/** What the admin still has to do: authorize the app, or enable one Box issues tokens to already. */
const headingOf = (state: WizardState) => {
	const failure = state.failure?.failure;
	return failure && 'diagnosis' in failure && failure.diagnosis.id === 'app-not-enabled'
		? 'An admin of your enterprise enables the app'
		: 'An admin of your enterprise authorizes and enables the app';
};

/**
 * Step 5: the admin authorizes and enables the app; the wizard checks until they have. When Box's
 * answer may also mean a typing mistake, the fields it may be about stay open beside the wait.
 */
export function AdminAuthorizationStep({state, send, messageShown, typing}: Props) {
	const clientId = state.values.clientId === '' ? clientIdInConfig : state.values.clientId;
	const reason = state.failure?.step === 'admin-authorization' ? state.failure.failure : undefined;
	const full = useContext(FullDiagnosis);
	const diagnosisShown = full !== undefined && full === reason;
	// Box's own words fit one line where the diagnosis would take four; Tab shows the diagnosis,
	// which says them itself.
	const said =
		reason && 'diagnosis' in reason && !diagnosisShown
			? (reason.boxSaid ?? reason.diagnosis.what)
			: undefined;
	return (
		<Box flexDirection="column" gap={1}>
			<Box flexDirection="column">
				<Text bold>{headingOf(state)}</Text>
				{said !== undefined && <Text dimColor>Box said: {said}</Text>}
				{reason && 'problem' in reason && <Text color="red">✘ {reason.problem}</Text>}
			</Box>
			{diagnosisShown && reason ? (
				<StepFailureLines failure={reason} />
			) : messageShown ? (
				<Box flexDirection="column">
					<Text dimColor>A message to send your admin, as it is:</Text>
					<Box paddingLeft={2}>
						<Text>{adminMessage({clientId, authType: state.authType ?? 'ccg'})}</Text>
					</Box>
				</Box>
			) : (
				<Box flexDirection="column">
					<NumberedLines lines={adminAuthorizationSteps(clientId)} />
					{/* Beside the open fields the screen is full: the key hints name m instead. */}
					{!state.doubt && (
						<Text dimColor>
							Press m for a message to send your admin, with the client ID and these clicks.
						</Text>
					)}
				</Box>
			)}
			<Box flexDirection="column">
				<DoubtFields send={send} state={state} typing={typing} />
				<PollingLine state={state} />
				{state.draftSaved !== undefined && !diagnosisShown && (
					<Text dimColor>
						You can leave: boxauth setup --profile {state.draftSaved} picks up here.
					</Text>
				)}
			</Box>
		</Box>
	);
}
