import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {AuthType} from '../../source/box/auth-types.js';
import {diagnose} from '../../source/diagnosis/diagnose.js';
import {checklistOf} from '../../source/wizard/checklist.js';
import {draftOf, resumeFromDraft} from '../../source/wizard/setup-draft.js';
import {fieldsToType} from '../../source/wizard/typed-steps.js';
import type {CheckOutcome, WizardEvent} from '../../source/wizard/wizard-events.js';
import {initialWizardState, type WizardState} from '../../source/wizard/wizard-state.js';
import {playWizard, typeIntoFocus} from './play-wizard.js';

const clientId = 'k3c9x1z8q0w2e4r6t5y7u9i1o3p5a7s9';
const clientSecret = 'Qm7Rt2Xw9Lp4Vz8Nc3Hb6Jd1Fs5Gk0Ya';
const t0 = 1_800_000_000_000;

const play = (state: WizardState, events: WizardEvent[], now = t0) =>
	playWizard(state, events, now);

const typeInOrder = (state: WizardState, values: string[]) => typeIntoFocus(state, values, t0);

function atCreateApp(authType: AuthType, options: {sandbox?: boolean} = {}) {
	return play(initialWizardState({sandbox: options.sandbox ?? false}), [
		...(options.sandbox ? [] : [{type: 'account-confirmed'} as const]),
		{type: 'questions-skipped'},
		{type: 'auth-type-chosen', authType},
	]).state;
}

const boxRefused = (failure: Parameters<typeof diagnose>[0]): CheckOutcome => ({
	ok: false,
	failure: {diagnosis: diagnose(failure), boxSaid: 'from the test'},
});
const notAuthorized = boxRefused({
	status: 400,
	error: 'unauthorized_client',
	description: 'This app is not authorized by the enterprise admin',
});
const worked: CheckOutcome = {
	ok: true,
	firstCall: {
		maskedToken: 'abcd…',
		identity: {
			id: '11',
			name: 'Demo Service Account',
			login: 'AutomationUser_1_x@boxdevedition.com',
			enterpriseId: '1234567',
			isServiceAccount: true,
		},
	},
};

/** A CCG setup with the client ID, secret and enterprise ID typed, waiting for Box's answer. */
function ccgAskingBox() {
	const typedApp = typeInOrder(atCreateApp('ccg'), ['work', clientId, clientSecret]);
	assert.equal(typedApp.state.screen, 'enterprise-id', 'CCG asks the enterprise ID next');
	return typeInOrder(typedApp.state, ['1234567']);
}

