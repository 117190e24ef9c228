import type {AuthType} from '../box/failure.js';
import type {WizardStep} from '../diagnosis/diagnosis.js';
import {nextApprovalCheckDelay} from './approval-polling.js';
import {nextQuestion} from './auth-type-questions.js';
import {checkField} from './check-field.js';
import {credentialsOf} from './setup-credentials.js';
import {draftOf} from './setup-draft.js';
import {type FieldName, fieldsOf, suggestedProfileName} from './setup-fields.js';
import {namesUser, typedSubject} from './typed-subject.js';
import type {CheckOutcome, JwtConfigOutcome, WizardEffect, WizardEvent} from './wizard-events.js';
import type {FirstCall, StepFailure, StepStatus, WizardState} from './wizard-state.js';

export type Advance = {state: WizardState; effects: WizardEffect[]};

const stay = (state: WizardState): Advance => ({state, effects: []});

const withStatuses = (
	state: WizardState,
	statuses: Partial<Record<WizardStep, StepStatus>>,
): WizardState['statuses'] => ({...state.statuses, ...statuses});

/** The steps an auth type does not go through. */
const notNeeded: Record<AuthType, readonly WizardStep[]> = {
	'developer-token': ['admin-authorization', 'enterprise-id'],
	oauth: ['admin-authorization', 'enterprise-id'],
	'app-token': ['enterprise-id'],
	ccg: [],
	jwt: [],
};

/** The fields asked on the current screen; a name given with --profile is not asked again. */
export function fieldsToType(state: WizardState): readonly FieldName[] {
	if (state.screen === 'done') {
		return [];
	}

	return fieldsOf(state.screen, state.authType).filter(
		(field) => !(field === 'profileName' && state.profileNameFixed),
	);
}

/** The field to correct after Box turned the request down at `step`. */
function fieldToCorrect(
	step: WizardStep,
	authType: AuthType | undefined,
	diagnosisId: string,
): FieldName | undefined {
	if (step === 'enterprise-id') {
		return 'subjectId';
	}

	if (step !== 'create-app') {
		return undefined;
	}

	switch (authType) {
		case 'jwt':
			return 'jwtConfigPath';
		case 'developer-token':
		case 'app-token':
			return 'token';
		default:
			return diagnosisId.includes('client-id') ? 'clientId' : 'clientSecret';
	}
}

function chooseAuthType(
	state: WizardState,
	authType: AuthType,
	defaults: Partial<Record<FieldName, string>>,
): Advance {
	const values = {...state.values};
	for (const [field, value] of Object.entries(defaults) as Array<[FieldName, string]>) {
		if (values[field] === '' || field === 'subjectId') {
			values[field] = value;
		}
	}

	if (values.profileName === '') {
		values.profileName = suggestedProfileName[authType];
	}

	const skipped = Object.fromEntries(notNeeded[authType].map((step) => [step, 'skipped']));
	const next: WizardState = {
		...state,
		authType,
		values,
		screen: 'create-app',
		statuses: {
			...withStatuses(state, {
				'auth-type': 'passed',
				'create-app': 'pending',
				'admin-authorization': 'pending',
				'enterprise-id': 'pending',
			}),
			...skipped,
		},
		failure: undefined,
	};
	return stay({...next, focus: fieldsToType(next)[0]});
}

/** The steps a failed request was checking go back to waiting for the next try. */
const stillPending = (statuses: WizardState['statuses']): WizardState['statuses'] =>
	Object.fromEntries(
		Object.entries(statuses).map(([step, status]) => [
			step,
			status === 'checking' ? 'pending' : status,
		]),
	) as WizardState['statuses'];

function failAt(
	state: WizardState,
	step: WizardStep,
	failure: StepFailure,
	field: FieldName | undefined,
): WizardState {
	return {
		...state,
		screen: step,
		...(field === undefined ? {} : {focus: field}),
		...(step === 'auth-type' ? {choosingAuthType: true} : {}),
		busy: undefined,
		statuses: {...stillPending(state.statuses), [step]: 'failed'},
		failure: {step, ...(field === undefined ? {} : {field}), failure},
	};
}

function askBox(state: WizardState, busy: string, checking: WizardStep[]): Advance {
	const next: WizardState = {
		...state,
		busy,
		failure: undefined,
		statuses: withStatuses(
			state,
			Object.fromEntries(checking.map((step) => [step, 'checking' as const])),
		),
	};
	return {state: next, effects: [{type: 'check-credentials', credentials: credentialsOf(next)}]};
}

