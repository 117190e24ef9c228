import {Box, type DOMElement, Text, useStdin} from 'ink';
import {useRef, useState} from 'react';
import {checklistOf} from '../../wizard/checklist.js';
import type {SetupActions} from '../../wizard/setup-actions.js';
import type {WizardEvent} from '../../wizard/wizard-events.js';
import type {WizardState} from '../../wizard/wizard-state.js';
import {Checklist, ChecklistSummary} from '../components/checklist.js';
import type {Clock} from '../components/clock.js';
import {KeyHints} from '../components/key-hints.js';
import {ScreenClock} from '../components/screen-clock.js';
import {ScreenFrame} from '../components/screen-frame.js';
import {type TerminalSize, useTerminalSize} from '../components/use-terminal-size.js';
import {AccountStep} from './account-step.js';
import {AdminAuthorizationStep} from './admin-authorization-step.js';
import {AuthTypeStep, type FieldDefaults} from './auth-type-step.js';
import {BusyLine} from './busy-line.js';
import {CreateAppStep} from './create-app-step.js';
import {DoneStep} from './done-step.js';
import {EnterpriseIdStep} from './enterprise-id-step.js';
import {FirstCallStep} from './first-call-step.js';
import {FullDiagnosis} from './full-diagnosis.js';
import {screenHints} from './screen-hints.js';
import {
	type Aside,
	diagnosisOnScreen,
	firstView,
	type ScreenView,
	shownAside,
	type TypingInto,
	typingInto,
} from './screen-view.js';
import type {ApiUrls} from './token-recipes.js';
import {useLeaving} from './use-leaving.js';
import {useWizard, type WizardStart} from './use-wizard.js';
import {useWizardKeys} from './use-wizard-keys.js';

export type SetupWizardProps = {
	readonly actions: SetupActions;
	readonly initial: WizardStart;
	readonly clock: Clock;
	/**
	 * Called once, as the wizard leaves: 0 when done, 1 when left early, 130 on Ctrl+C; with
	 * `dashboard` when the user asked to go on to it.
	 */
	readonly onDone: (exitCode: number, next?: 'dashboard') => void;
	readonly urls: ApiUrls;
	/** Where boxauth listens for Box's redirect after an OAuth 2.0 login. */
	readonly redirectUri?: string;
	/** Values typed in for the user once the auth type is chosen, such as the sandbox's demo app. */
	readonly defaultsFor?: FieldDefaults;
};

const checklistWidth = 28;
// Below this the checklist beside the step leaves the step under 60 columns, where the console
// clicks wrap into a frame taller than the terminal.
const narrowestSideBySide = 92;
// Ink repaints the whole screen on every frame once the frame is as tall as the terminal. Under the
// full checklist, the tallest screens (the admin's message, the last step) take about 27 lines at
// 100 columns: in fewer rows than this the checklist takes one line.
const fewestRowsForFullChecklist = 30;

// Their message and commands are for copying: the whole width keeps their lines unbroken.
const forCopying: ReadonlySet<WizardState['screen']> = new Set(['admin-authorization', 'done']);

/** Where the checklist goes: beside the step, above it, or in one line under the title. */
type Layout = 'side-by-side' | 'stacked' | 'one-line';

function layoutOf(screen: WizardState['screen'], {columns, rows}: TerminalSize): Layout {
	if (rows < fewestRowsForFullChecklist) {
		return 'one-line';
	}

	return columns < narrowestSideBySide || forCopying.has(screen) ? 'stacked' : 'side-by-side';
}

type StepProps = SetupWizardProps & {
	readonly state: WizardState;
	readonly send: (event: WizardEvent) => void;
	readonly aside: Aside | undefined;
	readonly typing: TypingInto | undefined;
	readonly keyboard: boolean;
	readonly closeFileName: () => void;
};

function CurrentStep(props: StepProps) {
	const {state, send, typing} = props;
	switch (state.screen) {
		case 'account':
			return <AccountStep />;
		case 'auth-type':
			return (
				<AuthTypeStep
					defaultsFor={props.defaultsFor}
					isActive={props.keyboard}
					send={send}
					state={state}
				/>
			);
		case 'create-app':
			return (
				<CreateAppStep redirectUri={props.redirectUri} send={send} state={state} typing={typing} />
			);
		case 'enterprise-id':
			return <EnterpriseIdStep send={send} state={state} typing={typing === 'field'} />;
		case 'admin-authorization':
			return (
				<AdminAuthorizationStep
					messageShown={props.aside === 'admin-message'}
					send={send}
					state={state}
					typing={typing === 'field'}
				/>
			);
		case 'first-call':
			return <FirstCallStep state={state} />;
		case 'done':
			return (
				<DoneStep
					aside={props.aside}
					closeFileName={props.closeFileName}
					send={send}
					state={state}
					typingFileName={typing === 'file-name'}
					urls={props.urls}
				/>
			);
	}
}

/** The setup wizard: the checklist beside the step on screen, and the keys that work on it. */
export function SetupWizard(props: SetupWizardProps) {
	const {isRawModeSupported} = useStdin();
	const size = useTerminalSize();
	const {clock} = props;
	const {state, send} = useWizard({actions: props.actions, initial: props.initial, now: clock.now});
	const [view, setView] = useState<ScreenView>(firstView);
	const frame = useRef<DOMElement>(null);
	const {leave, left, farewell} = useLeaving(state, props.onDone);
	useWizardKeys({state, view, setView, send, leave, isActive: isRawModeSupported && !left});
	if (farewell !== undefined) {
		return (
			<Box paddingX={1}>
				<Text>{farewell}</Text>
			</Box>
		);
	}

	// Without raw mode no text box may take the keyboard: Ink cannot read keys then.
	const typing = isRawModeSupported ? typingInto(state, view) : undefined;
	const layout = layoutOf(state.screen, size);
	const checklist = checklistOf(state);
	const spinning = state.busy !== undefined || state.polling?.checking === true;
	// Shown in full only on the screen of its failure: a step back or a new answer from Box ends it.
	const fullDiagnosis =
		diagnosisOnScreen(state) === view.fullDiagnosis ? view.fullDiagnosis : undefined;
	const step = (
		<Box flexDirection="column" flexGrow={1} flexShrink={1} gap={1}>
			<CurrentStep
				{...props}
				aside={shownAside(state, view)}
				closeFileName={() => {
					setView({...view, preflightOpen: false});
				}}
				keyboard={isRawModeSupported}
				send={send}
				state={state}
				typing={typing}
			/>
			<BusyLine busy={state.busy} />
		</Box>
	);
	return (
		<ScreenClock.Provider value={clock}>
			<FullDiagnosis.Provider value={fullDiagnosis}>
				<ScreenFrame.Provider value={frame}>
					<Box flexDirection="column" gap={1} paddingX={1} ref={frame}>
						<Box flexDirection="column">
							<Text bold>
								boxauth setup · get a working Box API token{state.sandbox ? ' (sandbox)' : ''}
							</Text>
							{layout === 'one-line' && <ChecklistSummary items={checklist} spinning={spinning} />}
						</Box>
						{layout === 'one-line' ? (
							step
						) : (
							<Box columnGap={2} flexDirection={layout === 'stacked' ? 'column' : 'row'} rowGap={1}>
								<Box flexShrink={0} width={layout === 'stacked' ? undefined : checklistWidth}>
									<Checklist items={checklist} spinning={spinning} />
								</Box>
								{step}
							</Box>
						)}
						<KeyHints hints={screenHints(state, view)} />
					</Box>
				</ScreenFrame.Provider>
			</FullDiagnosis.Provider>
		</ScreenClock.Provider>
	);
}