describe('the wizard state machine', () => {
	it('starts at the account step, or past it against the sandbox', () => {
		assert.equal(initialWizardState({sandbox: false}).screen, 'account');
		const sandbox = initialWizardState({sandbox: true});
		assert.equal(sandbox.screen, 'auth-type');
		assert.equal(sandbox.statuses.account, 'passed');
	});

	it('asks questions until the answers decide, then shows the list', () => {
		const start = play(initialWizardState({sandbox: false}), [{type: 'account-confirmed'}]).state;
		const trying = play(start, [{type: 'question-answered', question: 'just-trying', yes: true}]);
		assert.equal(trying.state.choosingAuthType, true, 'one yes decides: the developer token');
		const server = play(start, [
			{type: 'question-answered', question: 'just-trying', yes: false},
			{type: 'question-answered', question: 'never-expires', yes: false},
		]);
		assert.equal(server.state.choosingAuthType, false, 'two noes do not decide yet');
	});

	it('marks the steps an auth type does not go through as not needed', () => {
		const developer = atCreateApp('developer-token');
		assert.equal(developer.statuses['admin-authorization'], 'skipped');
		assert.equal(developer.statuses['enterprise-id'], 'skipped');
		assert.equal(atCreateApp('ccg').statuses['admin-authorization'], 'pending');
		assert.equal(atCreateApp('app-token').statuses['enterprise-id'], 'skipped');
	});

	it('offers a profile name and does not ask one given with --profile', () => {
		assert.equal(atCreateApp('jwt').values.profileName, 'jwt');
		const named = play(initialWizardState({sandbox: true, profileName: 'work'}), [
			{type: 'auth-type-chosen', authType: 'ccg'},
		]).state;
		assert.deepEqual(fieldsToType(named), ['clientId', 'clientSecret']);
		assert.equal(named.focus, 'clientId');
	});

	it('fills in the demo values against the sandbox without replacing what was typed', () => {
		const state = play(initialWizardState({sandbox: true, values: {clientId}}), [
			{
				type: 'auth-type-chosen',
				authType: 'ccg',
				defaults: {clientId: 'other', clientSecret, subjectId: '42'},
			},
		]).state;
		assert.equal(state.values.clientId, clientId);
		assert.equal(state.values.clientSecret, clientSecret);
		assert.equal(state.values.subjectId, '42');
	});

	it('shows a bad field at the field and keeps everything typed', () => {
		const start = typeInOrder(atCreateApp('ccg'), ['work']).state;
		const {state, effects} = typeInOrder(start, ['https://app.box.com/developers/console/app/1']);
		assert.equal(state.focus, 'clientId', 'the focus stays on the bad field');
		assert.equal(state.failure?.field, 'clientId');
		assert.ok(state.failure && 'problem' in state.failure.failure, 'a problem, not a diagnosis');
		assert.equal(state.values.clientId, 'https://app.box.com/developers/console/app/1');
		assert.equal(state.values.profileName, 'work');
		assert.equal(state.statuses['create-app'], 'failed');
		assert.deepEqual(effects, [], 'nothing is sent to Box');
	});

	it('trims a pasted Bearer prefix from a token', () => {
		const start = typeInOrder(atCreateApp('developer-token'), ['dev']).state;
		const {state, effects} = typeInOrder(start, ['  Bearer abcdefghijklmnopqrstuvwxyz012345 ']);
		assert.equal(state.values.token, 'abcdefghijklmnopqrstuvwxyz012345');
		assert.deepEqual(effects, [
			{
				type: 'check-credentials',
				credentials: {authType: 'developer-token', token: 'abcdefghijklmnopqrstuvwxyz012345'},
			},
		]);
		assert.equal(state.statuses['create-app'], 'checking');
		assert.ok(state.busy, 'the spinner says what is being checked');
	});

	it('goes back a field with ↑, and from the first field to the auth types', () => {
		const second = typeInOrder(atCreateApp('ccg'), ['work']).state;
		const back = play(second, [{type: 'field-back'}]).state;
		assert.equal(back.focus, 'profileName');
		const types = play(back, [{type: 'field-back'}]).state;
		assert.equal(types.screen, 'auth-type');
		assert.equal(types.choosingAuthType, true);
	});

	it('asks Box for a CCG token with the enterprise ID', () => {
		const {state, effects} = ccgAskingBox();
		assert.deepEqual(effects, [
			{
				type: 'check-credentials',
				credentials: {
					authType: 'ccg',
					clientId,
					clientSecret,
					subject: {type: 'enterprise', id: '1234567'},
				},
			},
		]);
		assert.equal(state.statuses['enterprise-id'], 'checking');
	});

	it('takes "user 12345" in the enterprise ID field to act as one user', () => {
		const typedApp = typeInOrder(atCreateApp('ccg'), ['work', clientId, clientSecret]);
		const {state, effects} = typeInOrder(typedApp.state, ['  User:42 ']);
		assert.equal(state.values.subjectId, 'user 42');
		assert.deepEqual(effects, [
			{
				type: 'check-credentials',
				credentials: {authType: 'ccg', clientId, clientSecret, subject: {type: 'user', id: '42'}},
			},
		]);
		assert.match(state.busy ?? '', /for user 42/);
		const bad = typeInOrder(typedApp.state, ['user ada']);
		assert.equal(bad.state.focus, 'subjectId');
		assert.ok(
			bad.state.failure &&
				'problem' in bad.state.failure.failure &&
				/user ID/.test(bad.state.failure.failure.problem),
			'a user ID that is no number is refused at the field',
		);
	});

	it('saves the profile once Box gives a token, and says who it acts as', () => {
		const asking = ccgAskingBox().state;
		const {state, effects} = play(asking, [{type: 'credentials-checked', outcome: worked}]);
		assert.equal(state.screen, 'first-call');
		assert.deepEqual(effects, [{type: 'save-profile', name: 'work'}]);
		for (const step of ['create-app', 'enterprise-id', 'admin-authorization'] as const) {
			assert.equal(state.statuses[step], 'passed', `${step} passed`);
		}

		const done = play(state, [{type: 'profile-saved', outcome: {ok: true, line: 'Saved work'}}]);
		assert.equal(done.state.screen, 'done');
		assert.equal(done.state.statuses['first-call'], 'passed');
		assert.equal(done.state.firstCall?.identity?.isServiceAccount, true);
	});

	it('opens the admin step on unauthorized_client, saves a draft and polls', () => {
		const asking = ccgAskingBox().state;
		const {state, effects} = play(asking, [{type: 'credentials-checked', outcome: notAuthorized}]);
		assert.equal(state.screen, 'admin-authorization');
		assert.equal(state.statuses['admin-authorization'], 'checking');
		assert.equal(effects[0]?.type, 'save-draft');
		assert.ok(
			effects[0]?.type === 'save-draft' && !JSON.stringify(effects[0].draft).includes(clientSecret),
			'the draft holds no secret',
		);
		assert.deepEqual(effects[1], {type: 'wait-for-approval-check', delayMs: 10_000, round: 1});
		assert.deepEqual(state.polling, {
			checksSoFar: 1,
			lastCheckedAt: t0,
			intervalMs: 10_000,
			checking: false,
		});
	});

	it('keeps polling while the admin has not approved, and ticks the step when they do', () => {
		const waiting = play(ccgAskingBox().state, [
			{type: 'credentials-checked', outcome: notAuthorized},
		]).state;
		const due = play(waiting, [{type: 'approval-check-due', round: 1}], t0 + 10_000);
		assert.equal(due.state.polling?.checking, true);
		assert.equal(due.effects[0]?.type, 'check-credentials');
		const again = play(
			due.state,
			[{type: 'credentials-checked', outcome: notAuthorized}],
			t0 + 11_000,
		);
		assert.equal(again.state.polling?.checksSoFar, 2);
		assert.equal(again.state.polling?.lastCheckedAt, t0 + 11_000);
		assert.equal(again.effects[0]?.type, 'wait-for-approval-check');
		const approved = play(play(again.state, [{type: 'approval-check-due', round: 2}]).state, [
			{type: 'credentials-checked', outcome: worked},
		]);
		assert.equal(approved.state.statuses['admin-authorization'], 'passed');
		assert.equal(approved.state.screen, 'first-call');
		assert.equal(approved.state.polling, undefined);
	});

	it('does not start a second check while one is running', () => {
		const waiting = play(ccgAskingBox().state, [
			{type: 'credentials-checked', outcome: notAuthorized},
		]).state;
		const checking = play(waiting, [{type: 'check-now'}]).state;
		assert.deepEqual(play(checking, [{type: 'check-now'}]).effects, []);
	});

	it('checks again as the check under way ends when c is pressed during it', () => {
		const waiting = play(ccgAskingBox().state, [
			{type: 'credentials-checked', outcome: notAuthorized},
		]).state;
		const asked = play(waiting, [{type: 'check-now'}, {type: 'check-now'}]);
		assert.equal(asked.effects.length, 1, 'one check at a time');
		const ended = play(asked.state, [{type: 'credentials-checked', outcome: notAuthorized}]);
		assert.deepEqual(
			ended.effects.map((effect) => effect.type),
			['check-credentials'],
			'the answer may predate the admin: asked again at once, not in 10 s',
		);
		const next = play(ended.state, [{type: 'credentials-checked', outcome: notAuthorized}]);
		assert.deepEqual(
			next.effects.map((effect) => effect.type),
			['wait-for-approval-check'],
			'then waiting as before',
		);
	});

	it('keeps one chain of checks when c checks early: the wait it replaced is ignored', () => {
		const waiting = play(ccgAskingBox().state, [
			{type: 'credentials-checked', outcome: notAuthorized},
		]).state;
		const early = play(waiting, [
			{type: 'check-now'},
			{type: 'credentials-checked', outcome: notAuthorized},
		]);
		assert.deepEqual(early.effects.at(-1), {
			type: 'wait-for-approval-check',
			delayMs: 10_000,
			round: 2,
		});
		assert.deepEqual(
			play(early.state, [{type: 'approval-check-due', round: 1}]).effects,
			[],
			'the first wait, replaced by the early check, checks nothing',
		);
		assert.equal(
			play(early.state, [{type: 'approval-check-due', round: 2}]).effects[0]?.type,
			'check-credentials',
		);
	});

	it('plays the admin only against the sandbox', () => {
		const waiting = play(ccgAskingBox().state, [
			{type: 'credentials-checked', outcome: notAuthorized},
		]).state;
		assert.deepEqual(play(waiting, [{type: 'play-admin'}]).effects, []);
		assert.deepEqual(play({...waiting, sandbox: true}, [{type: 'play-admin'}]).effects, [
			{type: 'approve-in-sandbox', clientId},
		]);
	});

	it('sends a wrong secret back to its field with the diagnosis, keeping what was typed', () => {
		const {state} = play(ccgAskingBox().state, [
			{
				type: 'credentials-checked',
				outcome: boxRefused({
					status: 400,
					error: 'invalid_client',
					description: 'The client credentials are invalid',
				}),
			},
		]);
		assert.equal(state.screen, 'create-app');
		assert.equal(state.focus, 'clientSecret');
		assert.equal(state.statuses['create-app'], 'failed');
		assert.equal(state.values.clientSecret, clientSecret, 'the secret typed is kept to correct');
		assert.equal(state.values.subjectId, '1234567');
		assert.ok(state.failure && 'diagnosis' in state.failure.failure, 'the diagnosis is shown');
		const corrected = typeInOrder(state, ['Zz7Rt2Xw9Lp4Vz8Nc3Hb6Jd1Fs5Gk0Ya']);
		assert.equal(corrected.state.screen, 'enterprise-id', 'on to the enterprise ID again');
	});

	it('sends each diagnosis to the step it names', () => {
		const cases: Array<[Parameters<typeof diagnose>[0], string, string | undefined]> = [
			[
				{
					status: 400,
					error: 'unauthorized_client',
					description: 'The "box_subject_type" value is unauthorized for this client_id',
				},
				'auth-type',
				undefined,
			],
			[{transport: 'refused'}, 'enterprise-id', 'subjectId'],
		];
		for (const [failure, step, field] of cases) {
			const diagnosis = diagnose(failure);
			const {state} = play(ccgAskingBox().state, [
				{type: 'credentials-checked', outcome: {ok: false, failure: {diagnosis}}},
			]);
			assert.equal(state.screen, diagnosis.step ?? step, `${diagnosis.id} goes to its step`);
			assert.equal(state.focus, field ?? state.focus, `${diagnosis.id} focuses its field`);
			assert.equal(state.busy, undefined, 'nothing is busy after a failure');
		}
	});

	it('reads a JWT config first, then asks Box with its enterprise', () => {
		const typedConfig = typeInOrder(atCreateApp('jwt'), ['jwt', '~/config.json']);
		assert.deepEqual(typedConfig.effects, [{type: 'read-jwt-config', path: '~/config.json'}]);
		const bad = play(typedConfig.state, [
			{
				type: 'jwt-config-read',
				outcome: {ok: false, problem: 'The config has no "boxAppSettings.clientID"'},
			},
		]).state;
		assert.equal(bad.focus, 'jwtConfigPath');
		assert.equal(bad.values.jwtConfigPath, '~/config.json');
		const good = play(typedConfig.state, [
			{type: 'jwt-config-read', outcome: {ok: true, clientId, enterpriseId: '777'}},
		]);
		assert.deepEqual(good.effects, [
			{
				type: 'check-credentials',
				credentials: {
					authType: 'jwt',
					jwtConfigPath: '~/config.json',
					subject: {type: 'enterprise', id: '777'},
				},
			},
		]);
		assert.equal(good.state.values.clientId, clientId, 'the admin message can name the client ID');
		const noEnterprise = play(typedConfig.state, [
			{type: 'jwt-config-read', outcome: {ok: true, clientId}},
		]).state;
		assert.equal(noEnterprise.screen, 'enterprise-id');
	});

	it('signs in with OAuth, shows the URL, and offers a retry when the browser stalls', () => {
		const typedApp = typeInOrder(atCreateApp('oauth'), ['me', clientId, clientSecret]);
		assert.deepEqual(typedApp.effects, [{type: 'sign-in', clientId, clientSecret}]);
		const waiting = play(typedApp.state, [
			{
				type: 'sign-in-waiting',
				authorizeUrl: 'https://account.box.com/api/oauth2/authorize?x',
				redirectUri: 'http://localhost:4000/callback',
				browserOpened: false,
			},
		]).state;
		assert.equal(waiting.signIn?.redirectUri, 'http://localhost:4000/callback');
		const stalled = play(waiting, [
			{type: 'sign-in-stalled', problem: 'The browser never came back'},
		]).state;
		assert.equal(stalled.signIn?.stalled, 'The browser never came back');
		assert.equal(stalled.busy, undefined);
		assert.deepEqual(play(stalled, [{type: 'retry-sign-in'}]).effects, [
			{type: 'sign-in', clientId, clientSecret},
		]);
		assert.deepEqual(
			play(waiting, [{type: 'redirect-pasted', url: 'http://localhost/callback?code=x&state=y'}])
				.effects,
			[{type: 'finish-sign-in', pastedUrl: 'http://localhost/callback?code=x&state=y'}],
		);
	});

	it('sends the user back to the enterprise ID when users/me names another enterprise', () => {
		const asking = ccgAskingBox().state;
		const identity = worked.ok ? worked.firstCall.identity : undefined;
		assert.ok(identity, 'the fixture has an identity');
		const elsewhere: CheckOutcome = {
			ok: true,
			firstCall: {maskedToken: 'abcd…', identity: {...identity, enterpriseId: '999'}},
		};
		const {state, effects} = play(asking, [{type: 'credentials-checked', outcome: elsewhere}]);
		assert.equal(state.screen, 'enterprise-id');
		assert.equal(state.focus, 'subjectId');
		assert.deepEqual(effects, [], 'nothing is saved');
		const problem =
			state.failure && 'problem' in state.failure.failure ? state.failure.failure.problem : '';
		assert.match(problem, /999, not 1234567/);
	});

	it('shows a failed save at the first-call step', () => {
		const asking = play(ccgAskingBox().state, [
			{type: 'credentials-checked', outcome: worked},
		]).state;
		const {state} = play(asking, [
			{type: 'profile-saved', outcome: {ok: false, problem: 'The keychain refused'}},
		]);
		assert.equal(state.screen, 'first-call');
		assert.equal(state.statuses['first-call'], 'failed');
	});

	it('tries the upload preflight once at a time after setup', () => {
		const done = play(
			play(ccgAskingBox().state, [{type: 'credentials-checked', outcome: worked}]).state,
			[{type: 'profile-saved', outcome: {ok: true, line: 'Saved'}}],
		).state;
		const trying = play(done, [{type: 'preflight-requested', fileName: 'report.pdf'}]);
		assert.deepEqual(trying.effects, [{type: 'try-preflight', fileName: 'report.pdf'}]);
		assert.deepEqual(
			play(trying.state, [{type: 'preflight-requested', fileName: 'b'}]).effects,
			[],
		);
		const answered = play(trying.state, [{type: 'preflight-tried', answer: 'exists as file 12'}]);
		assert.equal(answered.state.preflight?.answer, 'exists as file 12');
	});

	it('keeps a draft without secrets and resumes polling from it', () => {
		const waiting = play(ccgAskingBox().state, [
			{type: 'credentials-checked', outcome: notAuthorized},
		]).state;
		const draft = draftOf(waiting, t0);
		assert.ok(draft, 'a CCG setup has a draft');
		assert.deepEqual(draft, {
			profileName: 'work',
			authType: 'ccg',
			sandbox: false,
			clientId,
			subjectId: '1234567',
			savedAt: t0,
		});
		const resumed = resumeFromDraft(draft, clientSecret);
		assert.equal(resumed.state.screen, 'admin-authorization');
		assert.equal(resumed.state.profileNameFixed, true);
		assert.deepEqual(resumed.effects, [
			{
				type: 'check-credentials',
				credentials: {
					authType: 'ccg',
					clientId,
					clientSecret,
					subject: {type: 'enterprise', id: '1234567'},
				},
			},
		]);
		assert.equal(draftOf(atCreateApp('oauth'), t0), undefined, 'OAuth has no admin step to resume');
	});

	it('lists the checklist in the order the steps are taken, marking the current one', () => {
		const asking = ccgAskingBox().state;
		const list = checklistOf(asking);
		assert.deepEqual(
			list.map((item) => item.step),
			['account', 'auth-type', 'create-app', 'enterprise-id', 'admin-authorization', 'first-call'],
		);
		assert.equal(list.find((item) => item.current)?.step, 'enterprise-id');
		assert.equal(list[1]?.label, 'Auth type: Client Credentials Grant');
	});

	it('ignores keys that do not belong on the screen', () => {
		const start = initialWizardState({sandbox: false});
		for (const event of [
			{type: 'field-submitted'},
			{type: 'play-admin'},
			{type: 'check-now'},
			{type: 'retry-sign-in'},
			{type: 'preflight-requested', fileName: 'x'},
			{type: 'auth-type-chosen', authType: 'ccg'},
		] as WizardEvent[]) {
			const {state, effects} = play(start, [event]);
			assert.equal(state.screen, 'account', `${event.type} changes nothing on the account step`);
			assert.deepEqual(effects, []);
		}
	});
});

