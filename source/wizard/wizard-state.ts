import type {AuthType} from '../box/auth-types.js';
import type {Subject} from '../box/client-credentials.js';
import type {Diagnosis, WizardStep} from '../diagnosis/diagnosis.js';
import type {AppTokenExpiry} from '../profiles/held-token.js';
import type {Identity} from '../profiles/profile.js';
import type {ApprovalPolling as ApprovalPollingWords} from './approval-polling.js';
import type {AuthTypeAnswers} from './auth-type-questions.js';
import {emptyFieldValues, type FieldName, type FieldValues} from './setup-fields.js';

/** Where the wizard is: one of the checklist's steps, or past the last one. */
export type WizardScreen = WizardStep | 'done';

export type StepStatus = 'pending' | 'checking' | 'passed' | 'failed' | 'skipped';

/**
 * Why a step failed: Box's answer explained, or a problem found before asking Box. While the cause
 * was narrowed down, Box itself may have shown fields to be right, or one to be wrong.
 */
export type StepFailure =
	| {
			diagnosis: Diagnosis;
			boxSaid?: string;
			provenRight?: readonly FieldName[];
			provenWrong?: FieldName;
	  }
	| {problem: string};

/**
 * Box's answer fits an app still waiting for its admin as well as a typing mistake: the admin step
 * waits and checks, and these fields stay open beside it to be corrected in place.
 */
export type Doubt = {
	fields: readonly FieldName[];
	/** The values the last check was made with: a field that differs is being edited. */
	checkedWith: Partial<FieldValues>;
};

/** What the first token request proved: who the token acts as. */
export type FirstCall = {
	identity?: Identity;
	/** Box issued a token, then `users/me` failed with it. */
	identityFailure?: StepFailure;
	/** The token with all but its ends hidden, for the curl line shown. */
	maskedToken: string;
};

export type ApprovalPolling = ApprovalPollingWords & {
	checksSoFar: number;
	/**
	 * A check was asked for (c, the sandbox's admin played, a corrected field) while one was under
	 * way, which may have been answered before the admin acted: it is made as that one ends.
	 */
	checkAgain?: boolean;
};

export type SignIn = {
	authorizeUrl: string;
	redirectUri: string;
	browserOpened: boolean;
	/** The browser did not come back, or came back with a refusal: offer a retry. */
	stalled?: string;
};

export type Preflight = {checking: boolean; fileName: string; answer?: string};

export type WizardState = {
	screen: WizardScreen;
	/** Against boxauth's sandbox, where the admin can be played with a key. */
	sandbox: boolean;
	authType?: AuthType;
	answers: AuthTypeAnswers;
	/** The questions were answered or skipped: the list of auth types is shown. */
	choosingAuthType: boolean;
	values: FieldValues;
	/** The field being typed on the current screen. */
	focus?: FieldName;
	/** Where the cursor stands in the focused field; a field that gains focus starts at its end. */
	caret?: {field: FieldName; offset: number};
	/** The name was given with --profile and is not asked for. */
	profileNameFixed: boolean;
	/** The profiles that exist: typing one's name asks before replacing it. */
	takenNames?: readonly string[];
	/** The taken name the person pressed Enter on twice: the new profile replaces that one. */
	replacing?: string;
	statuses: Record<WizardStep, StepStatus>;
	/** What is being checked right now, in words; the spinner shows it. */
	busy?: string;
	failure?: {step: WizardStep; field?: FieldName; failure: StepFailure};
	polling?: ApprovalPolling;
	/** The profile name a draft of this setup was saved under: `boxauth setup --profile NAME` picks it up. */
	draftSaved?: string;
	doubt?: Doubt;
	signIn?: SignIn;
	firstCall?: FirstCall;
	/** Where the profile went, in a line, once saved. */
	saved?: string;
	preflight?: Preflight;
};

/** What a token request is made with; secrets stay in memory, never in a draft. */
export type SetupCredentials =
	| {authType: 'ccg'; clientId: string; clientSecret: string; subject: Subject}
	| {authType: 'jwt'; jwtConfigPath: string; subject?: Subject}
	| {authType: 'developer-token'; token: string}
	| {authType: 'app-token'; token: string; expiry: AppTokenExpiry};

export const noStatuses: Record<WizardStep, StepStatus> = {
	account: 'pending',
	'auth-type': 'pending',
	'create-app': 'pending',
	'admin-authorization': 'pending',
	'enterprise-id': 'pending',
	'first-call': 'pending',
};

export function initialWizardState(options: {
	sandbox: boolean;
	profileName?: string;
	values?: Partial<FieldValues>;
	takenNames?: readonly string[];
}): WizardState {
	return {
		// Against the sandbox, the account is the sandbox's own.
		screen: options.sandbox ? 'auth-type' : 'account',
		sandbox: options.sandbox,
		answers: {},
		choosingAuthType: false,
		values: {
			...emptyFieldValues,
			...options.values,
			...(options.profileName === undefined ? {} : {profileName: options.profileName}),
		},
		profileNameFixed: options.profileName !== undefined,
		...(options.takenNames === undefined ? {} : {takenNames: options.takenNames}),
		statuses: options.sandbox ? {...noStatuses, account: 'passed'} : {...noStatuses},
	};
}
