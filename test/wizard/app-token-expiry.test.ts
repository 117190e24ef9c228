import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {fieldChoices, valueInWords} from '../../source/wizard/setup-fields.js';
import type {WizardEvent} from '../../source/wizard/wizard-events.js';
import {initialWizardState, type WizardState} from '../../source/wizard/wizard-state.js';
import {playWizard} from './play-wizard.js';

const token = 'abcdefghijklmnopqrstuvwxyz012345';

const play = (state: WizardState, events: WizardEvent[]) => playWizard(state, events, 0);

/** An App Token setup at its expiry, the name and the token typed. */
const atExpiry = () =>
	play(initialWizardState({sandbox: true}), [
		{type: 'questions-skipped'},
		{type: 'auth-type-chosen', authType: 'app-token'},
		{type: 'field-submitted'},
		{type: 'field-edited', field: 'token', value: token},
		{type: 'field-submitted'},
	]).state;

describe("the App Token's expiry, picked from the console's choices", () => {
	it('offers 30 days, 60 days and never, as the Developer Console does', () => {
		assert.deepEqual(
			fieldChoices.appTokenExpiry?.map((choice) => [choice.value, choice.label]),
			[
				['30-days', '30 days'],
				['60-days', '60 days'],
				['never', 'Never'],
			],
		);
		assert.equal(valueInWords('appTokenExpiry', '30-days'), '30 days', 'shown in words');
	});

	it('takes the choice and asks Box with it at once', () => {
		const state = atExpiry();
		assert.equal(state.focus, 'appTokenExpiry');
		const {state: asking, effects} = play(state, [
			{type: 'field-chosen', field: 'appTokenExpiry', value: '30-days'},
		]);
		assert.equal(asking.values.appTokenExpiry, '30-days');
		assert.deepEqual(effects, [
			{
				type: 'check-credentials',
				credentials: {authType: 'app-token', token, expiry: '30-days'},
			},
		]);
	});

	it('ignores a choice for a field that does not have the focus', () => {
		const atToken = play(atExpiry(), [{type: 'field-back'}]).state;
		assert.equal(atToken.focus, 'token');
		const {state, effects} = play(atToken, [
			{type: 'field-chosen', field: 'appTokenExpiry', value: '60-days'},
		]);
		assert.equal(state, atToken);
		assert.deepEqual(effects, []);
	});

	it('drops keys typed ahead onto the list: no text has the keyboard there', () => {
		const atToken = play(atExpiry(), [{type: 'field-back'}]).state;
		const {state} = play(atToken, [
			{type: 'keys-typed', keys: [{type: 'enter'}, {type: 'insert', text: 'xyz'}]},
		]);
		assert.equal(state.focus, 'appTokenExpiry');
		assert.equal(state.values.appTokenExpiry, 'never', 'as it was');
	});
});