/** Everything on the screen is typed and checked offline: now the real request. */
function submitScreen(state: WizardState): Advance {
	if (state.screen === 'enterprise-id') {
		const subject = typedSubject(state.values.subjectId);
		return askBox(
			state,
			`Asking Box for a token for ${subject?.type ?? 'enterprise'} ${subject?.id ?? ''}…`,
			['create-app', 'enterprise-id'],
		);
	}

	switch (state.authType) {
		case 'ccg':
			return stay({...state, screen: 'enterprise-id', focus: 'subjectId', failure: undefined});
		case 'jwt':
			return {
				state: {
					...state,
					busy: 'Reading the config file…',
					failure: undefined,
					statuses: withStatuses(state, {'create-app': 'checking'}),
				},
				effects: [{type: 'read-jwt-config', path: state.values.jwtConfigPath}],
			};
		case 'oauth':
			return {
				state: {
					...state,
					busy: 'Waiting for you to sign in to Box in the browser…',
					failure: undefined,
					signIn: undefined,
					statuses: withStatuses(state, {'create-app': 'checking'}),
				},
				effects: [
					{
						type: 'sign-in',
						clientId: state.values.clientId,
						clientSecret: state.values.clientSecret,
					},
				],
			};
		default:
			return askBox(state, 'Trying the token with Box…', ['create-app']);
	}
}

function submitField(state: WizardState): Advance {
	const fields = fieldsToType(state);
	const field = state.focus;
	if (state.busy !== undefined || field === undefined || !fields.includes(field)) {
		return stay(state);
	}

	const checked = checkField(field, state.values[field]);
	if (!checked.ok) {
		return stay(failAt(state, state.screen as WizardStep, {problem: checked.problem}, field));
	}

	const corrected = state.failure?.field === field;
	const screen = state.screen as WizardStep;
	const next: WizardState = {
		...state,
		values: {...state.values, [field]: checked.value},
		failure: corrected ? undefined : state.failure,
		statuses:
			corrected && state.statuses[screen] === 'failed'
				? withStatuses(state, {[screen]: 'pending'})
				: state.statuses,
	};
	const following = fields[fields.indexOf(field) + 1];
	return following === undefined ? submitScreen(next) : stay({...next, focus: following});
}

function goBack(state: WizardState): Advance {
	const fields = fieldsToType(state);
	const index = state.focus === undefined ? -1 : fields.indexOf(state.focus);
	if (state.busy !== undefined) {
		return stay(state);
	}

	if (index > 0) {
		return stay({...state, focus: fields[index - 1]});
	}

	if (state.screen === 'create-app') {
		return stay({...state, screen: 'auth-type', choosingAuthType: true, failure: undefined});
	}

	if (state.screen === 'enterprise-id') {
		const createApp = fieldsOf('create-app', state.authType);
		return stay({...state, screen: 'create-app', focus: createApp.at(-1), failure: undefined});
	}

	return stay(state);
}

function readJwtConfig(state: WizardState, outcome: JwtConfigOutcome): Advance {
	if (!outcome.ok) {
		return stay(failAt(state, 'create-app', {problem: outcome.problem}, 'jwtConfigPath'));
	}

	const {enterpriseId, userId} = outcome;
	const ready = {...state, busy: undefined, values: {...state.values, clientId: outcome.clientId}};
	if (enterpriseId !== undefined) {
		return askBox(
			{...ready, values: {...ready.values, subjectId: enterpriseId}},
			`Asking Box for a token for enterprise ${enterpriseId}…`,
			['create-app', 'enterprise-id'],
		);
	}

	if (userId !== undefined) {
		return askBox(ready, `Asking Box for a token for user ${userId}…`, ['create-app']);
	}

	return stay({
		...ready,
		screen: 'enterprise-id',
		focus: 'subjectId',
		statuses: withStatuses(state, {'create-app': 'pending'}),
	});
}

function passedUpTo(state: WizardState): WizardState['statuses'] {
	const passed = (step: WizardStep): StepStatus =>
		state.statuses[step] === 'skipped' ? 'skipped' : 'passed';
	return withStatuses(state, {
		'create-app': 'passed',
		'enterprise-id': passed('enterprise-id'),
		'admin-authorization': passed('admin-authorization'),
	});
}

