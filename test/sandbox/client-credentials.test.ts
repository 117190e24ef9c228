import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {ccgForm, postForm, userId, useSandbox} from '../helpers/sandbox-fixture.js';

describe('client credentials grant', () => {
	const sandbox = useSandbox();

	it('issues a token for the service account, keys in Box order', async () => {
		const {status, headers, json} = await postForm(
			sandbox(),
			'/oauth2/token',
			ccgForm(sandbox(), 'Demo CCG App'),
		);
		assert.equal(status, 200);
		assert.equal(headers.get('cache-control'), 'no-store');
		assert.equal(headers.get('box-request-id'), null);
		assert.deepEqual(Object.keys(json ?? {}), [
			'access_token',
			'expires_in',
			'restricted_to',
			'token_type',
		]);
		assert.match(String(json?.['access_token']), /^[A-Za-z\d]{32}$/);
		const expiresIn = Number(json?.['expires_in']);
		assert.ok(expiresIn >= 3600 && expiresIn <= 4300, `expires_in ${expiresIn}`);
	});

	// Box does not say "waiting for the admin" to a CCG app: it answers as for other mistakes.
	it('answers an app the admin has not authorized, enterprise subject, with insufficient_scope', async () => {
		const {status, json} = await postForm(
			sandbox(),
			'/oauth2/token',
			ccgForm(sandbox(), 'Pending CCG App'),
		);
		assert.equal(status, 400);
		assert.deepEqual(json, {
			error: 'insufficient_scope',
			error_description: 'Insufficient permissions for the requested scope.',
		});
	});

	it('answers an app the admin has not authorized, user subject, as a wrong secret', async () => {
		const {status, json} = await postForm(
			sandbox(),
			'/oauth2/token',
			ccgForm(sandbox(), 'Pending CCG App', {
				box_subject_type: 'user',
				box_subject_id: userId(sandbox(), 'Ada Admin'),
			}),
		);
		assert.equal(status, 400);
		assert.deepEqual(json, {
			error: 'invalid_grant',
			error_description: 'Grant credentials are invalid',
		});
	});

	it('answers a wrong secret with the ambiguous grant error', async () => {
		const {status, json} = await postForm(
			sandbox(),
			'/oauth2/token',
			ccgForm(sandbox(), 'Demo CCG App', {client_secret: 'not-the-secret'}),
		);
		assert.equal(status, 400);
		assert.deepEqual(json, {
			error: 'invalid_grant',
			error_description: 'Grant credentials are invalid',
		});
	});
});
