import assert from 'node:assert/strict';
import {afterEach, describe, it} from 'node:test';
import {seedSandbox} from '../../source/sandbox/seed-sandbox.js';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {
	type Answer,
	appOfType,
	call,
	ccgForm,
	control,
	jwtBearerForm,
	oauthLoginAs,
	postForm,
	userId,
	useSandbox,
} from '../helpers/sandbox-fixture.js';

// The admin's second switch (box-auth-reference.md section 10): an app that is not enabled still
// gets tokens, but every API call with them fails until the admin enables it.

const machine = {ms: Date.parse('2026-05-04T10:00:00.000Z')};

/** Box's answer to a token of a disabled app (support.box.com 360044193313). */
function assertAppDisabled(answer: Answer) {
	assert.equal(answer.status, 401, answer.text);
	assert.equal(answer.headers.get('content-type'), 'application/json');
	assert.equal(answer.headers.get('www-authenticate'), 'Bearer realm="Service"');
	assert.match(answer.headers.get('box-request-id') ?? '', /^[\da-f]{20,}$/);
	const json = answer.json ?? {};
	assert.deepEqual(Object.keys(json), [
		'type',
		'status',
		'code',
		'help_url',
		'message',
		'request_id',
	]);
	assert.equal(json['type'], 'error');
	assert.equal(json['status'], 401);
	assert.equal(json['code'], 'unauthorized');
	assert.equal(json['message'], 'Unauthorized - Cannot authorize with this service');
	assert.match(String(json['help_url']), /^https?:\/\/developers?\.box\.com\//);
	assert.match(String(json['request_id']), /^[a-z\d]{10,}$/);
	assert.notEqual(json['request_id'], answer.headers.get('box-request-id'));
}

const bearer = (token: string) => ({authorization: `Bearer ${token}`});

const usersMe = (sandbox: RunningSandbox, token: string) =>
	call(`${sandbox.urls.baseUrl}/2.0/users/me`, {headers: bearer(token)});

function uploadForm(name: string): FormData {
	const form = new FormData();
	form.append('attributes', JSON.stringify({name, parent: {id: '0'}}));
	form.append('file', new Blob(['content']), name);
	return form;
}

/** Every authenticated endpoint the sandbox serves, called with `token`. */
function everyEndpoint(sandbox: RunningSandbox, token: string, fileId: string) {
	const {baseUrl, uploadUrl} = sandbox.urls;
	return [
		usersMe(sandbox, token),
		call(`${baseUrl}/2.0/files/content`, {
			method: 'OPTIONS',
			headers: bearer(token),
			body: JSON.stringify({name: 'new.txt', parent: {id: '0'}}),
		}),
		call(`${uploadUrl}/2.0/files/content`, {
			method: 'POST',
			headers: bearer(token),
			body: uploadForm('new.txt'),
		}),
		call(`${uploadUrl}/2.0/files/${fileId}/content`, {
			method: 'POST',
			headers: bearer(token),
			body: uploadForm('Welcome.txt'),
		}),
	];
}

async function tokenFor(sandbox: RunningSandbox, form: Record<string, string>): Promise<string> {
	const answer = await postForm(sandbox, '/oauth2/token', form);
	assert.equal(answer.status, 200, answer.text);
	return String(answer.json?.['access_token']);
}

/** An OAuth 2.0 login as Milo through the consent form; returns the access token. */
const oauthLogin = async (sandbox: RunningSandbox) =>
	String((await oauthLoginAs(sandbox, 'Milo Member'))['access_token']);

describe('enabling and disabling an app', () => {
	const sandbox = useSandbox({clock: () => machine.ms});
	const switchApp = async (name: string, action: 'enable' | 'disable') => {
		const {clientId} = appOfType(sandbox(), name);
		const answer = await control(sandbox(), `/apps/${clientId}/${action}`);
		assert.equal(answer.status, 200, answer.text);
		return answer;
	};

	afterEach(async () => {
		for (const app of sandbox().describe().apps) {
			await control(sandbox(), `/apps/${app.clientId}/enable`);
		}
	});

	it('answers with the app’s two switches and shows them in GET /_sandbox', async () => {
		const {clientId} = appOfType(sandbox(), 'Demo CCG App');
		const disabled = await switchApp('Demo CCG App', 'disable');
		assert.deepEqual(disabled.json, {clientId, authorized: true, enabled: false});
		const described = await control(sandbox(), '', undefined, 'GET');
		const apps = described.json?.['apps'] as Array<Record<string, unknown>>;
		const app = apps.find((candidate) => candidate['clientId'] === clientId);
		assert.equal(app?.['enabled'], false);
		assert.equal(app?.['authorized'], true);

		const enabled = await switchApp('Demo CCG App', 'enable');
		assert.deepEqual(enabled.json, {clientId, authorized: true, enabled: true});
		assert.equal(appOfType(sandbox(), 'Demo CCG App').enabled, true);
	});

	it('answers every API call with a disabled app’s token with Box’s 401, and only that app’s', async () => {
		const token = await tokenFor(sandbox(), ccgForm(sandbox()));
		const other = await tokenFor(
			sandbox(),
			ccgForm(sandbox(), 'Demo CCG App', {
				box_subject_type: 'user',
				box_subject_id: userId(sandbox(), 'Milo Member'),
			}),
		);
		const serviceAccount = userId(sandbox(), 'Demo CCG App');
		const file = sandbox().runtime.state.items.find((item) => item.ownerId === serviceAccount);
		assert.ok(file, 'the service account owns Welcome.txt');

		await switchApp('Demo CCG App', 'disable');
		for (const answer of await Promise.all(everyEndpoint(sandbox(), token, file.id))) {
			assertAppDisabled(answer);
		}

		assertAppDisabled(await usersMe(sandbox(), other));
		assert.equal((await usersMe(sandbox(), sandbox().describe().developerToken)).status, 200);
	});

	it('still issues tokens to a disabled app; they fail too, and all work once it is enabled', async () => {
		const before = await tokenFor(sandbox(), ccgForm(sandbox()));
		await switchApp('Demo CCG App', 'disable');
		const fresh = await tokenFor(sandbox(), ccgForm(sandbox()));
		assertAppDisabled(await usersMe(sandbox(), fresh));

		await switchApp('Demo CCG App', 'enable');
		assert.equal((await usersMe(sandbox(), before)).status, 200);
		assert.equal((await usersMe(sandbox(), fresh)).status, 200);
	});

	it('applies to JWT tokens', async () => {
		const token = await tokenFor(
			sandbox(),
			await jwtBearerForm(sandbox(), Math.floor(machine.ms / 1000)),
		);
		await switchApp('Demo JWT App', 'disable');
		assertAppDisabled(await usersMe(sandbox(), token));
	});

	it('applies to an OAuth 2.0 app’s logins and developer tokens', async () => {
		const login = await oauthLogin(sandbox());
		await switchApp('Demo OAuth App', 'disable');
		assertAppDisabled(await usersMe(sandbox(), login));
		assertAppDisabled(await usersMe(sandbox(), sandbox().describe().developerToken));
	});

	it('applies to an App Token, and to a token downscoped from a disabled app’s token', async () => {
		const {appToken} = appOfType(sandbox(), 'Demo Limited Access App');
		const downscoped = await tokenFor(sandbox(), {
			grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
			subject_token: sandbox().describe().developerToken,
			subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
			scope: 'item_preview',
		});
		await switchApp('Demo Limited Access App', 'disable');
		await switchApp('Demo OAuth App', 'disable');
		assertAppDisabled(await usersMe(sandbox(), appToken ?? ''));
		assertAppDisabled(await usersMe(sandbox(), downscoped));
	});

	it('still answers a token that is no longer live with the invalid_token challenge', async () => {
		const token = await tokenFor(sandbox(), ccgForm(sandbox()));
		await control(sandbox(), '/tokens/expire', {token});
		await switchApp('Demo CCG App', 'disable');
		const answer = await usersMe(sandbox(), token);
		assert.equal(answer.status, 401);
		assert.equal(answer.text, '');
		assert.match(answer.headers.get('www-authenticate') ?? '', /error="invalid_token"/);
	});

	it('answers an unknown client ID with 404', async () => {
		const answer = await control(sandbox(), `/apps/${'0'.repeat(32)}/disable`);
		assert.equal(answer.status, 404);
		assert.equal(typeof answer.json?.['error'], 'string');
	});
});

describe('state saved before apps could be disabled', () => {
	const state = seedSandbox(machine.ms);
	for (const app of state.apps) {
		delete app.enabled;
	}

	const sandbox = useSandbox({clock: () => machine.ms, state});

	it('counts every app as enabled until the admin disables it', async () => {
		assert.ok(
			sandbox()
				.describe()
				.apps.every((app) => app.enabled),
		);
		const token = await tokenFor(sandbox(), ccgForm(sandbox()));
		assert.equal((await usersMe(sandbox(), token)).status, 200);

		const {clientId} = appOfType(sandbox(), 'Demo CCG App');
		assert.equal((await control(sandbox(), `/apps/${clientId}/disable`)).status, 200);
		assertAppDisabled(await usersMe(sandbox(), token));
	});
});
