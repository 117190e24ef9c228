import {useInput} from 'ink';
import {useRef} from 'react';
import {nextQuestion} from '../../wizard/auth-type-questions.js';
import type {WizardEvent} from '../../wizard/wizard-events.js';
import type {WizardState} from '../../wizard/wizard-state.js';
import {escapeKey} from './escape-key.js';
import {
	type Aside,
	diagnosisOnScreen,
	isTextBox,
	type ScreenView,
	savedNotices,
	shownAside,
	signInStalled,
	typingInto,
} from './screen-view.js';

type Options = {
	readonly state: WizardState;
	readonly view: ScreenView;
	readonly setView: (view: ScreenView) => void;
	readonly send: (event: WizardEvent) => void;
	/** Leaves the wizard with this exit code, and for the dashboard if asked. */
	readonly leave: (code: number, next?: 'dashboard') => void;
	/** Off without raw mode, where Ink cannot read keys. */
	readonly isActive: boolean;
};

function answerQuestion(state: WizardState, input: string, send: Options['send']): void {
	const question = nextQuestion(state.answers);
	if (question && (input === 'y' || input === 'n')) {
		send({type: 'question-answered', question: question.id, yes: input === 'y'});
	} else if (input === 's') {
		send({type: 'questions-skipped'});
	}
}

/** Shows the aside, or takes it away when it is shown already. */
function toggled(state: WizardState, view: ScreenView, aside: Aside): ScreenView {
	return {...view, aside: shownAside(state, view) === aside ? undefined : aside};
}

/**
 * The wizard's keys. Letters count only while no text box has the keyboard, so that typing a
 * "q" into a client secret never leaves; Esc (a step back), Ctrl+C (leave) and ↑ work everywhere.
 */
export function useWizardKeys(options: Options): void {
	// Ink swaps in a new handler only after the frame is drawn: a key pressed the moment a screen
	// appears must still be read against that screen, not the one before.
	const live = useRef(options);
	live.current = options;
	useInput(
		(input, key) => {
			const {state, view, setView, send, leave} = live.current;
			const typing = typingInto(state, view);
			const done = state.screen === 'done';
			if (key.ctrl && input === 'c') {
				leave(130);
				return;
			}

			if (key.escape) {
				const onEsc = escapeKey(state, view);
				if (onEsc.type === 'view') {
					setView(onEsc.view);
				} else if (onEsc.type === 'back') {
					send({type: 'back'});
				} else if (onEsc.type === 'leave') {
					leave(done ? 0 : 1);
				}

				return;
			}

			// Text boxes ignore Tab, so it works while one has the keyboard too.
			const shown = diagnosisOnScreen(state);
			if (key.tab && shown) {
				setView({...view, fullDiagnosis: view.fullDiagnosis === shown ? undefined : shown});
				return;
			}

			if (typing === 'field') {
				// The text box ignores ↑ and ↓, so they can step between the fields.
				if (key.upArrow) {
					send({type: 'field-back'});
				} else if (key.downArrow && state.screen === 'admin-authorization') {
					send({type: 'field-forward'});
				}

				return;
			}

			if (input === 'q' && !isTextBox(typing)) {
				leave(done ? 0 : 1);
				return;
			}

			// A list of choices takes ↑↓ and Enter itself.
			if (typing !== undefined) {
				return;
			}

			switch (state.screen) {
				case 'account':
					if (key.return) {
						send({type: 'account-confirmed'});
					}

					break;
				case 'auth-type':
					if (!state.choosingAuthType) {
						answerQuestion(state, input, send);
					}

					break;
				case 'create-app':
					if (signInStalled(state) && input === 'r') {
						send({type: 'retry-sign-in'});
					} else if (signInStalled(state) && key.upArrow && state.failure) {
						setView({...view, editingAfter: state.failure.failure});
					}

					break;
				case 'admin-authorization':
					if (input === 'c') {
						send({type: 'check-now'});
					} else if (input === 'a' && state.sandbox) {
						send({type: 'play-admin'});
					} else if (input === 'm') {
						setView(toggled(state, view, 'admin-message'));
					} else if (key.upArrow && state.doubt) {
						send({type: 'field-back'});
					}

					break;
				case 'done':
					if (key.return) {
						leave(0);
					} else if (input === 'd') {
						leave(0, 'dashboard');
					} else if (input === 'u') {
						setView(toggled(state, view, 'upload-recipe'));
					} else if (input === 'n' && savedNotices(state).length > 0) {
						setView(toggled(state, view, 'notices'));
					} else if (
						input === 'p' &&
						shownAside(state, view) === 'upload-recipe' &&
						!state.preflight?.checking
					) {
						setView({...view, preflightOpen: true});
					}

					break;
				default:
					break;
			}
		},
		{isActive: options.isActive},
	);
}
