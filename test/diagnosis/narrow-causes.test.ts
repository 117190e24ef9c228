import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Failure} from '../../source/box/failure.js';
import {diagnose} from '../../source/diagnosis/diagnose.js';
import {
	narrowedByClientId,
	narrowGrantCredentialsInvalid,
	type Subject,
	type TryToken,
} from '../../source/diagnosis/narrow-causes.js';
import {assertNoSecrets} from '../helpers/leak-check.js';

const grantCredentialsInvalid = (
	subjectType: 'enterprise' | 'user',
	subjectId: string,
): Failure => ({
	status: 400,
	error: 'invalid_grant',
	description: 'Grant credentials are invalid',
	url: 'https://api.box.com/oauth2/token',
	context: {authType: 'ccg', grantType: 'client_credentials', subjectType, subjectId},
});

/** A fake token endpoint that records what it was asked and answers as told. */
function fakeTokenEndpoint(answer: Failure | 'ok' | Error) {
	const asked: Subject[] = [];
	const tryToken: TryToken = async (subject) => {
		asked.push(subject);
		if (answer instanceof Error) {
			throw answer;
		}

		return answer;
	};

	return {asked, tryToken};
}

describe('narrowing "Grant credentials are invalid" with one more token request', () => {
	it('asks for the enterprise when a user subject failed', async () => {
		const endpoint = fakeTokenEndpoint('ok');
		await narrowGrantCredentialsInvalid(
			grantCredentialsInvalid('user', '2635723082'),
			endpoint.tryToken,
			{
				enterpriseId: '575619',
			},
		);
		assert.deepEqual(endpoint.asked, [{type: 'enterprise', id: '575619'}]);
	});

	it('blames the user subject when the enterprise gets a token', async () => {
		const diagnosis = await narrowGrantCredentialsInvalid(
			grantCredentialsInvalid('user', '2635723082'),
			fakeTokenEndpoint('ok').tryToken,
			{enterpriseId: '575619'},
		);
		assert.equal(diagnosis.id, 'ccg-grant-credentials-invalid');
		assert.match(diagnosis.what, /secret is right and the app is authorized/);
		assert.match(diagnosis.what, /enterprise 575619/);
		assert.equal(diagnosis.why.length, 2);
		assert.match(diagnosis.why[0] ?? '', /Generate user access tokens/);
		assert.match(diagnosis.why[1] ?? '', /access level/);
		assert.ok(diagnosis.fix.some((fix) => fix.includes('Generate user access tokens')));
	});

	it('blames the enterprise subject alone when a user gets a token', async () => {
		const diagnosis = await narrowGrantCredentialsInvalid(
			grantCredentialsInvalid('enterprise', '575619'),
			fakeTokenEndpoint('ok').tryToken,
			{userId: '2635723082'},
		);
		assert.equal(diagnosis.why.length, 1);
		assert.match(diagnosis.why[0] ?? '', /access level/);
	});

	it('puts the secret and the authorization first when both subjects fail the same way', async () => {
		const diagnosis = await narrowGrantCredentialsInvalid(
			grantCredentialsInvalid('user', '2635723082'),
			fakeTokenEndpoint(grantCredentialsInvalid('enterprise', '575619')).tryToken,
			{enterpriseId: '575619'},
		);
		assert.match(diagnosis.what, /fail for enterprise 575619 too/);
		assert.match(diagnosis.why[0] ?? '', /client ID and secret are wrong/);
		assert.match(diagnosis.why[1] ?? '', /waiting for an admin/);
		assert.equal(diagnosis.why.length, 4);
	});

	it('passes on a plainer answer for the other subject', async () => {
		const notAuthorized: Failure = {
			status: 400,
			error: 'unauthorized_client',
			description: 'This app is not authorized by the enterprise admin',
		};
		const diagnosis = await narrowGrantCredentialsInvalid(
			grantCredentialsInvalid('user', '2635723082'),
			fakeTokenEndpoint(notAuthorized).tryToken,
			{enterpriseId: '575619'},
		);
		assert.equal(diagnosis.id, 'app-not-authorized');
		assert.match(diagnosis.what, /^Asked for enterprise 575619 instead, Box said more: /);
	});

	it('keeps the first diagnosis when the check itself fails', async () => {
		const failure = grantCredentialsInvalid('user', '2635723082');
		const dropped = await narrowGrantCredentialsInvalid(
			failure,
			fakeTokenEndpoint({transport: 'dropped'}).tryToken,
			{enterpriseId: '575619'},
		);
		const thrown = await narrowGrantCredentialsInvalid(
			failure,
			fakeTokenEndpoint(new Error('offline')).tryToken,
			{enterpriseId: '575619'},
		);
		for (const diagnosis of [dropped, thrown]) {
			assert.equal(diagnosis.id, 'ccg-grant-credentials-invalid');
			assert.match(
				diagnosis.why[0] ?? '',
				/waiting for an admin/,
				'for a user subject, a waiting app comes first (Box staff)',
			);
			assert.equal(diagnosis.why.length, 4);
		}
	});

	it('never shows a token typed as an ID', async () => {
		const token = 'T9cE5asGnuyYCCqIZFoWjFHvNbvVqHjl';
		const diagnosis = await narrowGrantCredentialsInvalid(
			grantCredentialsInvalid('user', token),
			fakeTokenEndpoint('ok').tryToken,
			{enterpriseId: '575619'},
		);
		assert.match(diagnosis.what, /Box refuses user T9cE… itself/);
		assertNoSecrets(JSON.stringify(diagnosis), [token]);
	});

	it('asks nothing without the other subject, or for another failure', async () => {
		const endpoint = fakeTokenEndpoint('ok');
		const unknownOther = await narrowGrantCredentialsInvalid(
			grantCredentialsInvalid('user', '2635723082'),
			endpoint.tryToken,
		);
		const otherFailure = await narrowGrantCredentialsInvalid(
			{description: 'Refresh token has expired', context: {subjectType: 'user'}},
			endpoint.tryToken,
			{enterpriseId: '575619'},
		);
		assert.deepEqual(endpoint.asked, []);
		assert.equal(unknownOther.id, 'ccg-grant-credentials-invalid');
		assert.equal(otherFailure.id, 'refresh-token-spent');
	});
});

describe("narrowing it with what Box's login page says of the client ID", () => {
	const diagnosis = diagnose(grantCredentialsInvalid('enterprise', '575619'));

	it('blames the client ID alone when Box does not know it, and sends the wizard there', () => {
		const narrowed = narrowedByClientId(diagnosis, 'unknown');
		assert.match(narrowed.what, /Box does not know this client ID/);
		assert.equal(narrowed.why.length, 1);
		assert.match(narrowed.why[0] ?? '', /client ID and secret are wrong/);
		assert.equal(narrowed.step, 'create-app');
	});

	it('says the client ID is right when Box knows it, and keeps every other cause', () => {
		const narrowed = narrowedByClientId(diagnosis, 'known');
		assert.match(narrowed.what, /Box knows the client ID/);
		assert.deepEqual(narrowed.why, diagnosis.why);
	});

	it('changes nothing when the page said neither, or for another diagnosis', () => {
		assert.deepEqual(narrowedByClientId(diagnosis, 'unsure'), diagnosis);
		const other = diagnose({status: 400, error: 'invalid_client'});
		assert.deepEqual(narrowedByClientId(other, 'unknown'), other);
	});
});
