import type {AuthType} from '../box/auth-types.js';
import type {SetupDraft} from '../profiles/setup-drafts.js';
import type {QuestionId} from './auth-type-questions.js';
import type {TextKey} from './field-text.js';
import type {FieldName} from './setup-fields.js';
import type {FirstCall, SetupCredentials, StepFailure} from './wizard-state.js';

export type CheckOutcome = {ok: true; firstCall: FirstCall} | {ok: false; failure: StepFailure};

export type JwtConfigOutcome =
	| {ok: true; clientId: string; enterpriseId?: string; userId?: string}
	| {ok: false; problem: string};

/** What the user does, and what comes back from the effects the wizard asked for. */
export type WizardEvent =
	| {type: 'account-confirmed'}
	| {type: 'question-answered'; question: QuestionId; yes: boolean}
	| {type: 'questions-skipped'}
	| {type: 'auth-type-chosen'; authType: AuthType; defaults?: Partial<Record<FieldName, string>>}
	| {type: 'field-edited'; field: FieldName; value: string}
	| {type: 'field-submitted'}
	/** Keys pressed in the focused field, in the order they came, Enter among them. */
	| {type: 'keys-typed'; keys: readonly TextKey[]}
	/** A value picked from a field's list of choices, which also submits it. */
	| {type: 'field-chosen'; field: FieldName; value: string}
	| {type: 'field-back'}
	/** Esc: one step back, whatever the screen. */
	| {type: 'back'}
	| {type: 'field-forward'}
	| {type: 'check-now'}
	| {type: 'play-admin'}
	| {type: 'retry-sign-in'}
	| {type: 'redirect-pasted'; url: string}
	| {type: 'preflight-requested'; fileName: string}
	| {type: 'jwt-config-read'; outcome: JwtConfigOutcome}
	| {type: 'credentials-checked'; outcome: CheckOutcome}
	| {type: 'sign-in-waiting'; authorizeUrl: string; redirectUri: string; browserOpened: boolean}
	| {type: 'sign-in-stalled'; problem: string}
	/** The wait for check number `round` is over; a wait that a later one replaced is ignored. */
	| {type: 'approval-check-due'; round: number}
	| {type: 'profile-saved'; outcome: {ok: true; line: string} | {ok: false; problem: string}}
	| {type: 'preflight-tried'; answer: string};

/** What the wizard asks the world to do; the answers come back as events. */
export type WizardEffect =
	| {type: 'read-jwt-config'; path: string}
	| {type: 'check-credentials'; credentials: SetupCredentials}
	| {type: 'sign-in'; clientId: string; clientSecret: string}
	| {type: 'finish-sign-in'; pastedUrl: string}
	| {type: 'wait-for-approval-check'; delayMs: number; round: number}
	| {type: 'approve-in-sandbox'; clientId: string}
	| {type: 'save-draft'; draft: SetupDraft; clientSecret?: string}
	| {type: 'save-profile'; name: string}
	| {type: 'try-preflight'; fileName: string};