describe('the admin step when Box cannot tell a waiting app from a typing mistake', () => {
	const grantCredentialsInvalid = (provenRight?: Array<'clientId'>): CheckOutcome => ({
		ok: false,
		failure: {
			diagnosis: diagnose({
				status: 400,
				error: 'invalid_grant',
				description: 'Grant credentials are invalid',
				context: {authType: 'ccg', subjectType: 'enterprise', subjectId: '1234567'},
			}),
			...(provenRight ? {provenRight} : {}),
		},
	});
	const inDoubt = (outcome = grantCredentialsInvalid()) =>
		play(ccgAskingBox().state, [{type: 'credentials-checked', outcome}]);

	it('waits for the admin, with the secret and IDs open beside it and the last field typed in focus', () => {
		const {state, effects} = inDoubt();
		assert.equal(state.screen, 'admin-authorization');
		assert.equal(state.statuses['admin-authorization'], 'checking');
		assert.deepEqual(state.doubt?.fields, ['clientId', 'clientSecret', 'subjectId']);
		assert.equal(state.focus, 'subjectId', 'the enterprise ID was typed last');
		assert.deepEqual(fieldsToType(state), ['clientId', 'clientSecret', 'subjectId']);
		assert.deepEqual(
			effects.map((effect) => effect.type),
			['save-draft', 'wait-for-approval-check'],
		);
	});

	it('leaves out a field that Box showed to be right', () => {
		assert.deepEqual(inDoubt(grantCredentialsInvalid(['clientId'])).state.doubt?.fields, [
			'clientSecret',
			'subjectId',
		]);
	});

	it('ticks the step by itself when the admin approves, with no key pressed', () => {
		const waiting = inDoubt().state;
		const due = play(waiting, [{type: 'approval-check-due', round: 1}], t0 + 10_000);
		assert.equal(due.effects[0]?.type, 'check-credentials');
		const still = play(due.state, [
			{type: 'credentials-checked', outcome: grantCredentialsInvalid()},
		]);
		assert.equal(still.state.screen, 'admin-authorization', 'the same answer: still waiting');
		assert.ok(still.state.doubt, 'the fields stay open');
		const approved = play(play(still.state, [{type: 'approval-check-due', round: 2}]).state, [
			{type: 'credentials-checked', outcome: worked},
		]).state;
		assert.equal(approved.statuses['admin-authorization'], 'passed');
		assert.equal(approved.screen, 'first-call');
		assert.equal(approved.doubt, undefined);
	});

	it('checks nothing while a field is being corrected, then checks the corrected value at Enter', () => {
		const waiting = play(inDoubt().state, [{type: 'field-back'}]).state;
		assert.equal(waiting.focus, 'clientSecret', '↑ goes to the secret');
		const editing = play(waiting, [
			{type: 'field-edited', field: 'clientSecret', value: 'Zz7Rt2Xw9L'},
		]).state;
		const due = play(editing, [{type: 'approval-check-due', round: 1}], t0 + 10_000);
		assert.equal(due.effects.length, 1);
		assert.equal(due.effects[0]?.type, 'wait-for-approval-check', 'half a secret is not sent');
		assert.equal(due.state.polling?.lastCheckedAt, t0, 'and the line does not claim a check');
		const corrected = 'Zz7Rt2Xw9Lp4Vz8Nc3Hb6Jd1Fs5Gk0Ya';
		const submitted = play(due.state, [
			{type: 'field-edited', field: 'clientSecret', value: corrected},
			{type: 'field-submitted'},
		]);
		const [check] = submitted.effects;
		assert.ok(check?.type === 'check-credentials' && check.credentials.authType === 'ccg');
		assert.equal(check.credentials.clientSecret, corrected);
		assert.equal(submitted.state.focus, 'clientSecret', 'the focus stays where it was typed');
		const done = play(submitted.state, [{type: 'credentials-checked', outcome: worked}]).state;
		assert.equal(done.screen, 'first-call');
	});

	it('refuses a corrected value that fails its own check, at its field', () => {
		const waiting = inDoubt().state;
		const bad = play(waiting, [
			{type: 'field-edited', field: 'subjectId', value: 'my enterprise'},
			{type: 'field-submitted'},
		]);
		assert.deepEqual(bad.effects, []);
		assert.equal(bad.state.failure?.field, 'subjectId');
	});

	it('moves out of the fields with ↓, where letters are keys again, and back with ↑', () => {
		const waiting = inDoubt().state;
		const out = play(waiting, [{type: 'field-forward'}]).state;
		assert.equal(out.focus, undefined);
		assert.equal(play(out, [{type: 'field-back'}]).state.focus, 'subjectId');
	});

	it('goes to the field Box names when a corrected value gets another answer', () => {
		const waiting = inDoubt().state;
		const {state} = play(waiting, [
			{type: 'check-now'},
			{
				type: 'credentials-checked',
				outcome: boxRefused({
					status: 400,
					error: 'invalid_client',
					description: 'The client credentials are invalid',
				}),
			},
		]);
		assert.equal(state.screen, 'create-app');
		assert.equal(state.doubt, undefined);
		assert.equal(state.polling, undefined);
	});

	it("waits plainly on insufficient_scope from the token endpoint (a waiting app's answer in the capture)", () => {
		const outcome: CheckOutcome = {
			ok: false,
			failure: {
				diagnosis: {
					id: 'ccg-insufficient-scope-not-authorized',
					what: 'w',
					why: [],
					fix: [],
					step: 'admin-authorization',
					docs: '',
				},
			},
		};
		const {state} = inDoubt(outcome);
		assert.equal(state.screen, 'admin-authorization');
		assert.equal(state.doubt, undefined);
		assert.equal(state.focus, undefined, 'letters are keys: a plays the admin, m the message');
	});

	it('waits without doubt for a JWT app Box says is not authorized', () => {
		const state = play(atCreateApp('jwt'), []).state;
		const waiting = play({...state, values: {...state.values, jwtConfigPath: 'c.json'}}, [
			{type: 'credentials-checked', outcome: notAuthorized},
		]).state;
		assert.equal(waiting.screen, 'admin-authorization');
		assert.equal(waiting.doubt, undefined);
		assert.equal(waiting.focus, undefined);
	});

	it('waits for the admin to enable an app that got a token but may make no call', () => {
		const disabled: CheckOutcome = {
			ok: true,
			firstCall: {
				maskedToken: 'abcd…',
				identityFailure: {
					diagnosis: {
						id: 'app-not-enabled',
						what: 'The app is not enabled',
						why: [],
						fix: [],
						step: 'admin-authorization',
						docs: '',
					},
				},
			},
		};
		const {state, effects} = play(ccgAskingBox().state, [
			{type: 'credentials-checked', outcome: disabled},
		]);
		assert.equal(state.screen, 'admin-authorization');
		assert.equal(state.statuses['admin-authorization'], 'checking');
		assert.equal(state.doubt, undefined);
		assert.equal(effects.at(-1)?.type, 'wait-for-approval-check');
		const enabled = play(state, [
			{type: 'approval-check-due', round: 1},
			{type: 'credentials-checked', outcome: worked},
		]).state;
		assert.equal(enabled.screen, 'first-call');
	});
});

