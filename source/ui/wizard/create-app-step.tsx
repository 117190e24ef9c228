import {Box, Text} from 'ink';
import {useContext} from 'react';
import {createAppInstructions} from '../../wizard/create-app-instructions.js';
import {fieldsToType} from '../../wizard/typed-steps.js';
import type {WizardEvent} from '../../wizard/wizard-events.js';
import type {SignIn, WizardState} from '../../wizard/wizard-state.js';
import {NumberedLines} from '../components/numbered-lines.js';
import {TextField} from '../components/text-field.js';
import {Url} from '../components/url.js';
import {useLocalText} from '../components/use-local-text.js';
import {FieldForm} from './field-form.js';
import {FullDiagnosis} from './full-diagnosis.js';
import {signInStalled, type TypingInto} from './screen-view.js';
import {failureOfScreen, StepFailureLines} from './step-failure.js';

type Props = {
	readonly state: WizardState;
	readonly send: (event: WizardEvent) => void;
	readonly typing: TypingInto | undefined;
	/** Where boxauth listens for Box's redirect after an OAuth 2.0 login. */
	readonly redirectUri?: string;
};

function Instructions({state, redirectUri}: Pick<Props, 'state' | 'redirectUri'>) {
	if (!state.authType) {
		return null;
	}

	const {consoleUrl, steps, fields} = createAppInstructions(
		state.authType,
		redirectUri === undefined ? {} : {redirectUri},
	);
	return (
		<Box flexDirection="column">
			<Text>
				Open the Developer Console: <Url url={consoleUrl} />
			</Text>
			<NumberedLines lines={steps} />
			<Text>Then type {fields.join(', then ')}.</Text>
		</Box>
	);
}

function SignInWaiting({
	signIn,
	send,
	typing,
}: {
	readonly signIn: SignIn;
	readonly send: Props['send'];
	readonly typing: boolean;
}) {
	const pasted = useLocalText('', (url) => {
		send({type: 'redirect-pasted', url: url.trim()});
	});
	return (
		<Box flexDirection="column">
			<Text>
				{signIn.browserOpened
					? 'Sign in to Box in the browser that opened. If it did not, open:'
					: 'Open this address in a browser and sign in to Box:'}
			</Text>
			<Url url={signIn.authorizeUrl} />
			<Text>
				Register this redirect URI in the app's configuration: <Url url={signIn.redirectUri} />
			</Text>
			{typing && (
				<Box flexDirection="column" marginTop={1}>
					<Text dimColor>Signed in on another machine? Paste the URL your browser ended on:</Text>
					<Box>
						<Text bold>› </Text>
						<TextField onKeys={pasted.onKeys} text={pasted.text} />
					</Box>
				</Box>
			)}
		</Box>
	);
}

/** Step 3: the console clicks that make the app, then what to copy from it, field by field. */
export function CreateAppStep({state, send, typing, redirectUri}: Props) {
	const stalled = signInStalled(state);
	const waiting = state.signIn !== undefined && state.busy !== undefined;
	const inFields = typing === 'field' || typing === 'choice-list';
	const failure = failureOfScreen(state, inFields);
	// The clicks are long: shown while the app is being made, then left to each field's hint, so
	// that the frame stays short enough for Ink to redraw it in place. A diagnosis in full (Tab)
	// takes their place.
	const diagnosisInFull = useContext(FullDiagnosis) !== undefined;
	const atFirstField = inFields && state.focus === fieldsToType(state)[0];
	return (
		<Box flexDirection="column" gap={1}>
			<Text bold>Create the app in the Developer Console</Text>
			{atFirstField
				? !diagnosisInFull && <Instructions redirectUri={redirectUri} state={state} />
				: inFields && (
						<Text dimColor>
							The console clicks are shown again at the first field (esc goes back).
						</Text>
					)}
			<FieldForm send={send} state={state} typing={inFields} />
			{waiting && state.signIn && (
				<SignInWaiting send={send} signIn={state.signIn} typing={typing === 'redirect-url'} />
			)}
			{failure && <StepFailureLines failure={failure} />}
			{stalled && typing === undefined && (
				<Text>
					Press <Text bold>r</Text> to try the sign-in again, or <Text bold>↑</Text> to change the
					client ID or secret.
				</Text>
			)}
		</Box>
	);
}
