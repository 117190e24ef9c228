// Going back: Esc one step on every screen, ↑ one field. Only the first screen has nothing behind
// it, and nothing moves while Box is being asked: its answer would land on the screen left.
import {type Advance, stay, withStatuses} from './advance.js';
import {type AuthTypeAnswers, authTypeQuestions, nextQuestion} from './auth-type-questions.js';
import {fieldsOf} from './setup-fields.js';
import {fieldsToType} from './typed-steps.js';
import type {WizardState} from './wizard-state.js';

/** What Esc does: a step back, out of the wizard, or nothing until Box has answered. */
export type BackMove = 'previous' | 'leave' | 'wait';

/** The answers without the one given last, so that its question is asked again. */
function withoutLastAnswer(answers: AuthTypeAnswers): AuthTypeAnswers {
	const last = authTypeQuestions.findLast((question) => answers[question.id] !== undefined);
	return Object.fromEntries(Object.entries(answers).filter(([id]) => id !== last?.id));
}

function questionBefore(state: WizardState): WizardState | undefined {
	if (Object.keys(state.answers).length > 0) {
		return {...state, answers: withoutLastAnswer(state.answers)};
	}

	// Against the sandbox the questions come first: its account is the sandbox's own.
	return state.sandbox ? undefined : {...state, screen: 'account'};
}

/** From the list of auth types to the question that decided it, or the one it skipped from. */
function toQuestions(state: WizardState): WizardState {
	const decided = nextQuestion(state.answers) === undefined;
	return {
		...state,
		choosingAuthType: false,
		answers: decided ? withoutLastAnswer(state.answers) : state.answers,
		failure: undefined,
	};
}

function toAuthTypes(state: WizardState): WizardState {
	return {
		...state,
		screen: 'auth-type',
		choosingAuthType: true,
		failure: undefined,
		signIn: undefined,
	};
}

function toLastFieldOfApp(state: WizardState): WizardState {
	return {
		...state,
		screen: 'create-app',
		focus: fieldsOf('create-app', state.authType).at(-1),
		failure: undefined,
	};
}

/**
 * Back from a step past the typing (the admin's approval, the first call): to the enterprise ID
 * where this auth type names one, or to the app's last field.
 */
function toLastTypedStep(state: WizardState): WizardState {
	const left: WizardState = {
		...state,
		doubt: undefined,
		statuses: withStatuses(state, {[state.screen]: 'pending'}),
	};
	return state.statuses['enterprise-id'] !== 'skipped' && state.values.subjectId !== ''
		? {...left, screen: 'enterprise-id', focus: 'subjectId', failure: undefined}
		: toLastFieldOfApp(left);
}

function fieldBefore(state: WizardState): WizardState | undefined {
	const fields = fieldsToType(state);
	const index = state.focus === undefined ? -1 : fields.indexOf(state.focus);
	return index > 0 ? {...state, focus: fields[index - 1]} : undefined;
}

/** The wizard one step back, or undefined on the first screen, where there is nothing behind. */
export function stepBack(state: WizardState): WizardState | undefined {
	switch (state.screen) {
		case 'account':
		case 'done':
			return undefined;
		case 'auth-type':
			return state.choosingAuthType ? toQuestions(state) : questionBefore(state);
		case 'create-app':
			return fieldBefore(state) ?? toAuthTypes(state);
		case 'enterprise-id':
			return fieldBefore(state) ?? toLastFieldOfApp(state);
		case 'admin-authorization':
			return fieldBefore(state) ?? toLastTypedStep(state);
		case 'first-call':
			return toLastTypedStep(state);
	}
}

export function backMove(state: WizardState): BackMove {
	// The profile is saved: there is nothing left to go back to.
	if (state.screen === 'done') {
		return 'leave';
	}

	if (state.busy !== undefined || state.polling?.checking === true) {
		return 'wait';
	}

	return stepBack(state) === undefined ? 'leave' : 'previous';
}

/** Esc: one step back; on the first screen the UI leaves instead, so the state stays. */
export function goBackAStep(state: WizardState): Advance {
	const back = backMove(state) === 'previous' ? stepBack(state) : undefined;
	return stay(back ?? state);
}

/**
 * ↑ in a field: the field before it, and from a screen's first field the screen before. Beside
 * the admin step it moves between the fields and the keys, and never off the step.
 */
export function goBackAField(state: WizardState): Advance {
	if (state.busy !== undefined) {
		return stay(state);
	}

	if (state.screen === 'admin-authorization') {
		return state.focus === undefined
			? stay({...state, focus: fieldsToType(state).at(-1)})
			: stay(fieldBefore(state) ?? state);
	}

	return stay(stepBack(state) ?? state);
}
