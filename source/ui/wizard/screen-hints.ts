import {fieldDescriptions} from '../../wizard/setup-fields.js';
import {fieldsToType} from '../../wizard/typed-steps.js';
import type {WizardState} from '../../wizard/wizard-state.js';
import type {KeyHint} from '../components/key-hints.js';
import {escapeKey} from './escape-key.js';
import {
	type Aside,
	diagnosisOnScreen,
	isTextBox,
	type ScreenView,
	savedNotices,
	shownAside,
	signInStalled,
	type TypingInto,
	typingInto,
} from './screen-view.js';

const back: KeyHint = {keys: 'esc', action: 'back'};

type AsideKey = {readonly aside: Aside; readonly keys: string; readonly action: string};

/** The key that shows an aside, and takes it away again. */
function asideHint(shown: Aside | undefined, {aside, keys, action}: AsideKey): KeyHint {
	return {keys, action: shown === aside ? 'back' : action};
}

function doneHints(state: WizardState, shown: Aside | undefined): KeyHint[] {
	const preflight =
		shown === 'upload-recipe' && !state.preflight?.checking
			? [{keys: 'p', action: 'try the preflight'}]
			: [];
	const notices =
		savedNotices(state).length > 0
			? [asideHint(shown, {aside: 'notices', keys: 'n', action: 'the notice in full'})]
			: [];
	return [
		{keys: 'enter', action: 'finish'},
		{keys: 'd', action: 'dashboard'},
		...preflight,
		asideHint(shown, {aside: 'upload-recipe', keys: 'u', action: 'upload without overwriting'}),
		...notices,
	];
}

function fieldHints(state: WizardState): KeyHint[] {
	const reveal: KeyHint[] =
		state.focus !== undefined && fieldDescriptions[state.focus].secret
			? [{keys: 'ctrl+r', action: 'show'}]
			: [];
	if (state.screen === 'admin-authorization') {
		return [{keys: 'enter', action: 'check now'}, {keys: '↑↓', action: 'fields'}, ...reveal];
	}

	return [{keys: 'enter', action: lastField(state) ? 'check it' : 'next'}, ...reveal];
}

const lastField = (state: WizardState) => {
	const fields = fieldsToType(state);
	return state.focus !== undefined && fields.indexOf(state.focus) === fields.length - 1;
};

/**
 * The keys that work on the screen as it is now, in the order they matter, ending with the ways
 * back and out: Esc a step back where there is a step to go back to, q to leave, or Ctrl+C
 * where q is a letter typed.
 */
export function screenHints(state: WizardState, view: ScreenView): KeyHint[] {
	const shown = diagnosisOnScreen(state);
	// "fewer", not "fewer fixes": the keys at a field in doubt stay one line at 80 columns.
	const tab: KeyHint[] = shown
		? [{keys: 'tab', action: view.fullDiagnosis === shown ? 'fewer' : 'all fixes'}]
		: [];
	const onEsc = escapeKey(state, view).type;
	const typing = typingInto(state, view);
	// An aside's own key says "back" already: the line of keys stays one line at 80 columns.
	const asideSaysBack = shownAside(state, view) !== undefined && !view.preflightOpen;
	return [
		...hintsOfScreen(state, view),
		...tab,
		...((onEsc === 'back' || onEsc === 'view') && !asideSaysBack ? [back] : []),
		// The finished setup is left with Enter, which its own keys name.
		...(state.screen === 'done' && !isTextBox(typing) ? [] : [leaveHint(typing)]),
	];
}

function leaveHint(typing: TypingInto | undefined): KeyHint {
	return isTextBox(typing) ? {keys: 'ctrl+c', action: 'leave'} : {keys: 'q', action: 'leave'};
}

function hintsOfScreen(state: WizardState, view: ScreenView): KeyHint[] {
	const typing = typingInto(state, view);
	if (typing === 'field') {
		return fieldHints(state);
	}

	if (typing === 'choice-list') {
		return [
			{keys: '↑↓', action: 'choose'},
			{keys: 'enter', action: lastField(state) ? 'check it' : 'next'},
		];
	}

	if (typing === 'redirect-url') {
		return [{keys: 'enter', action: 'use the pasted URL'}];
	}

	if (typing === 'file-name') {
		return [{keys: 'enter', action: 'try the preflight'}];
	}

	switch (state.screen) {
		case 'account':
			return [{keys: 'enter', action: 'I have one'}];
		case 'auth-type':
			return state.choosingAuthType
				? [
						{keys: '↑↓', action: 'choose'},
						{keys: 'enter', action: 'select'},
					]
				: [
						{keys: 'y', action: 'yes'},
						{keys: 'n', action: 'no'},
						{keys: 's', action: 'skip to the list'},
					];
		case 'create-app':
			return signInStalled(state)
				? [
						{keys: 'r', action: 'try again'},
						{keys: '↑', action: 'change what you typed'},
					]
				: [];
		case 'admin-authorization':
			return [
				{keys: 'c', action: 'check now'},
				...(state.doubt ? [{keys: '↑', action: 'correct a field'}] : []),
				...(state.sandbox ? [{keys: 'a', action: 'play the admin'}] : []),
				// Short, so that the keys fit one line at 80 columns: the screen says what the message is.
				asideHint(shownAside(state, view), {
					aside: 'admin-message',
					keys: 'm',
					action: 'admin message',
				}),
			];
		case 'done':
			return doneHints(state, shownAside(state, view));
		default:
			return [];
	}
}
