import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {AuthType} from '../../source/box/auth-types.js';
import {diagnose} from '../../source/diagnosis/diagnose.js';
import {advanceWizard} from '../../source/wizard/advance-wizard.js';
import {resumeFromDraft} from '../../source/wizard/setup-draft.js';
import {backMove} from '../../source/wizard/step-back.js';
import type {CheckOutcome, WizardEvent} from '../../source/wizard/wizard-events.js';
import {initialWizardState, type WizardState} from '../../source/wizard/wizard-state.js';
import {playWizard, typeIntoFocus} from './play-wizard.js';

const clientId = 'k3c9x1z8q0w2e4r6t5y7u9i1o3p5a7s9';
const clientSecret = 'Qm7Rt2Xw9Lp4Vz8Nc3Hb6Jd1Fs5Gk0Ya';
const t0 = 1_800_000_000_000;

const play = (state: WizardState, events: WizardEvent[]) => playWizard(state, events, t0).state;

const back = (state: WizardState) => play(state, [{type: 'back'}]);

/** Types each value into whichever field has the focus, and presses Enter. */
const typeInOrder = (state: WizardState, values: string[]) =>
	typeIntoFocus(state, values, t0).state;

const atCreateApp = (authType: AuthType) =>
	play(initialWizardState({sandbox: false}), [
		{type: 'account-confirmed'},
		{type: 'questions-skipped'},
		{type: 'auth-type-chosen', authType},
	]);

const ccgAtEnterpriseId = () => typeInOrder(atCreateApp('ccg'), ['work', clientId, clientSecret]);

const notAuthorized: CheckOutcome = {
	ok: false,
	failure: {
		diagnosis: diagnose({
			status: 400,
			error: 'unauthorized_client',
			description: 'This app is not authorized by the enterprise admin',
		}),
	},
};

const waitingForTheAdmin = () =>
	play(typeInOrder(ccgAtEnterpriseId(), ['1234567']), [
		{type: 'credentials-checked', outcome: notAuthorized},
	]);

