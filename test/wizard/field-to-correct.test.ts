import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {AuthType} from '../../source/box/auth-types.js';
import {diagnose} from '../../source/diagnosis/diagnose.js';
import type {Diagnosis} from '../../source/diagnosis/diagnosis.js';
import {diagnosisTable} from '../../source/diagnosis/diagnosis-table.js';
import type {CheckOutcome, WizardEvent} from '../../source/wizard/wizard-events.js';
import {initialWizardState, type WizardState} from '../../source/wizard/wizard-state.js';
import {playWizard, typeIntoFocus} from './play-wizard.js';

const clientId = 'k3c9x1z8q0w2e4r6t5y7u9i1o3p5a7s9';
const clientSecret = 'Qm7Rt2Xw9Lp4Vz8Nc3Hb6Jd1Fs5Gk0Ya';

const play = (state: WizardState, events: WizardEvent[]) => playWizard(state, events, 0).state;

/** Types each value into whichever field has the focus, and presses Enter. */
const typeInOrder = (state: WizardState, values: string[]) => typeIntoFocus(state, values, 0).state;

const atCreateApp = (authType: AuthType) =>
	play(initialWizardState({sandbox: true}), [
		{type: 'questions-skipped'},
		{type: 'auth-type-chosen', authType},
	]);

const refused = (diagnosis: Diagnosis): WizardEvent => ({
	type: 'credentials-checked',
	outcome: {ok: false, failure: {diagnosis}} satisfies CheckOutcome,
});

/** Every row of the diagnosis table that says the enterprise (or user) ID is what to correct. */
const atEnterpriseId: Diagnosis[] = diagnosisTable
	.filter((row) => row.step === 'enterprise-id')
	.map((row) => ({id: row.id, what: row.id, why: [], fix: [], step: 'enterprise-id', docs: ''}));

/** A CCG setup that asked Box with the enterprise ID typed. */
const ccgAsking = () =>
	typeInOrder(atCreateApp('ccg'), ['work', clientId, clientSecret, '7654321']);

describe('a refusal that names the enterprise ID', () => {
	it('has rows in the diagnosis table to test', () => {
		assert.ok(atEnterpriseId.length > 0);
	});

	it('is reported at the enterprise ID field, not the client secret', () => {
		for (const diagnosis of atEnterpriseId) {
			const state = play(ccgAsking(), [refused(diagnosis)]);
			assert.equal(state.screen, 'enterprise-id', diagnosis.id);
			assert.equal(state.focus, 'subjectId', `${diagnosis.id}: the field to correct`);
			assert.equal(state.failure?.field, 'subjectId', `${diagnosis.id}: shown at the field`);
			assert.equal(state.values.subjectId, '7654321', 'what was typed is kept to correct');
		}
	});

	it('is reported there when the check came from beside the admin step, the secret in focus', () => {
		const grantCredentialsInvalid = diagnose({
			status: 400,
			error: 'invalid_grant',
			description: 'Grant credentials are invalid',
			context: {authType: 'ccg', subjectType: 'enterprise', subjectId: '7654321'},
		});
		const inDoubt = play(ccgAsking(), [refused(grantCredentialsInvalid), {type: 'field-back'}]);
		assert.equal(inDoubt.screen, 'admin-authorization', 'an ambiguous answer waits, in doubt');
		assert.equal(inDoubt.focus, 'clientSecret');
		for (const diagnosis of atEnterpriseId) {
			const state = play(inDoubt, [{type: 'check-now'}, refused(diagnosis)]);
			assert.equal(state.screen, 'enterprise-id', diagnosis.id);
			assert.equal(state.focus, 'subjectId', diagnosis.id);
			assert.equal(state.doubt, undefined, `${diagnosis.id}: the doubt is settled`);
		}
	});

	it('is reported at the enterprise ID of a JWT app whose config named one Box refused', () => {
		const asking = play(typeInOrder(atCreateApp('jwt'), ['work', 'config.json']), [
			{type: 'jwt-config-read', outcome: {ok: true, clientId, enterpriseId: '7654321'}},
		]);
		assert.equal(asking.screen, 'create-app', 'asked from the config file');
		for (const diagnosis of atEnterpriseId) {
			const state = play(asking, [refused(diagnosis)]);
			assert.equal(state.screen, 'enterprise-id', diagnosis.id);
			assert.equal(state.focus, 'subjectId', diagnosis.id);
		}
	});

	it('stays on the app screen for an auth type that has no enterprise ID, offering the login again', () => {
		const signingIn = typeInOrder(atCreateApp('oauth'), ['me', clientId, clientSecret]);
		assert.ok(signingIn.busy, 'the browser sign-in is under way');
		for (const diagnosis of atEnterpriseId) {
			const state = play(signingIn, [refused(diagnosis)]);
			assert.equal(state.screen, 'create-app', diagnosis.id);
			assert.equal(state.statuses['enterprise-id'], 'skipped', `${diagnosis.id}: still not needed`);
			assert.equal(state.failure?.field, undefined, `${diagnosis.id}: no field is at fault`);
		}

		const developer = typeInOrder(atCreateApp('developer-token'), ['dev', 'a'.repeat(32)]);
		const state = play(developer, [refused(atEnterpriseId[0] as Diagnosis)]);
		assert.equal(state.screen, 'create-app');
		assert.equal(state.focus, 'token', 'the token, to paste again');
	});
});
