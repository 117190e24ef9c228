import {fieldChoices} from '../../wizard/setup-fields.js';
import {signsInInBrowser} from '../../wizard/wizard-auth-types.js';
import type {StepFailure, WizardState} from '../../wizard/wizard-state.js';

/**
 * A part of a screen shown on a key, in place of what the screen shows first: each would make the
 * screen taller than a terminal, where Ink repaints the whole screen on every frame.
 */
export type Aside = 'admin-message' | 'upload-recipe' | 'notices';

const screenOfAside: Record<Aside, WizardState['screen']> = {
	'admin-message': 'admin-authorization',
	'upload-recipe': 'done',
	notices: 'done',
};

/** What the screen shows beyond the wizard's state: choices of view that change no step. */
export type ScreenView = {
	/** After a stalled sign-in, the fields were opened again to correct them. */
	readonly editingAfter?: StepFailure;
	/** On the done screen, the file name box for the upload preflight is open. */
	readonly preflightOpen: boolean;
	/** Shown on its own screen only: see shownAside. */
	readonly aside?: Aside;
	/** The failure whose diagnosis is shown with every cause and fix (Tab). */
	readonly fullDiagnosis?: StepFailure;
};

/** Box's answer explained, on the screen now, if there is one. */
export function diagnosisOnScreen(state: WizardState): StepFailure | undefined {
	const failure = state.failure?.failure;
	return failure !== undefined && 'diagnosis' in failure && state.failure?.step === state.screen
		? failure
		: undefined;
}

export const firstView: ScreenView = {preflightOpen: false};

/**
 * What has the keyboard on this screen, if anything: a text box (letter keys are then text), or
 * a field's list of choices (↑↓ are then the list's).
 */
export type TypingInto = 'field' | 'choice-list' | 'redirect-url' | 'file-name';

/** A text box typed into, where only Ctrl+C leaves: q is a letter there. */
export const isTextBox = (typing: TypingInto | undefined) =>
	typing !== undefined && typing !== 'choice-list';

/** The aside shown: only on its own screen, so the admin's message left open stays behind. */
export function shownAside(state: WizardState, view: ScreenView): Aside | undefined {
	return view.aside !== undefined && screenOfAside[view.aside] === state.screen
		? view.aside
		: undefined;
}

/** The notices that came with the saved line, such as where secrets went without a keychain. */
export function savedNotices(state: WizardState): readonly string[] {
	return state.saved?.split('\n').slice(1) ?? [];
}

/** The browser sign-in stopped (timed out, refused, or could not listen): a retry is offered. */
export function signInStalled(state: WizardState): boolean {
	return (
		state.screen === 'create-app' &&
		signsInInBrowser(state.authType) &&
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

			if (state.focus === undefined) {
				return undefined;
			}

			return fieldChoices[state.focus] === undefined ? 'field' : 'choice-list';
		}

		case 'enterprise-id':
			return state.busy === undefined && state.focus !== undefined ? 'field' : undefined;
		case 'admin-authorization':
			return state.doubt !== undefined &&
				state.focus !== undefined &&
				state.doubt.fields.includes(state.focus) &&
				view.aside === undefined
				? 'field'
				: undefined;
		case 'done':
			return view.preflightOpen ? 'file-name' : undefined;
		default:
			return undefined;
	}
}