describe('Esc, one step back on every screen', () => {
	it('leaves from the account screen, the first: there is nothing behind it', () => {
		const first = initialWizardState({sandbox: false});
		assert.equal(backMove(first), 'leave');
		assert.equal(back(first), first, 'the state stays: the screen leaves');
	});

	it('leaves from the first question against the sandbox, whose account comes with it', () => {
		const first = initialWizardState({sandbox: true});
		assert.equal(first.screen, 'auth-type');
		assert.equal(backMove(first), 'leave');
	});

	it('goes from the first question to the account screen', () => {
		const questions = play(initialWizardState({sandbox: false}), [{type: 'account-confirmed'}]);
		assert.equal(backMove(questions), 'previous');
		assert.equal(back(questions).screen, 'account');
	});

	it('goes from a question to the one before, asking it again', () => {
		const second = play(initialWizardState({sandbox: true}), [
			{type: 'question-answered', question: 'just-trying', yes: false},
		]);
		const first = back(second);
		assert.equal(first.screen, 'auth-type');
		assert.deepEqual(first.answers, {}, 'the answer is taken back');
	});

	it('goes from the list of auth types to the question whose yes decided it', () => {
		const list = play(initialWizardState({sandbox: true}), [
			{type: 'question-answered', question: 'just-trying', yes: false},
			{type: 'question-answered', question: 'never-expires', yes: true},
		]);
		assert.equal(list.choosingAuthType, true);
		const questions = back(list);
		assert.equal(questions.choosingAuthType, false);
		assert.deepEqual(
			questions.answers,
			{'just-trying': false},
			'the deciding answer is asked again',
		);
	});

	it('goes from the list reached by skipping to the question it skipped from', () => {
		const list = play(initialWizardState({sandbox: true}), [
			{type: 'question-answered', question: 'just-trying', yes: false},
			{type: 'questions-skipped'},
		]);
		const questions = back(list);
		assert.equal(questions.choosingAuthType, false);
		assert.deepEqual(questions.answers, {'just-trying': false}, 'the answers given stay');
	});

	it('goes from a field of the app to the field before, keeping what was typed', () => {
		const atSecret = typeInOrder(atCreateApp('ccg'), ['work', clientId]);
		assert.equal(atSecret.focus, 'clientSecret');
		const atId = back({...atSecret, values: {...atSecret.values, clientSecret: 'half'}});
		assert.equal(atId.focus, 'clientId');
		assert.equal(atId.values.clientSecret, 'half', 'nothing typed is lost');
	});

	it("goes from the app's first field to the list of auth types", () => {
		const list = back(atCreateApp('jwt'));
		assert.equal(list.screen, 'auth-type');
		assert.equal(list.choosingAuthType, true);
		assert.equal(list.authType, 'jwt', 'highlighted where it was');
	});

	it("goes from the enterprise ID to the app's last field", () => {
		const app = back(ccgAtEnterpriseId());
		assert.equal(app.screen, 'create-app');
		assert.equal(app.focus, 'clientSecret');
	});

	it('goes from the admin step to the enterprise ID, waiting no more', () => {
		const waiting = waitingForTheAdmin();
		assert.equal(waiting.screen, 'admin-authorization');
		const enterprise = back(waiting);
		assert.equal(enterprise.screen, 'enterprise-id');
		assert.equal(enterprise.focus, 'subjectId');
		assert.equal(enterprise.statuses['admin-authorization'], 'pending');
		const due = advanceWizard(enterprise, {type: 'approval-check-due', round: 1}, t0 + 10_000);
		assert.deepEqual(due.effects, [], 'a wait under way for the admin checks nothing');
		assert.equal(enterprise.draftSaved, 'work', 'the draft saved stays saved');
	});

	it("goes from the admin step to the app's last field where no enterprise ID is asked", () => {
		const waiting = waitingForTheAdmin();
		const app = back({...waiting, values: {...waiting.values, subjectId: ''}});
		assert.equal(app.screen, 'create-app');
		assert.equal(app.focus, 'clientSecret');
	});

	it('goes from a field left in doubt to the field before it, then off the admin step', () => {
		const inDoubt = play(typeInOrder(ccgAtEnterpriseId(), ['1234567']), [
			{
				type: 'credentials-checked',
				outcome: {
					ok: false,
					failure: {
						diagnosis: diagnose({status: 400, description: 'Grant credentials are invalid'}),
						provenRight: ['clientId'],
					},
				},
			},
		]);
		assert.deepEqual(inDoubt.doubt?.fields, ['clientSecret', 'subjectId']);
		const atSecret = back(inDoubt);
		assert.equal(atSecret.screen, 'admin-authorization');
		assert.equal(atSecret.focus, 'clientSecret');
		const enterprise = back(atSecret);
		assert.equal(enterprise.screen, 'enterprise-id');
		assert.equal(enterprise.doubt, undefined);
	});

	it('goes from a failed first call to the enterprise ID, to ask Box again', () => {
		const asked = typeInOrder(ccgAtEnterpriseId(), ['1234567']);
		const saved = play(asked, [
			{
				type: 'credentials-checked',
				outcome: {ok: true, firstCall: {maskedToken: 'abcd…'}},
			},
			{type: 'profile-saved', outcome: {ok: false, problem: 'The keychain refused.'}},
		]);
		assert.equal(saved.screen, 'first-call');
		assert.equal(saved.statuses['first-call'], 'failed');
		const enterprise = back(saved);
		assert.equal(enterprise.screen, 'enterprise-id');
		assert.equal(enterprise.statuses['first-call'], 'pending');
		assert.equal(enterprise.failure, undefined);
	});

	it('goes back from a resumed setup too: its first screen is the admin step', () => {
		const resumed = resumeFromDraft(
			{
				profileName: 'later',
				authType: 'ccg',
				sandbox: false,
				clientId,
				subjectId: '1',
				savedAt: t0,
			},
			clientSecret,
		).state;
		assert.equal(backMove(resumed), 'wait', 'its first check is under way');
		const checked = play(resumed, [{type: 'credentials-checked', outcome: notAuthorized}]);
		assert.equal(back(checked).screen, 'enterprise-id');
	});

	it('waits while Box is being asked, so that its answer lands where it was asked', () => {
		const asking = typeInOrder(ccgAtEnterpriseId(), ['1234567']);
		assert.ok(asking.busy);
		assert.equal(backMove(asking), 'wait');
		assert.equal(back(asking), asking);
	});

	it('leaves from the done screen: the profile is saved', () => {
		const done = play(typeInOrder(ccgAtEnterpriseId(), ['1234567']), [
			{type: 'credentials-checked', outcome: {ok: true, firstCall: {maskedToken: 'abcd…'}}},
			{type: 'profile-saved', outcome: {ok: true, line: 'Saved work'}},
		]);
		assert.equal(done.screen, 'done');
		assert.equal(backMove(done), 'leave');
	});
});
