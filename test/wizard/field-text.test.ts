import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Key} from 'ink';
import {textKeysOf} from '../../source/ui/components/text-keys.js';
import {advanceWizard} from '../../source/wizard/advance-wizard.js';
import {atEnd, editText, keysOfTyped, type TextKey} from '../../source/wizard/field-text.js';
import {textOfField} from '../../source/wizard/typed-keys.js';
import {initialWizardState, type WizardState} from '../../source/wizard/wizard-state.js';

const t0 = 1_800_000_000_000;
const typed = (start: string, keys: TextKey[]) =>
	keys.reduce((text, key) => editText(text, key), atEnd(start));

const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

describe('the keys in one read', () => {
	it('reads three Backspaces sent together as three Backspaces', () => {
		assert.deepEqual(keysOfTyped('\u007F\u007F\u007F'), [
			{type: 'backspace'},
			{type: 'backspace'},
			{type: 'backspace'},
		]);
		assert.deepEqual(typed('ccgqa', keysOfTyped('\u007F\u007F\u007F')), {value: 'cc', cursor: 2});
	});

	it('reads keys typed ahead in order: text, Backspace (DEL or BS), text, Enter', () => {
		assert.deepEqual(keysOfTyped('ab\u007Fc\bd\r'), [
			{type: 'insert', text: 'ab'},
			{type: 'backspace'},
			{type: 'insert', text: 'c'},
			{type: 'backspace'},
			{type: 'insert', text: 'd'},
			{type: 'enter'},
		]);
	});

	it('counts CR LF, CR and LF each as one Enter', () => {
		assert.deepEqual(keysOfTyped('a\r\nb\nc\r'), [
			{type: 'insert', text: 'a'},
			{type: 'enter'},
			{type: 'insert', text: 'b'},
			{type: 'enter'},
			{type: 'insert', text: 'c'},
			{type: 'enter'},
		]);
	});

	it('never lets a control character into a value', () => {
		const pasted = keysOfTyped('\u0000to\u0007ken\u001B\u009B\t!');
		assert.deepEqual(pasted, [{type: 'insert', text: 'token!'}]);
	});

	it('keeps characters outside the BMP whole, and the cursor counts characters', () => {
		assert.deepEqual(typed('a😀', [{type: 'backspace'}]), {value: 'a', cursor: 1});
		assert.deepEqual(atEnd('a😀'), {value: 'a😀', cursor: 2});
	});

	it("maps Ink's keys: Backspace arrives as delete, a run of characters key by key", () => {
		assert.deepEqual(textKeysOf('', {...noKey, delete: true}), [{type: 'backspace'}]);
		assert.deepEqual(textKeysOf('', {...noKey, backspace: true}), [{type: 'backspace'}]);
		assert.deepEqual(textKeysOf('', {...noKey, return: true}), [{type: 'enter'}]);
		assert.deepEqual(textKeysOf('u', {...noKey, ctrl: true}), [{type: 'clear'}]);
		assert.deepEqual(textKeysOf('', {...noKey, upArrow: true}), []);
		assert.deepEqual(textKeysOf('x', {...noKey, ctrl: true}), [], 'other Ctrl keys type nothing');
		assert.deepEqual(textKeysOf('ab\u007F', noKey), [
			{type: 'insert', text: 'ab'},
			{type: 'backspace'},
		]);
	});
});

describe('editing a line', () => {
	it('inserts and deletes at the cursor', () => {
		const moved = typed('abcd', [{type: 'left'}, {type: 'left'}]);
		assert.deepEqual(moved, {value: 'abcd', cursor: 2});
		assert.deepEqual(editText(moved, {type: 'insert', text: 'X'}), {value: 'abXcd', cursor: 3});
		assert.deepEqual(editText(moved, {type: 'backspace'}), {value: 'acd', cursor: 1});
		assert.deepEqual(editText(moved, {type: 'clear'}), {value: 'cd', cursor: 0});
	});

	it('stops the cursor at both ends, and Backspace at the start does nothing', () => {
		assert.deepEqual(typed('ab', [{type: 'right'}]), {value: 'ab', cursor: 2});
		const home = typed('ab', [{type: 'home'}, {type: 'left'}, {type: 'backspace'}]);
		assert.deepEqual(home, {value: 'ab', cursor: 0});
		assert.deepEqual(editText(home, {type: 'end'}), {value: 'ab', cursor: 2});
	});
});

describe('keys in the wizard', () => {
	function atClientId(): WizardState {
		let state = initialWizardState({sandbox: true});
		for (const event of [
			{type: 'questions-skipped'},
			{type: 'auth-type-chosen', authType: 'ccg', defaults: {clientId: 'abc'}},
		] as const) {
			state = advanceWizard(state, event, t0).state;
		}

		while (state.focus !== 'clientId') {
			state = advanceWizard(state, {type: 'keys-typed', keys: [{type: 'enter'}]}, t0).state;
		}

		return state;
	}

	it('starts the cursor at the end of a pre-filled field, whatever the last field left', () => {
		let state = atClientId();
		assert.deepEqual(textOfField(state, 'clientId'), {value: 'abc', cursor: 3});
		state = advanceWizard(
			state,
			{type: 'keys-typed', keys: [{type: 'insert', text: 'X'}]},
			t0,
		).state;
		assert.equal(state.values.clientId, 'abcX');
	});

	it('applies every key of a burst to the text as the last key left it', () => {
		const state = advanceWizard(
			atClientId(),
			{type: 'keys-typed', keys: keysOfTyped('\u007F\u007F\u007Fk3c9')},
			t0,
		).state;
		assert.equal(state.values.clientId, 'k3c9');
	});

	it('sends what follows an Enter to the next field', () => {
		const clientId = 'k3c9x1z8q0w2e4r6t5y7u9i1o3p5a7s9';
		const state = advanceWizard(
			atClientId(),
			{type: 'keys-typed', keys: [{type: 'clear'}, ...keysOfTyped(`${clientId}\rsecret`)]},
			t0,
		).state;
		assert.equal(state.values.clientId, clientId);
		assert.equal(state.focus, 'clientSecret');
		assert.equal(state.values.clientSecret, 'secret');
	});
});
