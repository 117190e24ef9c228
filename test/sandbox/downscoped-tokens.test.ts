import assert from 'node:assert/strict';
import {randomBytes} from 'node:crypto';
import {describe, it} from 'node:test';
import {downscopeScopes} from '../../source/box/downscope-scopes.js';
import {
	downscopeOnlyScopes,
	standardDownscopeScopes,
} from '../../source/sandbox/grants/token-exchange-grant.js';
import type {SandboxItem} from '../../source/sandbox/sandbox-state.js';
import {type Answer, call, control, postForm, useSandbox} from '../helpers/sandbox-fixture.js';

// The token-exchange grant beyond its error texts (token-errors.test.ts): which scopes a token
// may be narrowed to, how long the narrower token lives, and what it may then do.

const exchangeGrant = 'urn:ietf:params:oauth:grant-type:token-exchange';
const accessTokenType = 'urn:ietf:params:oauth:token-type:access_token';
const insufficientScope = [
	'insufficient_scope',
	'Insufficient permissions for the requested scope.',
];
const invalidResource = ['invalid_resource', 'The target resource is invalid.'];

function assertTokenError(answer: Answer, [error, description]: string[]) {
	assert.equal(answer.status, 400, answer.text);
	assert.deepEqual(answer.json, {error, error_description: description});
}

