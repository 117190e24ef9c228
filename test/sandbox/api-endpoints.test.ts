import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {
	type Answer,
	appOfType,
	call,
	ccgForm,
	control,
	postForm,
	userId,
	useSandbox,
} from '../helpers/sandbox-fixture.js';

// The `/2.0` calls a wizard uses to check a token: users/me and the upload preflight, with Box's
// 401 challenge and ClientError bodies (box-auth-reference.md sections 4.3 and 5).

const machine = {ms: Date.parse('2026-05-04T10:00:00.000Z')};

const invalidToken =
	'Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."';
const tokenNotFound =
	'Bearer realm="Service", error="invalid_request", error_description="The access token was not found."';

const standardFields = [
	'type',
	'id',
	'name',
	'login',
	'created_at',
	'modified_at',
	'language',
	'timezone',
	'space_amount',
	'space_used',
	'max_upload_size',
	'status',
	'job_title',
	'phone',
	'address',
	'avatar_url',
	'notification_email',
];

function assertUnauthorized(answer: Answer, challenge: string) {
	assert.equal(answer.status, 401);
	assert.equal(answer.text, '');
	assert.equal(answer.headers.get('content-length'), '0');
	assert.equal(answer.headers.get('www-authenticate'), challenge);
	assert.match(answer.headers.get('box-request-id') ?? '', /^[\da-f]{20,}$/);
}

