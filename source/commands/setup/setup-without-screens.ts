import {adminMessage} from '../../wizard/admin-authorization.js';
import {advanceWizard} from '../../wizard/advance-wizard.js';
import {runEffect, type SetupActions} from '../../wizard/setup-actions.js';
import {fieldsToType} from '../../wizard/typed-steps.js';
import type {WizardEffect, WizardEvent} from '../../wizard/wizard-events.js';
import type {StepFailure, WizardState} from '../../wizard/wizard-state.js';
import {UsageError} from '../command-input.js';
import {fieldFlags, flagOf} from './setup-request.js';

export type SetupResult = {
	/** 0 saved, 1 Box said no (or the admin has not approved yet). */
	exitCode: number;
	state: WizardState;
};

const failureText = (failure: StepFailure) =>
	'problem' in failure
		? failure.problem
		: [
				failure.diagnosis.what,
				...failure.diagnosis.fix.map((line, index) => `  ${index + 1}. ${line}`),
				...(failure.boxSaid ? [`Box said: ${failure.boxSaid}`] : []),
			].join('\n');

/**
 * The wizard without its screens, for scripts: the same state machine and the same checks, fed
 * from flags. A field the flags got wrong is a usage error naming the flag; stops at the admin
 * authorization step instead of waiting there, since a script cannot wait for a person.
 */
export async function setupWithoutScreens(
	start: {state: WizardState; effects: WizardEffect[]; events: WizardEvent[]},
	actions: SetupActions,
	options: {now: () => number; report: (line: string) => void},
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

			await runEffect(effect, actions, (event) => events.push(event), signal);
			continue;
		}

		const event = events.shift();
		if (event) {
			if (event.type === 'sign-in-waiting') {
				options.report(
					`Sign in to Box in a browser: ${event.authorizeUrl}\n(boxauth listens at ${event.redirectUri})`,
				);
			}

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
			options.report(
				[
					'Box says the app is not authorized by the enterprise admin yet. Send your admin this:',
					'',
					adminMessage({clientId: state.values.clientId, authType: state.authType ?? 'ccg'}),
					'',
					`Then run boxauth setup --profile ${state.values.profileName} again: it picks up here.`,
				].join('\n'),
			);
			return {exitCode: 1, state};
		}

		if (failure) {
			options.report(failureText(failure.failure));
			return {exitCode: 1, state};
		}

		if (state.screen === 'done') {
			return {exitCode: 0, state};
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
