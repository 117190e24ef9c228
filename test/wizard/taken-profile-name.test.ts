import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {WizardEvent} from '../../source/wizard/wizard-events.js';
import {initialWizardState, type WizardState} from '../../source/wizard/wizard-state.js';
import {playWizard} from './play-wizard.js';

const t0 = 1_800_000_000_000;
const play = (state: WizardState, events: WizardEvent[]) => playWizard(state, events, t0).state;
const enter: WizardEvent = {type: 'keys-typed', keys: [{type: 'enter'}]};

function atProfileName(takenNames: string[]) {
	return play(initialWizardState({sandbox: true, takenNames}), [
		{type: 'questions-skipped'},
		{type: 'auth-type-chosen', authType: 'ccg'},
	]);
}

describe('a profile name that is taken', () => {
	it('asks once, and Enter again on the same name replaces that profile', () => {
		const asked = play(atProfileName(['ccg']), [enter]);
		assert.equal(asked.focus, 'profileName');
		const {failure} = asked;
		assert.ok(failure && 'problem' in failure.failure);
		assert.match(
			failure.failure.problem,
			/A profile named ccg exists\. Press Enter again to replace it/,
		);
		const confirmed = play(asked, [enter]);
		assert.equal(confirmed.focus, 'clientId');
		assert.equal(confirmed.replacing, 'ccg');
	});

	it('asks again for another taken name, and not at all for a free one', () => {
		const asked = play(atProfileName(['ccg', 'work']), [enter]);
		const renamed = play(asked, [
			{type: 'field-edited', field: 'profileName', value: 'work'},
			enter,
		]);
		assert.equal(renamed.focus, 'profileName', 'work is taken too');
		const free = play(renamed, [{type: 'field-edited', field: 'profileName', value: 'new'}, enter]);
		assert.equal(free.focus, 'clientId');
		assert.equal(play(atProfileName([]), [enter]).focus, 'clientId');
	});
});