function scheduleApprovalCheck(state: WizardState, now: number): Advance {
	const checksSoFar = (state.polling?.checksSoFar ?? 0) + 1;
	const delayMs = nextApprovalCheckDelay(checksSoFar);
	return {
		state: {
			...state,
			busy: undefined,
			polling: {checksSoFar, lastCheckedAt: now, intervalMs: delayMs, checking: false},
		},
		effects: [{type: 'wait-for-approval-check', delayMs}],
	};
}

/**
 * `users/me` confirms the enterprise: a token for one enterprise that acts in another means the
 * ID typed is not the one the app belongs to.
 */
function enterpriseMismatch(state: WizardState, firstCall: FirstCall): string | undefined {
	const typed = state.values.subjectId.trim();
	const said = firstCall.identity?.enterpriseId;
	if (namesUser(typed)) {
		return undefined;
	}

	const askedForEnterprise = state.authType === 'ccg' || state.authType === 'jwt';
	if (
		!askedForEnterprise ||
		typed === '' ||
		said === undefined ||
		said === null ||
		said === typed
	) {
		return undefined;
	}

	return `Box issued a token, but users/me says it acts in enterprise ${said}, not ${typed}. Type ${said} if that is your enterprise, or check that the app belongs to enterprise ${typed}.`;
}

function credentialsChecked(state: WizardState, outcome: CheckOutcome, now: number): Advance {
	if (outcome.ok) {
		const {firstCall} = outcome;
		const statuses = passedUpTo(state);
		const base = {...state, firstCall, polling: undefined, signIn: undefined, failure: undefined};
		if (firstCall.identityFailure) {
			return stay(failAt({...base, statuses}, 'first-call', firstCall.identityFailure, undefined));
		}

		const mismatch = enterpriseMismatch(state, firstCall);
		if (mismatch) {
			return stay(failAt({...base, statuses}, 'enterprise-id', {problem: mismatch}, 'subjectId'));
		}

		return {
			state: {
				...base,
				screen: 'first-call',
				busy: 'Saving the profile…',
				statuses: {...statuses, 'first-call': 'checking'},
			},
			effects: [{type: 'save-profile', name: state.values.profileName}],
		};
	}

	const {failure} = outcome;
	const diagnosis = 'diagnosis' in failure ? failure.diagnosis : undefined;
	if (diagnosis?.step === 'admin-authorization') {
		if (state.screen === 'admin-authorization') {
			return scheduleApprovalCheck(state, now);
		}

		// Box knows the client ID: only the admin's approval is missing.
		const waiting: WizardState = {
			...state,
			screen: 'admin-authorization',
			focus: undefined,
			failure: {step: 'admin-authorization', failure},
			statuses: withStatuses(state, {
				'create-app': 'passed',
				'enterprise-id': 'pending',
				'admin-authorization': 'checking',
			}),
		};
		const scheduled = scheduleApprovalCheck(waiting, now);
		const draft = draftOf(waiting, now);
		return {
			state: scheduled.state,
			effects: [
				...(draft
					? [{type: 'save-draft' as const, draft, clientSecret: state.values.clientSecret}]
					: []),
				...scheduled.effects,
			],
		};
	}

	const step =
		diagnosis?.step === undefined || diagnosis.step === 'first-call'
			? (state.screen as WizardStep)
			: diagnosis.step;
	const field =
		fieldToCorrect(step, state.authType, diagnosis?.id ?? '') ??
		(step === state.screen ? state.focus : undefined);
	return stay({...failAt(state, step, failure, field), polling: undefined});
}

function checkApproval(state: WizardState): Advance {
	if (state.screen !== 'admin-authorization' || state.polling?.checking !== false) {
		return stay(state);
	}

	return {
		state: {...state, polling: {...state.polling, checking: true}},
		effects: [{type: 'check-credentials', credentials: credentialsOf(state)}],
	};
}

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
			return stay({...state, values: {...state.values, [event.field]: event.value}});
		case 'field-submitted':
			return submitField(state);
		case 'field-back':
			return goBack(state);
		case 'jwt-config-read':
			return readJwtConfig(state, event.outcome);
		case 'credentials-checked':
			return credentialsChecked(state, event.outcome, now);
		case 'approval-check-due':
		case 'check-now':
			return checkApproval(state);
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
			return state.screen === 'create-app' && state.authType === 'oauth' && !state.busy
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
