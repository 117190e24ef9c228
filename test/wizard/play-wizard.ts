import assert from 'node:assert/strict';
import {advanceWizard} from '../../source/wizard/advance-wizard.js';
import type {WizardEffect, WizardEvent} from '../../source/wizard/wizard-events.js';
import type {WizardState} from '../../source/wizard/wizard-state.js';

/** Sends the events in order at `now`, collecting every effect asked for. */
export function playWizard(
	state: WizardState,
	events: readonly WizardEvent[],
	now: number,
): {state: WizardState; effects: WizardEffect[]} {
	const effects: WizardEffect[] = [];
	let current = state;
	for (const event of events) {
		const advanced = advanceWizard(current, event, now);
		current = advanced.state;
		effects.push(...advanced.effects);
	}

	return {state: current, effects};
}

/** Types each value into whichever field has the focus, and presses Enter, at `now`. */
export function typeIntoFocus(
	state: WizardState,
	values: readonly string[],
	now: number,
): {state: WizardState; effects: WizardEffect[]} {
	let current = state;
	const effects: WizardEffect[] = [];
	for (const value of values) {
		const field = current.focus;
		assert.ok(field, `a field has the focus on ${current.screen}`);
		const advanced = playWizard(
			current,
			[{type: 'field-edited', field, value}, {type: 'field-submitted'}],
			now,
		);
		current = advanced.state;
		effects.push(...advanced.effects);
	}

	return {state: current, effects};
}