describe('a field Box showed to be wrong', () => {
	it('takes the wizard to that field, whatever the diagnosis would pick', () => {
		const {state} = play(ccgAskingBox().state, [
			{
				type: 'credentials-checked',
				outcome: {
					ok: false,
					failure: {
						diagnosis: {
							...diagnose({description: 'Grant credentials are invalid'}),
							step: 'create-app',
						},
						provenWrong: 'clientId',
					},
				},
			},
		]);
		assert.equal(state.screen, 'create-app');
		assert.equal(state.focus, 'clientId');
		assert.equal(state.doubt, undefined);
	});
});

describe('the profile name offered', () => {
	it('follows the auth type chosen until the person types one, and then stays theirs', () => {
		const oauth = atCreateApp('oauth');
		assert.equal(oauth.values.profileName, 'oauth');
		const back = play(oauth, [{type: 'field-back'}]).state;
		const appToken = play(back, [{type: 'auth-type-chosen', authType: 'app-token'}]).state;
		assert.equal(appToken.values.profileName, 'app-token', 'no longer says oauth');

		const typed = play(appToken, [
			{type: 'field-edited', field: 'profileName', value: 'nightly'},
			{type: 'field-back'},
		]).state;
		const ccg = play(typed, [{type: 'auth-type-chosen', authType: 'ccg'}]).state;
		assert.equal(ccg.values.profileName, 'nightly', 'a name the person typed is kept');
	});
});
