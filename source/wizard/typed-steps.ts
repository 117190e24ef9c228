// The transitions of the screens where the user types: fields and their checks.
import {type AuthType, authTypes} from '../box/auth-types.js';
import type {WizardStep} from '../diagnosis/diagnosis.js';
import {type Advance, askBox, failAt, stay, withStatuses} from './advance.js';
import {checkApproval} from './box-answers.js';
import {checkField} from './check-field.js';
import {type FieldName, fieldsOf} from './setup-fields.js';
import {typedSubject} from './typed-subject.js';
import type {JwtConfigOutcome} from './wizard-events.js';
import type {WizardState} from './wizard-state.js';

/**
 * The steps an auth type does not go through: no admin step where an admin at most enables the
 * app, and no enterprise ID where the token names no subject.
 */
const notNeeded = (authType: AuthType): WizardStep[] => {
	const {admin, namesSubject} = authTypes[authType];
	return [
		...(admin === 'enable-if-asked' ? ['admin-authorization' as const] : []),
		...(namesSubject ? [] : ['enterprise-id' as const]),
	];
};

/** The fields asked on the current screen; a name given with --profile is not asked again. */
export function fieldsToType(state: WizardState): readonly FieldName[] {
	if (state.screen === 'done') {
		return [];
	}

	if (state.screen === 'admin-authorization') {
		return state.doubt?.fields ?? [];
	}

	return fieldsOf(state.screen, state.authType).filter(
		(field) => !(field === 'profileName' && state.profileNameFixed),
	);
}

export function chooseAuthType(
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

	// The name offered follows the auth type until the person types one of their own.
	const offered = state.authType === undefined ? '' : authTypes[state.authType].profileName;
	if (!state.profileNameFixed && (values.profileName === '' || values.profileName === offered)) {
		values.profileName = authTypes[authType].profileName;
	}

	const skipped = Object.fromEntries(notNeeded(authType).map((step) => [step, 'skipped']));
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

/** Everything on the screen is typed and checked offline: now the real request. */
export function submitScreen(state: WizardState): Advance {
	if (state.screen === 'enterprise-id') {
		const subject = typedSubject(state.values.subjectId);
		return askBox(
			state,
			`Asking Box for a token for ${subject?.type ?? 'enterprise'} ${subject?.id ?? ''}…`,
			['create-app', 'enterprise-id'],
		);
	}

	const record = state.authType === undefined ? undefined : authTypes[state.authType];
	// A config file typed is read first: it may name the enterprise or user the token is for.
	if (record?.fields.includes('jwtConfigPath')) {
		return {
			state: {
				...state,
				busy: 'Reading the config file…',
				failure: undefined,
				statuses: withStatuses(state, {'create-app': 'checking'}),
			},
			effects: [{type: 'read-jwt-config', path: state.values.jwtConfigPath}],
		};
	}

	if (record?.firstToken === 'browser-login') {
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
	}

	// A token for an enterprise or user asks which one next; a pasted token is tried as it is.
	return record?.namesSubject
		? stay({...state, screen: 'enterprise-id', focus: 'subjectId', failure: undefined})
		: askBox(state, 'Trying the token with Box…', ['create-app']);
}

export function submitField(state: WizardState, now: number): Advance {
	const fields = fieldsToType(state);
	const field = state.focus;
	if (state.busy !== undefined || field === undefined || !fields.includes(field)) {
		return stay(state);
	}

	const checked = checkField(field, state.values[field]);
	if (!checked.ok) {
		return stay(failAt(state, state.screen as WizardStep, {problem: checked.problem}, field));
	}

	// A name that is taken is asked about once: Enter again on the same name means replace it.
	const taken = field === 'profileName' && state.takenNames?.includes(checked.value);
	if (taken && state.replacing !== checked.value) {
		const problem = `A profile named ${checked.value} exists. Press Enter again to replace it (its old login is revoked once this one works), or type another name.`;
		return stay({
			...failAt(state, state.screen as WizardStep, {problem}, field),
			replacing: checked.value,
		});
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
	// Beside the admin step, a corrected field is checked with Box at once.
	if (screen === 'admin-authorization') {
		return checkApproval(next, now);
	}

	const following = fields[fields.indexOf(field) + 1];
	return following === undefined ? submitScreen(next) : stay({...next, focus: following});
}

/** ↓ beside the admin step: the next field, or out of the fields, where letters are keys again. */
export function goForward(state: WizardState): Advance {
	const fields = fieldsToType(state);
	if (state.screen !== 'admin-authorization' || state.focus === undefined) {
		return stay(state);
	}

	return stay({...state, focus: fields[fields.indexOf(state.focus) + 1]});
}

export function readJwtConfig(state: WizardState, outcome: JwtConfigOutcome): Advance {
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
