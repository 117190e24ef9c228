import {fieldsToType} from '../../wizard/advance-wizard.js';
import type {WizardState} from '../../wizard/wizard-state.js';
import type {KeyHint} from '../components/key-hints.js';
import {type ScreenView, signInStalled, typingInto} from './screen-view.js';

const leave: KeyHint = {keys: 'esc', action: 'leave'};
const quit: KeyHint = {keys: 'q', action: 'quit'};

function fieldHints(state: WizardState): KeyHint[] {
	const fields = fieldsToType(state);
	const last = state.focus !== undefined && fields.indexOf(state.focus) === fields.length - 1;
	return [{keys: 'enter', action: last ? 'check it' : 'next'}, {keys: '↑', action: 'back'}, leave];
}

/** The keys that work on the screen as it is now, in the order they matter. */
export function screenHints(state: WizardState, view: ScreenView): KeyHint[] {
	const typing = typingInto(state, view);
	if (typing === 'field') {
		return fieldHints(state);
	}

	if (typing === 'redirect-url') {
		return [{keys: 'enter', action: 'use the pasted URL'}, leave];
	}

	if (typing === 'file-name') {
		return [{keys: 'enter', action: 'try the preflight'}, leave];
	}

	switch (state.screen) {
		case 'account':
			return [{keys: 'enter', action: 'I have one'}, quit];
		case 'auth-type':
			return state.choosingAuthType
				? [{keys: '↑↓', action: 'choose'}, {keys: 'enter', action: 'select'}, quit]
				: [
						{keys: 'y', action: 'yes'},
						{keys: 'n', action: 'no'},
						{keys: 's', action: 'skip to the list'},
						quit,
					];
		case 'create-app':
			return signInStalled(state)
				? [{keys: 'r', action: 'try again'}, {keys: '↑', action: 'change what you typed'}, quit]
				: [quit];
		case 'admin-authorization':
			return [
				{keys: 'c', action: 'check now'},
				...(state.sandbox ? [{keys: 'a', action: 'play the admin'}] : []),
				{keys: 'q', action: 'leave for now'},
			];
		case 'done':
			return [
				{keys: 'enter', action: 'finish'},
				...(state.preflight?.checking ? [] : [{keys: 'p', action: 'try the upload preflight'}]),
			];
		default:
			return [quit];
	}
}
