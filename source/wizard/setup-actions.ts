import type {SetupDraft} from '../profiles/setup-drafts.js';
import type {CheckOutcome, JwtConfigOutcome, WizardEffect, WizardEvent} from './wizard-events.js';
import type {SetupCredentials} from './wizard-state.js';

export type SignInWaiting = {authorizeUrl: string; redirectUri: string; browserOpened: boolean};

/** The browser never came back, came back with a refusal, or the callback could not listen. */
export type SignInStalled = {ok: false; stalled: string};

/**
 * What the wizard's effects do in the world: Box, the browser, the profile store. The commands
 * layer provides them; tests provide fakes.
 */
export type SetupActions = {
	readJwtConfig(path: string): Promise<JwtConfigOutcome>;
	checkCredentials(credentials: SetupCredentials): Promise<CheckOutcome>;
	signIn(
		app: {clientId: string; clientSecret: string},
		waiting: (sign: SignInWaiting) => void,
	): Promise<CheckOutcome | SignInStalled>;
	/** The redirect URL pasted from a browser on another machine, for the sign-in under way. */
	finishSignIn(pastedUrl: string): Promise<CheckOutcome | SignInStalled>;
	/** Plays the admin who approves the app: only against the sandbox. */
	approveInSandbox(clientId: string): Promise<void>;
	saveDraft(draft: SetupDraft, clientSecret: string | undefined): Promise<void>;
	/** Saves the credentials the last successful check proved. */
	saveProfile(name: string): Promise<{ok: true; line: string} | {ok: false; problem: string}>;
	tryPreflight(fileName: string): Promise<string>;
	wait(ms: number, signal: AbortSignal): Promise<void>;
};

const problemOf = (error: unknown) => ({
	problem: `boxauth could not do that: ${(error as Error).message}`,
});

function signInEvent(outcome: CheckOutcome | SignInStalled): WizardEvent {
	return 'stalled' in outcome
		? {type: 'sign-in-stalled', problem: outcome.stalled}
		: {type: 'credentials-checked', outcome};
}

async function eventAfter(
	effect: WizardEffect,
	actions: SetupActions,
	dispatch: (event: WizardEvent) => void,
	signal: AbortSignal,
): Promise<WizardEvent | undefined> {
	switch (effect.type) {
		case 'read-jwt-config':
			return {type: 'jwt-config-read', outcome: await actions.readJwtConfig(effect.path)};
		case 'check-credentials':
			return {
				type: 'credentials-checked',
				outcome: await actions.checkCredentials(effect.credentials),
			};
		case 'sign-in':
			return signInEvent(
				await actions.signIn(effect, (waiting) => dispatch({type: 'sign-in-waiting', ...waiting})),
			);
		case 'finish-sign-in':
			return signInEvent(await actions.finishSignIn(effect.pastedUrl));
		case 'wait-for-approval-check':
			await actions.wait(effect.delayMs, signal);
			return {type: 'approval-check-due', round: effect.round};
		case 'approve-in-sandbox':
			await actions.approveInSandbox(effect.clientId);
			return {type: 'check-now'};
		case 'save-draft':
			await actions.saveDraft(effect.draft, effect.clientSecret);
			return undefined;
		case 'save-profile':
			return {type: 'profile-saved', outcome: await actions.saveProfile(effect.name)};
		case 'try-preflight':
			return {type: 'preflight-tried', answer: await actions.tryPreflight(effect.fileName)};
	}
}

/** The event an action's failure becomes, so that a thrown error shows at its step. */
function eventForError(effect: WizardEffect, error: unknown): WizardEvent | undefined {
	switch (effect.type) {
		case 'read-jwt-config':
			return {type: 'jwt-config-read', outcome: {ok: false, ...problemOf(error)}};
		case 'check-credentials':
		case 'finish-sign-in':
			return {type: 'credentials-checked', outcome: {ok: false, failure: problemOf(error)}};
		case 'sign-in':
			return {type: 'sign-in-stalled', ...problemOf(error)};
		case 'save-profile':
			return {type: 'profile-saved', outcome: {ok: false, ...problemOf(error)}};
		case 'try-preflight':
			return {type: 'preflight-tried', answer: problemOf(error).problem};
		default:
			return undefined;
	}
}

/** Runs one effect and sends back the events it ends in; after `signal` aborts, sends none. */
export async function runEffect(
	effect: WizardEffect,
	actions: SetupActions,
	dispatch: (event: WizardEvent) => void,
	signal: AbortSignal,
): Promise<void> {
	let event: WizardEvent | undefined;
	try {
		event = await eventAfter(effect, actions, dispatch, signal);
	} catch (error) {
		event = signal.aborted ? undefined : eventForError(effect, error);
	}

	if (event && !signal.aborted) {
		dispatch(event);
	}
}
