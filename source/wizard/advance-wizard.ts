import {type Advance, failAt, stay, withStatuses} from './advance.js';
import {nextQuestion} from './auth-type-questions.js';
import {checkApproval, credentialsChecked} from './box-answers.js';
import {goBackAField, goBackAStep} from './step-back.js';
import {typeKeys} from './typed-keys.js';
import {
	chooseAuthType,
	goForward,
	readJwtConfig,
	submitField,
	submitScreen,
} from './typed-steps.js';
import {signsInInBrowser} from './wizard-auth-types.js';
import type {WizardEvent} from './wizard-events.js';
import type {WizardState} from './wizard-state.js';

/**
 * The wizard's one transition function: the state after `event`, and the effects to run.
 * Pure: time comes in as `now`, and the network only through the effects' answers.
 */
export function advanceWizard(state: WizardState, event: WizardEvent, now: number): Advance {
	switch (event.type) {
		case 'account-confirmed':
			return state.screen === 'account'
				? stay({...state, screen: 'auth-type', statuses: withStatuses(state, {account: 'passed'})})
				: stay(state);
		case 'question-answered': {
			const answers = {...state.answers, [event.question]: event.yes};
			return stay({...state, answers, choosingAuthType: nextQuestion(answers) === undefined});
		}

		case 'questions-skipped':
			return stay({...state, choosingAuthType: true});
		case 'auth-type-chosen':
			return state.screen === 'auth-type'
				? chooseAuthType(state, event.authType, event.defaults ?? {})
				: stay(state);
		case 'field-edited':
			return stay({
				...state,
				values: {...state.values, [event.field]: event.value},
				caret: undefined,
			});
		case 'field-submitted':
			return submitField(state, now);
		case 'keys-typed':
			return typeKeys(state, event.keys, now);
		case 'field-chosen':
			return state.focus === event.field
				? submitField({...state, values: {...state.values, [event.field]: event.value}}, now)
				: stay(state);
		case 'field-back':
			return goBackAField(state);
		case 'back':
			return goBackAStep(state);
		case 'field-forward':
			return goForward(state);
		case 'jwt-config-read':
			return readJwtConfig(state, event.outcome);
		case 'credentials-checked':
			return credentialsChecked(state, event.outcome, now);
		case 'approval-check-due':
			return checkApproval(state, now, event.round);
		case 'check-now':
			return checkApproval(state, now);
		case 'play-admin':
			return state.sandbox && state.screen === 'admin-authorization'
				? {state, effects: [{type: 'approve-in-sandbox', clientId: state.values.clientId}]}
				: stay(state);
		case 'sign-in-waiting':
			return stay({
				...state,
				signIn: {
					authorizeUrl: event.authorizeUrl,
					redirectUri: event.redirectUri,
					browserOpened: event.browserOpened,
				},
			});
		case 'sign-in-stalled':
			return stay({
				...failAt(state, 'create-app', {problem: event.problem}, undefined),
				...(state.signIn ? {signIn: {...state.signIn, stalled: event.problem}} : {}),
			});
		case 'retry-sign-in':
			return state.screen === 'create-app' && signsInInBrowser(state.authType) && !state.busy
				? submitScreen(state)
				: stay(state);
		case 'redirect-pasted':
			return state.signIn
				? {
						state: {...state, busy: 'Exchanging the code for tokens…', failure: undefined},
						effects: [{type: 'finish-sign-in', pastedUrl: event.url}],
					}
				: stay(state);
		case 'profile-saved':
			return event.outcome.ok
				? stay({
						...state,
						screen: 'done',
						busy: undefined,
						saved: event.outcome.line,
						statuses: withStatuses(state, {'first-call': 'passed'}),
					})
				: stay(failAt(state, 'first-call', {problem: event.outcome.problem}, undefined));
		case 'preflight-requested':
			return state.screen === 'done' && !state.preflight?.checking
				? {
						state: {...state, preflight: {checking: true, fileName: event.fileName}},
						effects: [{type: 'try-preflight', fileName: event.fileName}],
					}
				: stay(state);
		case 'preflight-tried':
			return state.preflight
				? stay({...state, preflight: {...state.preflight, checking: false, answer: event.answer}})
				: stay(state);
	}
}