describe('downscoped tokens in the sandbox', () => {
	const sandbox = useSandbox();
	const developerToken = () => sandbox().describe().developerToken;
	const admin = () => {
		const user = sandbox()
			.describe()
			.users.find((each) => each.role === 'admin');
		assert.ok(user);
		return user.id;
	};

	const welcomeFile = () => {
		const file = sandbox().runtime.state.items.find(
			(item) => item.ownerId === admin() && item.name === 'Welcome.txt',
		);
		assert.ok(file, "the admin's Welcome.txt is seeded");
		return file;
	};

	const downscope = (fields: Record<string, string>, subject = developerToken()) =>
		postForm(sandbox(), '/oauth2/token', {
			grant_type: exchangeGrant,
			subject_token: subject,
			subject_token_type: accessTokenType,
			...fields,
		});

	async function downscoped(fields: Record<string, string>, subject?: string): Promise<string> {
		const answer = await downscope(fields, subject);
		assert.equal(answer.status, 200, answer.text);
		return String(answer.json?.['access_token']);
	}

	const preflight = (token: string, parentId: string) =>
		call(`${sandbox().urls.baseUrl}/2.0/files/content`, {
			method: 'OPTIONS',
			headers: {authorization: `Bearer ${token}`, 'content-type': 'application/json'},
			body: JSON.stringify({
				name: `new-${randomBytes(4).toString('hex')}.txt`,
				parent: {id: parentId},
			}),
		});

	const upload = (token: string, path: string, attributes: unknown) => {
		const form = new FormData();
		form.append('attributes', JSON.stringify(attributes));
		form.append('file', new Blob([new Uint8Array(Buffer.from('hello'))]), 'hello.txt');
		return call(`${sandbox().urls.uploadUrl}/2.0/files/${path}`, {
			method: 'POST',
			headers: {authorization: `Bearer ${token}`},
			body: form,
		});
	};

	/** A folder of the admin's, put straight into the state: the sandbox makes none itself. */
	function adminFolder(parentId = '0'): SandboxItem {
		const folder: SandboxItem = {
			type: 'folder',
			id: String(900_000_000 + Math.floor(Math.random() * 99_999_999)),
			name: `folder-${randomBytes(3).toString('hex')}`,
			parentId,
			ownerId: admin(),
		};
		sandbox().runtime.state.items.push(folder);
		return folder;
	}

	it("knows the same scope list as boxauth's client", () => {
		assert.deepEqual(
			[...downscopeOnlyScopes, ...standardDownscopeScopes].sort(),
			[...downscopeScopes].sort(),
		);
	});

	it('narrows a full token to any downscope scope, and to standard scopes its app has', async () => {
		for (const scope of [
			...downscopeOnlyScopes,
			'root_readonly',
			'root_readwrite',
			'manage_groups',
		]) {
			const answer = await downscope({scope});
			assert.equal(answer.status, 200, `${scope}: ${answer.text}`);
			assert.deepEqual(answer.json?.['restricted_to'], [{scope}]);
		}
	});

	it("refuses a standard scope the subject token's app does not have", async () => {
		for (const scope of ['manage_webhook', 'sign_requests.readwrite', 'ai.readwrite']) {
			assertTokenError(await downscope({scope: `item_preview ${scope}`}), insufficientScope);
		}
	});

	it('lists each scope once, in the order asked', async () => {
		const answer = await downscope({scope: 'item_upload item_preview item_upload'});
		assert.deepEqual(answer.json?.['restricted_to'], [
			{scope: 'item_upload'},
			{scope: 'item_preview'},
		]);
	});

	it('restricts to the root folder, whose object has null versions', async () => {
		const answer = await downscope({
			scope: 'item_upload',
			resource: 'https://api.box.com/2.0/folders/0',
		});
		assert.equal(answer.status, 200, answer.text);
		assert.deepEqual(answer.json?.['restricted_to'], [
			{
				scope: 'item_upload',
				object: {type: 'folder', id: '0', sequence_id: null, etag: null, name: 'All Files'},
			},
		]);
	});

	it("passes a downscoped subject's item on, and refuses a resource outside it", async () => {
		const file = welcomeFile();
		const narrow = await downscoped({
			scope: 'item_preview item_download',
			resource: `https://api.box.com/2.0/files/${file.id}`,
		});
		const narrower = await downscope({scope: 'item_preview'}, narrow);
		assert.equal(narrower.status, 200, narrower.text);
		const [entry] = (narrower.json?.['restricted_to'] ?? []) as Array<{object?: {id?: string}}>;
		assert.equal(entry?.object?.id, file.id);

		const folder = adminFolder();
		assertTokenError(
			await downscope(
				{scope: 'item_preview', resource: `https://api.box.com/2.0/folders/${folder.id}`},
				narrow,
			),
			invalidResource,
		);
	});

	it('takes a resource inside the folder a downscoped subject is held to', async () => {
		const outer = adminFolder();
		const inner = adminFolder(outer.id);
		const narrow = await downscoped({
			scope: 'item_upload',
			resource: `https://api.box.com/2.0/folders/${outer.id}`,
		});
		const answer = await downscope(
			{scope: 'item_upload', resource: `https://api.box.com/2.0/folders/${inner.id}`},
			narrow,
		);
		assert.equal(answer.status, 200, answer.text);
	});

	it("lives as long as a new token, but never beyond its subject token's end", async () => {
		// The developer token lasts 60 minutes from the sandbox's start; a new token, 30 here.
		assert.equal((await control(sandbox(), '/lifetimes', {accessTokenSeconds: 1800})).status, 200);
		try {
			const fresh = await downscope({scope: 'item_preview'});
			assert.equal(fresh.json?.['expires_in'], 1800);

			// 50 minutes on, at most 10 are left of the developer token.
			assert.equal((await control(sandbox(), '/clock', {advanceSeconds: 50 * 60})).status, 200);
			const late = await downscope({scope: 'item_preview'});
			assert.equal(late.status, 200, late.text);
			const expiresIn = Number(late.json?.['expires_in']);
			assert.ok(expiresIn > 9 * 60 && expiresIn <= 10 * 60, `expires_in ${expiresIn}`);
		} finally {
			await control(sandbox(), '/clock', {offsetSeconds: 0});
			await control(sandbox(), '/lifetimes', {accessTokenSeconds: null});
		}
	});

	describe('on the upload endpoints', () => {
		it('lets item_upload upload, and refuses item_preview with 403 insufficient_scope', async () => {
			const uploader = await downscoped({scope: 'item_upload'});
			assert.equal((await preflight(uploader, '0')).status, 200);
			const name = `up-${randomBytes(4).toString('hex')}.txt`;
			assert.equal((await upload(uploader, 'content', {name, parent: {id: '0'}})).status, 201);

			const viewer = await downscoped({scope: 'item_preview item_download'});
			for (const answer of [
				await preflight(viewer, '0'),
				await upload(viewer, 'content', {name: `${name}.2`, parent: {id: '0'}}),
				await upload(viewer, `${welcomeFile().id}/content`, {}),
			]) {
				assert.equal(answer.status, 403, answer.text);
				assert.equal(answer.json?.['code'], 'insufficient_scope');
				assert.equal(
					answer.json?.['message'],
					'The request requires higher privileges than provided by the access token.',
				);
				assert.match(answer.headers.get('www-authenticate') ?? '', /error="insufficient_scope"/);
			}
		});

		it('keeps a token held to a folder inside it', async () => {
			const outer = adminFolder();
			const inner = adminFolder(outer.id);
			const token = await downscoped({
				scope: 'base_upload',
				resource: `https://api.box.com/2.0/folders/${outer.id}`,
			});
			assert.equal((await preflight(token, outer.id)).status, 200);
			assert.equal((await preflight(token, inner.id)).status, 200);
			const elsewhere = await preflight(token, '0');
			assert.equal(elsewhere.status, 403, elsewhere.text);
			assert.equal(elsewhere.json?.['code'], 'access_denied_insufficient_permissions');
		});

		it('lets a token held to a file upload a new version of it, and nothing else', async () => {
			const file = welcomeFile();
			const token = await downscoped({
				scope: 'item_upload',
				resource: `https://api.box.com/2.0/files/${file.id}`,
			});
			const version = await upload(token, `${file.id}/content`, {});
			assert.equal(version.status, 200, version.text);
			const newFile = await upload(token, 'content', {name: 'other.txt', parent: {id: '0'}});
			assert.equal(newFile.status, 403, newFile.text);
			assert.equal(newFile.json?.['code'], 'access_denied_insufficient_permissions');
		});

		it('still keeps a downscoped token off users/me', async () => {
			const token = await downscoped({scope: 'root_readwrite'});
			const answer = await call(`${sandbox().urls.baseUrl}/2.0/users/me`, {
				headers: {authorization: `Bearer ${token}`},
			});
			assert.equal(answer.status, 403);
			assert.equal(answer.json?.['code'], 'access_denied_insufficient_permissions');
		});
	});
});
