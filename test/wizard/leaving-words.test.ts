import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {leavingWords} from '../../source/wizard/leaving-words.js';
import {initialWizardState, type WizardState} from '../../source/wizard/wizard-state.js';

const at = (
	changes: Partial<WizardState>,
	options: {sandbox?: boolean; profile?: string} = {},
) => ({
	...initialWizardState({
		sandbox: options.sandbox ?? false,
		...(options.profile === undefined ? {} : {profileName: options.profile}),
	}),
	...changes,
});

describe('what the wizard says as the person leaves', () => {
	it('says that nothing was saved, and the command that starts again', () => {
		assert.equal(
			leavingWords(at({})),
			'Setup left at Box account. Nothing was saved; boxauth setup starts again.',
		);
		assert.equal(
			leavingWords(at({screen: 'create-app'}, {sandbox: true, profile: 'work'})),
			'Setup left at Platform App. Nothing was saved; boxauth setup --sandbox --profile work starts again.',
			'with the flags it was started with',
		);
	});

	it('names the step as the checklist does, never by its id', () => {
		for (const screen of ['auth-type', 'enterprise-id', 'first-call'] as const) {
			assert.doesNotMatch(leavingWords(at({screen})) ?? '', new RegExp(screen));
		}
	});

	it('says where a saved draft picks up', () => {
		assert.equal(
			leavingWords(at({screen: 'admin-authorization', draftSaved: 'later'})),
			'Setup left at Admin authorization: boxauth setup --profile later picks up here.',
		);
		assert.equal(
			leavingWords(at({screen: 'enterprise-id', draftSaved: 'later'})),
			'Setup left at Enterprise ID: boxauth setup --profile later picks up at Admin authorization.',
		);
	});

	it('does not claim nothing was saved while the profile was being saved', () => {
		const saving = at({
			screen: 'first-call',
			values: {...at({}).values, profileName: 'work'},
			statuses: {...at({}).statuses, 'first-call': 'checking'},
		});
		assert.equal(
			leavingWords(saving),
			'Setup left at First API call while saving the profile: boxauth status shows whether work was saved.',
		);
	});

	it('says nothing once setup is done: the last screen stays', () => {
		assert.equal(leavingWords(at({screen: 'done'})), undefined);
	});
});