/** Box's ClientError: keys in Box's order, a request_id unlike the box-request-id header. */
function assertClientError(answer: Answer, status: number, code: string, message: string) {
	assert.equal(answer.status, status);
	assert.equal(answer.headers.get('content-type'), 'application/json');
	assert.equal(answer.headers.get('cache-control'), 'no-cache, no-store');
	const json = answer.json ?? {};
	const keys = Object.keys(json).filter((key) => key !== 'context_info');
	assert.deepEqual(keys, ['type', 'status', 'code', 'help_url', 'message', 'request_id']);
	assert.equal(json['type'], 'error');
	assert.equal(json['status'], status);
	assert.equal(json['code'], code);
	assert.equal(json['message'], message);
	assert.match(String(json['help_url']), /^https?:\/\/developers?\.box\.com\//);
	assert.match(String(json['request_id']), /^[a-z\d]{10,}$/);
	const header = answer.headers.get('box-request-id');
	assert.match(header ?? '', /^[\da-f]{20,}$/);
	assert.notEqual(header, json['request_id']);
}

async function ccgToken(sandbox: RunningSandbox, subject?: {type: string; id: string}) {
	const answer = await postForm(
		sandbox,
		'/oauth2/token',
		ccgForm(
			sandbox,
			'Demo CCG App',
			subject ? {box_subject_type: subject.type, box_subject_id: subject.id} : {},
		),
	);
	assert.equal(answer.status, 200, answer.text);
	return String(answer.json?.['access_token']);
}

describe('GET /2.0/users/me', () => {
	const sandbox = useSandbox({clock: () => machine.ms});
	const me = (token?: string, query = '') =>
		call(`${sandbox().urls.baseUrl}/2.0/users/me${query}`, {
			headers: token === undefined ? {} : {authorization: `Bearer ${token}`},
		});

	it('answers a call without Authorization with 401, an empty body and the not-found challenge', async () => {
		assertUnauthorized(await me(), tokenNotFound);
	});

	it('answers a token it does not know with 401 and the invalid_token challenge', async () => {
		assertUnauthorized(await me('x'.repeat(32)), invalidToken);
	});

	it('answers an Authorization header that is not a bearer token as an invalid token', async () => {
		const answer = await call(`${sandbox().urls.baseUrl}/2.0/users/me`, {
			headers: {authorization: 'Basic dXNlcjpwYXNz'},
		});
		assertUnauthorized(answer, invalidToken);
	});

	it('answers an expired token with 401', async () => {
		const token = await ccgToken(sandbox());
		assert.equal((await me(token)).status, 200);
		const expired = await control(sandbox(), '/tokens/expire', {token});
		assert.deepEqual(expired.json, {expired: 1});
		assertUnauthorized(await me(token), invalidToken);
	});

	it('answers a revoked token with 401', async () => {
		const token = await ccgToken(sandbox());
		const app = appOfType(sandbox(), 'Demo CCG App');
		const revoked = await call(`${sandbox().urls.baseUrl}/oauth2/revoke`, {
			method: 'POST',
			body: new URLSearchParams({client_id: app.clientId, client_secret: app.clientSecret, token}),
		});
		assert.equal(revoked.status, 200);
		assertUnauthorized(await me(token), invalidToken);
	});

	it('answers without fields with the standard fields and no enterprise', async () => {
		const answer = await me(sandbox().describe().developerToken);
		assert.equal(answer.status, 200);
		assert.equal(answer.headers.get('content-type'), 'application/json');
		assert.match(answer.headers.get('box-request-id') ?? '', /^[\da-f]{20,}$/);
		assert.deepEqual(Object.keys(answer.json ?? {}), standardFields);
		assert.equal(answer.json?.['enterprise'], undefined);
		assert.equal(answer.json?.['type'], 'user');
	});

	it("writes the user's times in the offset of the user's time zone, and no notification email", async () => {
		const answer = await me(sandbox().describe().developerToken);
		assert.equal(answer.json?.['timezone'], 'America/Los_Angeles');
		// The sandbox was seeded at 10:00 UTC on 4 May 2026, when Los Angeles kept -07:00.
		assert.equal(answer.json?.['created_at'], '2026-05-04T03:00:00-07:00');
		assert.equal(answer.json?.['modified_at'], '2026-05-04T03:00:00-07:00');
		assert.equal(answer.json?.['notification_email'], null);
	});

	it('answers fields=enterprise with only type, id and enterprise', async () => {
		const answer = await me(sandbox().describe().developerToken, '?fields=enterprise');
		assert.equal(answer.status, 200);
		const {enterprise} = sandbox().describe();
		assert.deepEqual(answer.json, {
			type: 'user',
			id: userId(sandbox(), 'Ada Admin'),
			enterprise: {type: 'enterprise', id: enterprise.id, name: enterprise.name},
		});
	});

	it('answers fields=id,name,login,enterprise with those and type', async () => {
		const answer = await me(
			sandbox().describe().developerToken,
			'?fields=id,name,login,enterprise',
		);
		assert.deepEqual(Object.keys(answer.json ?? {}), ['type', 'id', 'name', 'login', 'enterprise']);
		assert.equal(answer.json?.['login'], 'ada.admin@sandbox.example.com');
	});

	it('lets the developer token act as the admin', async () => {
		const answer = await me(sandbox().describe().developerToken);
		assert.equal(answer.json?.['id'], userId(sandbox(), 'Ada Admin'));
		assert.equal(answer.json?.['name'], 'Ada Admin');
		assert.equal(answer.json?.['login'], 'ada.admin@sandbox.example.com');
	});

	it("shows a CCG enterprise token as the app's service account", async () => {
		const answer = await me(await ccgToken(sandbox()), '?fields=id,name,login,enterprise');
		assert.equal(answer.status, 200);
		assert.equal(answer.json?.['id'], userId(sandbox(), 'Demo CCG App'));
		assert.equal(answer.json?.['name'], 'Demo CCG App');
		assert.match(
			String(answer.json?.['login']),
			/^AutomationUser_\d+_[A-Za-z\d]+@boxdevedition\.com$/,
		);
		const enterprise = answer.json?.['enterprise'] as Record<string, unknown> | undefined;
		assert.equal(enterprise?.['id'], sandbox().describe().enterprise.id);
	});

	it('shows a CCG user token as that user', async () => {
		const milo = userId(sandbox(), 'Milo Member');
		const answer = await me(await ccgToken(sandbox(), {type: 'user', id: milo}));
		assert.equal(answer.json?.['id'], milo);
	});

	it('answers an App Token with 403 access_denied_insufficient_permissions', async () => {
		const {appToken} = appOfType(sandbox(), 'Demo Limited Access App');
		assert.ok(appToken, 'the Limited Access app has an App Token');
		const answer = await me(appToken);
		assert.equal(answer.status, 403);
		assert.equal(answer.json?.['code'], 'access_denied_insufficient_permissions');
		assertClientError(
			answer,
			403,
			'access_denied_insufficient_permissions',
			String(answer.json?.['message']),
		);
		assert.match(String(answer.json?.['message']), /^Access denied [-–] insufficient permission$/);
	});

	it('answers a downscoped token with 403', async () => {
		const answer = await call(`${sandbox().urls.baseUrl}/oauth2/token`, {
			method: 'POST',
			body: new URLSearchParams({
				grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
				subject_token: sandbox().describe().developerToken,
				subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
				scope: 'item_preview',
			}),
		});
		assert.equal(answer.status, 200);
		const denied = await me(String(answer.json?.['access_token']));
		assert.equal(denied.status, 403);
		assert.equal(denied.json?.['code'], 'access_denied_insufficient_permissions');
	});

	it('answers POST /2.0/users/me with 405', async () => {
		const answer = await call(`${sandbox().urls.baseUrl}/2.0/users/me`, {
			method: 'POST',
			headers: {authorization: `Bearer ${sandbox().describe().developerToken}`},
		});
		assertClientError(answer, 405, 'method_not_allowed', 'Method Not Allowed');
	});

	it('answers an expired developer token (61 minutes later) with 401', async () => {
		const {developerToken} = sandbox().describe();
		assert.equal((await me(developerToken)).status, 200);
		assert.equal((await control(sandbox(), '/clock', {advanceSeconds: 61 * 60})).status, 200);
		try {
			assertUnauthorized(await me(developerToken), invalidToken);
		} finally {
			await control(sandbox(), '/clock', {offsetSeconds: 0});
		}

		assert.equal((await me(developerToken)).status, 200);
	});
});

describe('unknown paths', () => {
	const sandbox = useSandbox({clock: () => machine.ms});

	it('answers POST /oauth2/<developer token> with a JSON 404 in ClientError shape', async () => {
		const answer = await call(
			`${sandbox().urls.baseUrl}/oauth2/${sandbox().describe().developerToken}`,
			{method: 'POST', body: new URLSearchParams({grant_type: 'client_credentials'})},
		);
		assertClientError(answer, 404, 'not_found', 'Not Found');
	});

	it('answers GET of an unknown /2.0 path with the same 404', async () => {
		const answer = await call(`${sandbox().urls.baseUrl}/2.0/folders/0`, {
			headers: {authorization: `Bearer ${sandbox().describe().developerToken}`},
		});
		assertClientError(answer, 404, 'not_found', 'Not Found');
	});

	it('gives every answer its own request IDs', async () => {
		const first = await call(`${sandbox().urls.baseUrl}/nowhere`);
		const second = await call(`${sandbox().urls.baseUrl}/nowhere`);
		assert.notEqual(first.json?.['request_id'], second.json?.['request_id']);
		assert.notEqual(first.headers.get('box-request-id'), second.headers.get('box-request-id'));
	});
});

describe('OPTIONS /2.0/files/content (upload preflight)', () => {
	const sandbox = useSandbox({clock: () => machine.ms});
	let welcomeFileId = '';

	before(() => {
		const admin = userId(sandbox(), 'Ada Admin');
		const file = sandbox().runtime.state.items.find(
			(item) => item.ownerId === admin && item.name === 'Welcome.txt',
		);
		assert.ok(file, 'the admin owns Welcome.txt');
		welcomeFileId = file.id;
	});

	const preflight = (body: string, token = sandbox().describe().developerToken) =>
		call(`${sandbox().urls.baseUrl}/2.0/files/content`, {
			method: 'OPTIONS',
			headers: {authorization: `Bearer ${token}`, 'content-type': 'application/json'},
			body,
		});

	const json = (name: string, parentId: string) =>
		JSON.stringify({name, size: 1024, parent: {id: parentId}});

	it('answers 200 with an upload_url back at the sandbox and a null upload_token', async () => {
		const answer = await preflight(json('New File.txt', '0'));
		assert.equal(answer.status, 200, answer.text);
		assert.deepEqual(Object.keys(answer.json ?? {}), ['upload_url', 'upload_token']);
		assert.equal(answer.json?.['upload_token'], null);
		const uploadUrl = new URL(String(answer.json?.['upload_url']));
		assert.equal(
			`${uploadUrl.origin}${uploadUrl.pathname}`,
			`${sandbox().urls.uploadUrl}/2.0/files/content`,
		);
		assert.match(uploadUrl.searchParams.get('upload_session_id') ?? '', /^[A-Za-z\d]{16,}$/);
		assert.match(answer.headers.get('box-request-id') ?? '', /^[\da-f]{20,}$/);
	});

	it('answers an existing name with 409 item_name_in_use naming the file in an object', async () => {
		const answer = await preflight(json('Welcome.txt', '0'));
		assertClientError(answer, 409, 'item_name_in_use', 'Item with the same name already exists');
		assert.deepEqual(Object.keys(answer.json ?? {}), [
			'type',
			'status',
			'code',
			'context_info',
			'help_url',
			'message',
			'request_id',
		]);
		const conflicts = (answer.json?.['context_info'] as Record<string, unknown> | undefined)?.[
			'conflicts'
		] as Record<string, unknown> | undefined;
		assert.equal(typeof conflicts, 'object');
		assert.ok(!Array.isArray(conflicts), 'conflicts is an object for files, not an array');
		assert.equal(conflicts?.['type'], 'file');
		assert.equal(conflicts?.['id'], welcomeFileId);
		assert.equal(conflicts?.['name'], 'Welcome.txt');
		assert.match(String(conflicts?.['sha1']), /^[\da-f]{40}$/);
	});

	it("does not see another user's Welcome.txt as a conflict", async () => {
		const milo = userId(sandbox(), 'Milo Member');
		const app = appOfType(sandbox(), 'Demo CCG App');
		const token = await call(`${sandbox().urls.baseUrl}/oauth2/token`, {
			method: 'POST',
			body: new URLSearchParams({
				grant_type: 'client_credentials',
				client_id: app.clientId,
				client_secret: app.clientSecret,
				box_subject_type: 'user',
				box_subject_id: milo,
			}),
		});
		const answer = await preflight(json('Welcome.txt', '0'), String(token.json?.['access_token']));
		assert.equal(answer.status, 200, answer.text);
	});

	it('answers an unknown parent folder with 404 naming the parent in context_info', async () => {
		const answer = await preflight(json('a.txt', '123456789'));
		assertClientError(answer, 404, 'not_found', 'Not Found');
		assert.deepEqual(answer.json?.['context_info'], {
			errors: [
				{
					reason: 'invalid_parameter',
					name: 'parent',
					message: "Invalid value 'd_123456789'. 'parent' with value 'd_123456789' not found",
				},
			],
		});
	});

	it('answers a body that is not JSON with 400', async () => {
		const answer = await preflight('name=a.txt&parent=0');
		assert.equal(answer.status, 400);
		assert.equal(answer.json?.['type'], 'error');
		assert.equal(answer.json?.['status'], 400);
		assert.equal(typeof answer.json?.['message'], 'string');
		assert.match(answer.headers.get('box-request-id') ?? '', /^[\da-f]{20,}$/);
	});

	it('answers a JSON body without name or parent with 400', async () => {
		assert.equal((await preflight(JSON.stringify({parent: {id: '0'}}))).status, 400);
		assert.equal((await preflight(JSON.stringify({name: 'a.txt'}))).status, 400);
		assert.equal((await preflight('null')).status, 400);
	});

	it('answers a preflight without a token with 401', async () => {
		const answer = await call(`${sandbox().urls.baseUrl}/2.0/files/content`, {
			method: 'OPTIONS',
			body: json('a.txt', '0'),
		});
		assertUnauthorized(answer, tokenNotFound);
	});
});
