import assert from 'node:assert/strict';
import {createHash, randomBytes} from 'node:crypto';
import {before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {loadOpenApiSchemas} from '../helpers/openapi-schemas.js';
import {type Answer, call, ccgForm, postForm, useSandbox} from '../helpers/sandbox-fixture.js';

const schemas = loadOpenApiSchemas(
	fileURLToPath(new URL('../../../shared/box-openapi/openapi.json', import.meta.url)),
);

type Json = Record<string, unknown>;

const sha1 = (content: Buffer) => createHash('sha1').update(content).digest('hex');

/** The multipart body Box documents: the `attributes` part before the `file` part. */
function uploadForm(attributes: unknown, content?: Buffer): FormData {
	const form = new FormData();
	form.append('attributes', JSON.stringify(attributes));
	if (content) {
		form.append('file', new Blob([new Uint8Array(content)]), 'upload.bin');
	}

	return form;
}

/** The one entry of a `Files` answer, checked against Box's schema when the spec is at hand. */
function onlyEntry(answer: Answer, status: number): Json {
	assert.equal(answer.status, status, answer.text);
	const entries = answer.json?.['entries'] as Json[] | undefined;
	assert.equal(answer.json?.['total_count'], 1, 'one file in the answer');
	assert.equal(entries?.length, 1, 'one entry');
	if (schemas) {
		assert.deepEqual(schemas.schema('Files').errors(answer.json), [], answer.text);
		assert.deepEqual(schemas.schema('File').errors(entries?.[0]), [], answer.text);
	}

	return entries?.[0] ?? {};
}

describe('uploads (POST {uploadUrl}/2.0/files/content and /files/{id}/content)', () => {
	const sandbox = useSandbox();
	let token = '';
	const name = `report-${randomBytes(4).toString('hex')}.pdf`;
	const firstContent = Buffer.from('%PDF-1.4 first\u0000\u00ff binary');
	let fileId = '';
	let firstVersionId = '';

	before(async () => {
		const answer = await postForm(sandbox(), '/oauth2/token', ccgForm(sandbox()));
		assert.equal(answer.status, 200, answer.text);
		token = String(answer.json?.['access_token']);
	});

	const upload = (path: string, body: FormData, headers: Record<string, string> = {}) =>
		call(`${sandbox().urls.uploadUrl}/2.0/files/${path}`, {
			method: 'POST',
			headers: {authorization: `Bearer ${token}`, ...headers},
			body,
		});

	const preflight = (fileName: string) =>
		call(`${sandbox().urls.baseUrl}/2.0/files/content`, {
			method: 'OPTIONS',
			headers: {authorization: `Bearer ${token}`, 'content-type': 'application/json'},
			body: JSON.stringify({name: fileName, parent: {id: '0'}}),
		});

	const conflictId = (answer: Answer) =>
		(answer.json?.['context_info'] as {conflicts?: {id?: unknown}} | undefined)?.conflicts?.id;

	it('uploads a new file: 201 with Files, the SHA-1 and the size', async () => {
		const answer = await upload('content', uploadForm({name, parent: {id: '0'}}, firstContent), {
			'content-md5': sha1(firstContent),
		});
		const file = onlyEntry(answer, 201);
		assert.equal(file['type'], 'file');
		assert.equal(file['name'], name);
		assert.equal(file['sha1'], sha1(firstContent));
		assert.equal(file['size'], firstContent.length);
		assert.equal(file['etag'], '0');
		const version = file['file_version'] as Json;
		assert.equal(version['type'], 'file_version');
		assert.equal(version['sha1'], sha1(firstContent));
		assert.equal((file['parent'] as Json)['id'], '0');
		assert.match(String(file['id']), /^\d+$/);
		fileId = String(file['id']);
		firstVersionId = String(version['id']);
	});

	it('lets the preflight see the new file as a 409 naming it', async () => {
		const answer = await preflight(name);
		assert.equal(answer.status, 409, answer.text);
		assert.equal(answer.json?.['code'], 'item_name_in_use');
		assert.equal(conflictId(answer), fileId);
	});

	it('refuses the same name again (in any case) with 409 naming the existing file', async () => {
		const answer = await upload(
			'content',
			uploadForm({name: name.toUpperCase(), parent: {id: '0'}}, Buffer.from('other')),
		);
		assert.equal(answer.status, 409, answer.text);
		assert.equal(answer.json?.['code'], 'item_name_in_use');
		assert.equal(conflictId(answer), fileId);
	});

	it('uploads a new version: 200 with a new version ID, SHA-1 and etag', async () => {
		const content = Buffer.from('%PDF-1.4 second version');
		const answer = await upload(`${fileId}/content`, uploadForm({name}, content), {
			'if-match': '0',
		});
		const file = onlyEntry(answer, 200);
		assert.equal(file['id'], fileId);
		assert.equal(file['sha1'], sha1(content));
		assert.equal(file['size'], content.length);
		assert.equal(file['etag'], '1');
		const version = file['file_version'] as Json;
		assert.notEqual(version['id'], firstVersionId);
		assert.equal(version['sha1'], sha1(content));
	});

	it('answers a stale if-match with 412 precondition_failed', async () => {
		const answer = await upload(`${fileId}/content`, uploadForm({name}, Buffer.from('x')), {
			'if-match': '0',
		});
		assert.equal(answer.status, 412, answer.text);
		assert.equal(answer.json?.['code'], 'precondition_failed');
	});

	it('renames the file with a new version', async () => {
		const renamed = `renamed-${name}`;
		const answer = await upload(`${fileId}/content`, uploadForm({name: renamed}, Buffer.from('3')));
		assert.equal(onlyEntry(answer, 200)['name'], renamed);
		assert.equal(conflictId(await preflight(renamed)), fileId);
	});

	it('answers an unknown file ID with 404 not_found', async () => {
		const answer = await upload('123456789/content', uploadForm({name}, Buffer.from('x')));
		assert.equal(answer.status, 404, answer.text);
		assert.equal(answer.json?.['code'], 'not_found');
	});

	it('answers without a token with 401 and no body', async () => {
		const answer = await call(`${sandbox().urls.uploadUrl}/2.0/files/content`, {
			method: 'POST',
			body: uploadForm({name: 'a.txt', parent: {id: '0'}}, Buffer.from('a')),
		});
		assert.equal(answer.status, 401);
		assert.equal(answer.text, '');
		assert.match(answer.headers.get('www-authenticate') ?? '', /error="invalid_request"/);
	});

	it('answers a missing file part with 400 bad_request', async () => {
		const answer = await upload('content', uploadForm({name: 'a.txt', parent: {id: '0'}}));
		assert.equal(answer.status, 400, answer.text);
		assert.equal(answer.json?.['code'], 'bad_request');
	});

	it('answers a missing attributes part with 400 bad_request', async () => {
		const form = new FormData();
		form.append('file', new Blob(['a']), 'a.txt');
		const answer = await upload('content', form);
		assert.equal(answer.status, 400, answer.text);
		assert.equal(answer.json?.['code'], 'bad_request');
	});

	it('answers the file part before the attributes with 400 metadata_after_file_contents', async () => {
		const form = new FormData();
		form.append('file', new Blob(['a']), 'a.txt');
		form.append('attributes', JSON.stringify({name: 'a.txt', parent: {id: '0'}}));
		const answer = await upload('content', form);
		assert.equal(answer.status, 400, answer.text);
		assert.equal(answer.json?.['code'], 'metadata_after_file_contents');
	});

	it('answers a content-md5 that does not match with 400 bad_digest', async () => {
		const answer = await upload(
			'content',
			uploadForm({name: 'digest.txt', parent: {id: '0'}}, Buffer.from('a')),
			{'content-md5': sha1(Buffer.from('b'))},
		);
		assert.equal(answer.status, 400, answer.text);
		assert.equal(answer.json?.['code'], 'bad_digest');
	});

	it("answers an unknown parent folder with Box's 404 naming the parent in context_info", async () => {
		const answer = await upload(
			'content',
			uploadForm({name: 'a.txt', parent: {id: '987654321'}}, Buffer.from('a')),
		);
		assert.equal(answer.status, 404, answer.text);
		assert.equal(answer.headers.get('content-type'), 'application/json');
		assert.equal(answer.json?.['code'], 'not_found');
		assert.equal(answer.json?.['message'], 'Not Found');
		assert.deepEqual(answer.json?.['context_info'], {
			errors: [
				{
					reason: 'invalid_parameter',
					name: 'parent',
					message: "Invalid value 'd_987654321'. 'parent' with value 'd_987654321' not found",
				},
			],
		});
		if (schemas) {
			assert.deepEqual(schemas.schema('ClientError').errors(answer.json), [], answer.text);
		}
	});

	it('takes a body larger than the 64 KiB auth limit', async () => {
		const content = randomBytes(1024 * 1024);
		const answer = await upload(
			'content',
			uploadForm({name: `big-${randomBytes(4).toString('hex')}.bin`, parent: {id: '0'}}, content),
		);
		assert.equal(onlyEntry(answer, 201)['sha1'], sha1(content));
	});

	it('keeps the SHA-1 and size in the state, not the content', () => {
		const item = sandbox().runtime.state.items.find((candidate) => candidate.id === fileId);
		assert.ok(item, 'the uploaded file is an item');
		assert.deepEqual(Object.keys(item).sort(), [
			'contentCreatedAt',
			'contentModifiedAt',
			'createdAt',
			'etag',
			'fileVersionId',
			'id',
			'modifiedAt',
			'name',
			'ownerId',
			'parentId',
			'sha1',
			'size',
			'type',
		]);
	});
});
