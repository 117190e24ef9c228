import {fieldDescriptions} from '../../wizard/setup-fields.js';
import {fieldsToType} from '../../wizard/typed-steps.js';
import type {WizardState} from '../../wizard/wizard-state.js';
import type {KeyHint} from '../components/key-hints.js';
import {
	type Aside,
	diagnosisOnScreen,
	type ScreenView,
	savedNotices,
	shownAside,
	signInStalled,
	typingInto,
} from './screen-view.js';

const leave: KeyHint = {keys: 'esc', action: 'leave'};
const quit: KeyHint = {keys: 'q', action: 'quit'};

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
			? [{keys: 'ctrl+r', action: 'show or hide'}]
			: [];
	if (state.screen === 'admin-authorization') {
		return [
			{keys: 'enter', action: 'check now'},
			{keys: '↑↓', action: 'field, or keys'},
			...reveal,
			leave,
		];
	}

	const fields = fieldsToType(state);
	const last = state.focus !== undefined && fields.indexOf(state.focus) === fields.length - 1;
	return [
		{keys: 'enter', action: last ? 'check it' : 'next'},
		{keys: '↑', action: 'back'},
		...reveal,
		leave,
	];
}

/** The keys that work on the screen as it is now, in the order they matter. */
export function screenHints(state: WizardState, view: ScreenView): KeyHint[] {
	const shown = diagnosisOnScreen(state);
	const hints = hintsOfScreen(state, view);
	return shown
		? [
				...hints.slice(0, -1),
				{keys: 'tab', action: view.fullDiagnosis === shown ? 'fewer fixes' : 'all fixes'},
				...hints.slice(-1),
			]
		: hints;
}

function hintsOfScreen(state: WizardState, view: ScreenView): KeyHint[] {
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
				...(state.doubt ? [{keys: '↑', action: 'correct a field'}] : []),
				...(state.sandbox ? [{keys: 'a', action: 'play the admin'}] : []),
				asideHint(shownAside(state, view), {
					aside: 'admin-message',
					keys: 'm',
					action: 'message for your admin',
				}),
				// The screen says that the wizard picks up here: the hint stays short enough for one line.
				{keys: 'q', action: 'leave'},
			];
		case 'done':
			return doneHints(state, shownAside(state, view));
		default:
			return [quit];
	}
}
