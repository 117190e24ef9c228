import {adminMessage} from '../../wizard/admin-authorization.js';
import {advanceWizard} from '../../wizard/advance-wizard.js';
import {runEffect, type SetupActions} from '../../wizard/setup-actions.js';
import {type FieldName, fieldDescriptions} from '../../wizard/setup-fields.js';
import {fieldsToType} from '../../wizard/typed-steps.js';
import type {WizardEffect, WizardEvent} from '../../wizard/wizard-events.js';
import type {StepFailure, WizardState} from '../../wizard/wizard-state.js';
import {UsageError} from '../command-input.js';
import {exitCode, exitCodeOf} from '../shared/exit-codes.js';
import {fieldFlags, flagOf} from './setup-request.js';

export type SetupResult = {
	/**
	 * 0 saved; 3 a person must act (Box refused what was given, or the app waits for its admin); 4
	 * Box could not be asked or failed on its side; 1 anything else (such as a save that failed).
	 */
	exitCode: number;
	state: WizardState;
};

const fieldWords = (field: FieldName) => fieldDescriptions[field].label.toLowerCase();

const failureText = (failure: StepFailure) =>
	'problem' in failure
		? failure.problem
		: [
				failure.diagnosis.what,
				...failure.diagnosis.fix.map((line, index) => `  ${index + 1}. ${line}`),
				...(failure.boxSaid ? [`Box said: ${failure.boxSaid}`] : []),
			].join('\n');

/** Why the wizard stopped at the admin step, what to send the admin, and how to pick up there. */
function waitingForAdminText(state: WizardState): string {
	const failure = state.failure?.failure;
	const what = failure && 'diagnosis' in failure ? failure.diagnosis.what : undefined;
	const lead = state.doubt
		? `${what ?? ''} Box gives this same answer to an app still waiting for its admin, and to a wrong ${state.doubt.fields.map((field) => fieldWords(field)).join(' or ')}. If those are right, send your admin this:`
		: `${what ?? 'Box says an admin has not authorized or enabled the app yet.'} Send your admin this:`;
	return [
		lead.trim(),
		'',
		adminMessage({clientId: state.values.clientId, authType: state.authType ?? 'ccg'}),
		'',
		`Then run boxauth setup --profile ${state.values.profileName} again: it picks up here.`,
	].join('\n');
}

/**
 * The wizard without its screens, for scripts: the same state machine and the same checks, fed
 * from flags. A field the flags got wrong is a usage error naming the flag; stops at the admin
 * authorization step instead of waiting there, since a script cannot wait for a person.
 */
export async function setupWithoutScreens(
	start: {state: WizardState; effects: WizardEffect[]; events: WizardEvent[]},
	actions: SetupActions,
	options: {
		now: () => number;
		report: (line: string) => void;
		/** The sign-in URL the moment it is known, for a script that opens it itself. */
		signInWaiting?: (signIn: {authorizeUrl: string; redirectUri: string}) => void;
	},
): Promise<SetupResult> {
	let {state} = start;
	const effects = [...start.effects];
	const events = [...start.events];
	const signal = new AbortController().signal;
	for (;;) {
		const effect = effects.shift();
		if (effect) {
			if (effect.type === 'wait-for-approval-check') {
				continue;
			}

			await runEffect(
				effect,
				actions,
				(event) => {
					// Said the moment the sign-in starts: it waits for the person to open this URL.
					if (event.type === 'sign-in-waiting') {
						options.report(
							`Sign in to Box in a browser: ${event.authorizeUrl}\n(boxauth listens at ${event.redirectUri})`,
						);
						options.signInWaiting?.(event);
					}

					events.push(event);
				},
				signal,
			);
			continue;
		}

		const event = events.shift();
		if (event) {
			const advanced = advanceWizard(state, event, options.now());
			state = advanced.state;
			effects.push(...advanced.effects);
			continue;
		}

		const {failure} = state;
		if (failure && 'problem' in failure.failure && failure.field) {
			const flag = flagOf(failure.field, state.values[failure.field]);
			const {problem} = failure.failure;
			// The wizard says "This field takes…" at the field; here the field is a flag.
			throw new UsageError(
				problem.startsWith('This field ')
					? problem.replace('This field', flag)
					: `${flag}: ${problem}`,
			);
		}

		if (state.screen === 'admin-authorization') {
			options.report(waitingForAdminText(state));
			return {exitCode: exitCode.personMustAct, state};
		}

		if (failure) {
			options.report(failureText(failure.failure));
			const {failure: failed} = failure;
			return {
				exitCode: 'diagnosis' in failed ? exitCodeOf(failed.diagnosis) : exitCode.failure,
				state,
			};
		}

		if (state.screen === 'done') {
			return {exitCode: exitCode.success, state};
		}

		const field = state.focus;
		if (field === undefined || !fieldsToType(state).includes(field)) {
			throw new Error(`the wizard stopped at ${state.screen} with nothing to do`);
		}

		if (state.values[field] === '') {
			throw new UsageError(
				`boxauth setup needs ${fieldFlags[field]} when it cannot ask (no terminal).`,
			);
		}

		events.push({type: 'field-submitted'});
	}
}
