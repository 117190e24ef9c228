import {backMove} from '../../wizard/step-back.js';
import type {WizardState} from '../../wizard/wizard-state.js';
import {type ScreenView, shownAside, signInStalled} from './screen-view.js';

/** What Esc does on the screen as it stands. */
export type EscapeKey =
	/**
	 * Closes what a key opened on the screen (an aside, the file name box), or opens the fields
	 * of a stalled sign-in: what was typed before it is the step before its retry.
	 */
	| {type: 'view'; view: ScreenView}
	| {type: 'back'}
	| {type: 'leave'}
	/** Box is being asked: its answer would land on the screen left. */
	| {type: 'nothing'};

export function escapeKey(state: WizardState, view: ScreenView): EscapeKey {
	if (state.screen === 'done' && view.preflightOpen) {
		return {type: 'view', view: {...view, preflightOpen: false}};
	}

	if (shownAside(state, view) !== undefined) {
		return {type: 'view', view: {...view, aside: undefined}};
	}

	const stalled = signInStalled(state) ? state.failure?.failure : undefined;
	if (stalled !== undefined && view.editingAfter !== stalled) {
		return {type: 'view', view: {...view, editingAfter: stalled}};
	}

	switch (backMove(state)) {
		case 'previous':
			return {type: 'back'};
		case 'leave':
			return {type: 'leave'};
		case 'wait':
			return {type: 'nothing'};
	}
}
