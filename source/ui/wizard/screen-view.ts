import type {StepFailure, WizardState} from '../../wizard/wizard-state.js';

/** What the screen shows beyond the wizard's state: choices of view that change no step. */
export type ScreenView = {
	/** After a stalled sign-in, the fields were opened again to correct them. */
	readonly editingAfter?: StepFailure;
	/** On the done screen, the file name box for the upload preflight is open. */
	readonly preflightOpen: boolean;
};

export const firstView: ScreenView = {preflightOpen: false};

/** What the keyboard types into on this screen, if anything; letter keys are then text. */
export type TypingInto = 'field' | 'redirect-url' | 'file-name';

/** The browser sign-in stopped (timed out, refused, or could not listen): a retry is offered. */
export function signInStalled(state: WizardState): boolean {
	return (
		state.screen === 'create-app' &&
		state.authType === 'oauth' &&
		state.busy === undefined &&
		state.failure?.step === 'create-app' &&
		state.failure.field === undefined
	);
}

/** The sign-in is under way in the browser: a pasted redirect URL can finish it. */
export function signingIn(state: WizardState): boolean {
	return state.screen === 'create-app' && state.busy !== undefined && state.signIn !== undefined;
}

export function typingInto(state: WizardState, view: ScreenView): TypingInto | undefined {
	switch (state.screen) {
		case 'create-app': {
			if (signInStalled(state)) {
				return view.editingAfter === state.failure?.failure ? 'field' : undefined;
			}

			if (state.busy !== undefined) {
				return signingIn(state) ? 'redirect-url' : undefined;
			}

			return state.focus === undefined ? undefined : 'field';
		}

		case 'enterprise-id':
			return state.busy === undefined && state.focus !== undefined ? 'field' : undefined;
		case 'done':
			return view.preflightOpen ? 'file-name' : undefined;
		default:
			return undefined;
	}
}
