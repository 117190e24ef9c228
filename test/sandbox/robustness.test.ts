import assert from 'node:assert/strict';
import {connect} from 'node:net';
import {describe, it} from 'node:test';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {
	type Answer,
	appOfType,
	call,
	ccgForm,
	jwtBearerForm,
	useSandbox,
} from '../helpers/sandbox-fixture.js';

// Load and malformed input: the sandbox must answer everything (or close the connection), never
// crash or hang, and keep serving afterwards. Every request here has a timeout.

type RawAnswer = {
	/** Everything the server sent before it closed the connection. */
	text: string;
	/** The status of the first response, if one came. */
	status: number | undefined;
	headers: Map<string, string>;
	body: string;
	timedOut: boolean;
};

/**
 * Writes bytes to the sandbox over a plain TCP connection and reads until the server closes it;
 * `halfClose` ends our side after writing. A server that neither answers nor closes within the
 * timeout shows as `timedOut`.
 */
function rawRequest(
	sandbox: RunningSandbox,
	data: string | Buffer,
	{halfClose = true, timeoutMs = 2000} = {},
): Promise<RawAnswer> {
	const {hostname, port} = new URL(sandbox.urls.baseUrl);
	return new Promise((resolve) => {
		const socket = connect(Number(port), hostname);
		const chunks: Buffer[] = [];
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			socket.destroy();
		}, timeoutMs);
		socket.on('data', (chunk: Buffer) => chunks.push(chunk));
		socket.on('error', () => {
			// A reset counts as a close; what was received is still reported.
		});
		socket.on('close', () => {
			clearTimeout(timer);
			const text = Buffer.concat(chunks).toString('utf8');
			const [head = '', ...rest] = text.split('\r\n\r\n');
			const [statusLine = '', ...headerLines] = head.split('\r\n');
			const headers = new Map<string, string>();
			for (const line of headerLines) {
				const colon = line.indexOf(':');
				headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
			}

			const status = /^HTTP\/1\.1 (\d{3}) /.exec(statusLine)?.[1];
			resolve({
				text,
				status: status ? Number(status) : undefined,
				headers,
				body: rest.join('\r\n\r\n'),
				timedOut,
			});
		});
		socket.write(data);
		if (halfClose) {
			socket.end();
		}
	});
}

function httpRequest(
	method: string,
	target: string,
	body: Buffer = Buffer.alloc(0),
	headers: Record<string, string> = {},
): Buffer {
	const lines = [
		`${method} ${target} HTTP/1.1`,
		'Host: 127.0.0.1',
		'Connection: close',
		`Content-Length: ${body.length}`,
		...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
	];
	return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body]);
}

const formType = {'Content-Type': 'application/x-www-form-urlencoded'};

const postToken = (sandbox: RunningSandbox, body: BodyInit, headers: Record<string, string> = {}) =>
	call(`${sandbox.urls.baseUrl}/oauth2/token`, {method: 'POST', body, headers});

function assertTokenError(answer: Answer, error: string, description?: string) {
	assert.equal(answer.status, 400, answer.text);
	assert.equal(answer.json?.['error'], error);
	if (description !== undefined) {
		assert.equal(answer.json?.['error_description'], description);
	}
}

async function assertStillServing(sandbox: RunningSandbox) {
	const answer = await postToken(sandbox, new URLSearchParams(ccgForm(sandbox)));
	assert.equal(answer.status, 200, answer.text);
}

describe('load', () => {
	const sandbox = useSandbox();

	it('answers 200 concurrent CCG token requests with 200 distinct tokens', async () => {
		const answers = await Promise.all(
			Array.from({length: 200}, async () =>
				postToken(sandbox(), new URLSearchParams(ccgForm(sandbox()))),
			),
		);
		assert.deepEqual(
			answers.map((answer) => answer.status),
			Array.from({length: 200}, () => 200),
		);
		const tokens = new Set(answers.map((answer) => answer.json?.['access_token']));
		assert.equal(tokens.size, 200);
		for (const token of tokens) {
			assert.match(String(token), /^[A-Za-z\d]{32}$/);
		}
	});

	it('lets only one of 20 concurrent requests use the same JWT assertion', async () => {
		const form = await jwtBearerForm(sandbox(), Math.floor(Date.now() / 1000));
		const answers = await Promise.all(
			Array.from({length: 20}, async () => postToken(sandbox(), new URLSearchParams(form))),
		);
		const statuses = answers.map((answer) => answer.status).sort();
		assert.deepEqual(statuses, [200, ...Array.from({length: 19}, () => 400)]);
		for (const answer of answers.filter((candidate) => candidate.status === 400)) {
			assert.equal(
				answer.json?.['error_description'],
				"Please check the 'jti' claim. A unique 'jti' value is required.",
			);
		}
	});

	it('lets only one of 20 concurrent refreshes use the same refresh token', async () => {
		const app = appOfType(sandbox(), 'Demo OAuth App');
		const milo = sandbox()
			.describe()
			.users.find((user) => user.name === 'Milo Member');
		const consent = await fetch(sandbox().urls.authorizeUrl, {
			method: 'POST',
			body: new URLSearchParams({
				response_type: 'code',
				client_id: app.clientId,
				user_id: milo?.id ?? '',
				decision: 'grant',
			}),
			redirect: 'manual',
			signal: AbortSignal.timeout(5000),
		});
		const code = new URL(consent.headers.get('location') ?? '').searchParams.get('code') ?? '';
		const login = await postToken(
			sandbox(),
			new URLSearchParams({
				grant_type: 'authorization_code',
				client_id: app.clientId,
				client_secret: app.clientSecret,
				code,
			}),
		);
		assert.equal(login.status, 200, login.text);
		const form = {
			grant_type: 'refresh_token',
			client_id: app.clientId,
			client_secret: app.clientSecret,
			refresh_token: String(login.json?.['refresh_token']),
		};
		const answers = await Promise.all(
			Array.from({length: 20}, async () => postToken(sandbox(), new URLSearchParams(form))),
		);
		assert.equal(answers.filter((answer) => answer.status === 200).length, 1);
		assert.equal(answers.filter((answer) => answer.status === 400).length, 19);
	});
});

describe('malformed input', () => {
	const sandbox = useSandbox();

	it('refuses a body over 64 KiB with a Box-style 413', async () => {
		const answer = await postToken(sandbox(), `grant_type=${'a'.repeat(64 * 1024)}`, formType);
		assert.equal(answer.status, 413);
		assert.equal(answer.json?.['type'], 'error');
		assert.equal(answer.json?.['status'], 413);
		assert.equal(answer.json?.['code'], 'request_entity_too_large');
		assert.equal(typeof answer.json?.['message'], 'string');
		assert.equal(typeof answer.json?.['request_id'], 'string');
	});

	it('refuses a 4 MiB body over a raw connection with the same 413', async () => {
		const raw = await rawRequest(
			sandbox(),
			httpRequest('POST', '/oauth2/token', Buffer.alloc(4 * 1024 * 1024, 'a'), formType),
			{halfClose: false},
		);
		assert.equal(raw.timedOut, false);
		assert.equal(raw.status, 413, raw.text.slice(0, 200));
		assert.equal(
			(JSON.parse(raw.body) as Record<string, unknown>)['code'],
			'request_entity_too_large',
		);
	});

	it('still reads a body of exactly 64 KiB', async () => {
		const padding = 64 * 1024 - 'grant_type=password&x='.length;
		const answer = await postToken(
			sandbox(),
			`grant_type=password&x=${'a'.repeat(padding)}`,
			formType,
		);
		assertTokenError(
			answer,
			'invalid_request',
			'Invalid grant_type parameter or parameter missing',
		);
	});

	it('reads invalid percent-encoding in the form as plain text', async () => {
		const fields = ccgForm(sandbox());
		assertTokenError(
			await postToken(sandbox(), 'grant_type=%zz&client_id=%E0%A4%A', formType),
			'invalid_request',
			'Invalid grant_type parameter or parameter missing',
		);
		assertTokenError(
			await postToken(
				sandbox(),
				`grant_type=client_credentials&client_id=%E0%A4%A&client_secret=%&box_subject_type=enterprise`,
				formType,
			),
			'invalid_client',
		);
		const badSubject = new URLSearchParams(fields)
			.toString()
			.replace(/box_subject_id=\d+/, 'box_subject_id=%G1%');
		assertTokenError(await postToken(sandbox(), badSubject, formType), 'invalid_grant');
	});

	it('reads invalid UTF-8 in the form without failing', async () => {
		const garbage = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]);
		const body = (...parts: Array<string | Buffer>) =>
			Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
		const fields = ccgForm(sandbox());
		for (const [bytes, error] of [
			[body('grant_type=', garbage), 'invalid_request'],
			[body('grant_type=client_credentials&client_id=', garbage), 'invalid_client'],
			[
				body(
					`grant_type=client_credentials&client_id=${fields['client_id'] ?? ''}&client_secret=`,
					garbage,
				),
				'invalid_grant',
			],
			[
				body(
					`grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=`,
					garbage,
					`&client_id=${appOfType(sandbox(), 'Demo JWT App').clientId}&client_secret=${appOfType(sandbox(), 'Demo JWT App').clientSecret}`,
				),
				'invalid_grant',
			],
			[body('grant_type=', garbage, '%ff%fe'), 'invalid_request'],
		] as const) {
			const raw = await rawRequest(
				sandbox(),
				httpRequest('POST', '/oauth2/token', bytes, formType),
			);
			assert.equal(raw.status, 400, raw.text);
			assert.equal((JSON.parse(raw.body) as Record<string, unknown>)['error'], error);
		}

		const page = await rawRequest(
			sandbox(),
			httpRequest('GET', `/api/oauth2/authorize?response_type=code&client_id=%ff%fe&state=%C3%28`),
		);
		assert.equal(page.status, 400);
	});

	it('answers every grant with missing fields with a token error', async () => {
		const oauth = appOfType(sandbox(), 'Demo OAuth App');
		const jwt = appOfType(sandbox(), 'Demo JWT App');
		const ccg = appOfType(sandbox(), 'Demo CCG App');
		const cases: Array<[Record<string, string>, string, string]> = [
			[{grant_type: 'authorization_code'}, 'invalid_client', 'The client credentials are invalid'],
			[
				{
					grant_type: 'authorization_code',
					client_id: oauth.clientId,
					client_secret: oauth.clientSecret,
				},
				'invalid_grant',
				"Auth code doesn't exist or is invalid for the client",
			],
			[{grant_type: 'refresh_token'}, 'invalid_client', 'The client credentials are invalid'],
			[
				{grant_type: 'refresh_token', client_id: oauth.clientId, client_secret: oauth.clientSecret},
				'invalid_request',
				'No "refresh_token" parameter found',
			],
			[{grant_type: 'client_credentials'}, 'invalid_client', 'The client credentials are invalid'],
			[
				{grant_type: 'client_credentials', client_id: ccg.clientId},
				'invalid_grant',
				'Grant credentials are invalid',
			],
			[
				{
					grant_type: 'client_credentials',
					client_id: ccg.clientId,
					client_secret: ccg.clientSecret,
				},
				'invalid_client',
				'The client credentials are invalid',
			],
			[
				{
					grant_type: 'client_credentials',
					client_id: ccg.clientId,
					client_secret: ccg.clientSecret,
					box_subject_type: 'enterprise',
				},
				'invalid_grant',
				'Grant credentials are invalid',
			],
			[
				{grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer'},
				'invalid_client',
				'The client credentials are invalid',
			],
			[
				{
					grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
					client_id: jwt.clientId,
					client_secret: jwt.clientSecret,
				},
				'invalid_grant',
				'Please check the assertion. It is not a valid JWT.',
			],
			[
				{grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange'},
				'invalid_grant',
				'The subject_token is invalid',
			],
			[
				{
					grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
					subject_token: sandbox().describe().developerToken,
				},
				'invalid_grant',
				'The subject_token is invalid',
			],
			[
				{
					grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
					subject_token: sandbox().describe().developerToken,
					subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
				},
				'insufficient_scope',
				'Insufficient permissions for the requested scope.',
			],
		];
		for (const [fields, error, description] of cases) {
			const answer = await postToken(sandbox(), new URLSearchParams(fields));
			assert.deepEqual(
				{status: answer.status, json: answer.json, cache: answer.headers.get('cache-control')},
				{status: 400, json: {error, error_description: description}, cache: 'no-store'},
				JSON.stringify(fields),
			);
		}
	});

	it('answers wrong methods on every route without failing', async () => {
		const base = sandbox().urls.baseUrl;
		const bearer = {authorization: `Bearer ${sandbox().describe().developerToken}`};
		for (const [method, path] of [
			['PUT', '/2.0/users/me'],
			['DELETE', '/2.0/users/me'],
			['PATCH', '/2.0/users/me'],
			['GET', '/2.0/files/content'],
			['POST', '/2.0/files/content'],
			['PUT', '/api/oauth2/authorize'],
			['DELETE', '/api/oauth2/authorize'],
		] as const) {
			const answer = await call(`${base}${path}`, {method, headers: bearer});
			assert.equal(answer.status, 405, `${method} ${path}`);
			assert.equal(answer.json?.['code'], 'method_not_allowed', `${method} ${path}`);
		}

		const head = await call(`${base}/2.0/users/me`, {method: 'HEAD', headers: bearer});
		assert.equal(head.status, 405);

		for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
			assertTokenError(
				await call(`${base}/oauth2/token`, {method}),
				'invalid_request',
				'Invalid grant_type parameter or parameter missing',
			);
		}

		assertTokenError(await call(`${base}/oauth2/revoke`), 'invalid_client');
	});

	it('answers a request target that is not a path with a Box-style 400', async () => {
		for (const target of ['http://x/y', 'http://127.0.0.1/oauth2/token', '*']) {
			const raw = await rawRequest(sandbox(), httpRequest('GET', target));
			assert.equal(raw.timedOut, false, target);
			assert.equal(raw.status, 400, `${target}: ${raw.text}`);
			const body = JSON.parse(raw.body) as Record<string, unknown>;
			assert.equal(body['type'], 'error', target);
			assert.equal(body['status'], 400, target);
			assert.equal(body['code'], 'bad_request', target);
		}
	});

	it('answers odd paths with a JSON 404', async () => {
		for (const target of ['//oauth2/token', '/2.0/users/me%', '/%00', '/oauth2/token/..%2f..']) {
			const raw = await rawRequest(sandbox(), httpRequest('POST', target));
			assert.equal(raw.timedOut, false, target);
			assert.equal(raw.status, 404, `${target}: ${raw.text}`);
			assert.equal((JSON.parse(raw.body) as Record<string, unknown>)['code'], 'not_found');
		}
	});

	it('closes a truncated request instead of hanging', async () => {
		const truncatedBody = await rawRequest(
			sandbox(),
			'POST /oauth2/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\ngrant_type=cl',
		);
		assert.equal(truncatedBody.timedOut, false);
		assert.notEqual(truncatedBody.status, 200);

		const truncatedHeaders = await rawRequest(
			sandbox(),
			'POST /oauth2/token HTTP/1.1\r\nHost: x\r\nContent-Le',
		);
		assert.equal(truncatedHeaders.timedOut, false);
		assert.notEqual(truncatedHeaders.status, 200);

		const truncatedChunks = await rawRequest(
			sandbox(),
			'POST /oauth2/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10\r\ngrant_type=c',
		);
		assert.equal(truncatedChunks.timedOut, false);
		assert.notEqual(truncatedChunks.status, 200);
	});

	it('keeps serving others while a client stalls in the middle of its body', async () => {
		const {hostname, port} = new URL(sandbox().urls.baseUrl);
		const stalled = connect(Number(port), hostname);
		stalled.on('error', () => {
			// Destroyed below; nothing to report.
		});
		try {
			stalled.write(
				'POST /oauth2/token HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\ngrant_type=',
			);
			await assertStillServing(sandbox());
			const me = await call(`${sandbox().urls.baseUrl}/2.0/users/me`);
			assert.equal(me.status, 401);
		} finally {
			stalled.destroy();
		}
	});

	it('closes the connection on bytes that are not HTTP', async () => {
		for (const junk of [
			'HELLO\r\n\r\n',
			Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03]),
			'GET / HTTP/9.9\r\n\r\n',
			'CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1:443\r\n\r\n',
			'\r\n\r\n\r\n',
		]) {
			const raw = await rawRequest(sandbox(), junk);
			assert.equal(raw.timedOut, false, JSON.stringify(junk.toString()));
			assert.notEqual(raw.status, 200);
		}
	});

	it('answers oversized headers with 431 and odd Authorization headers with 401', async () => {
		const big = await rawRequest(
			sandbox(),
			httpRequest('GET', '/2.0/users/me', Buffer.alloc(0), {'X-Big': 'b'.repeat(20_000)}),
		);
		assert.equal(big.status, 431);

		for (const authorization of [
			'Bearer',
			'Bearer a b',
			`Bearer ${'t'.repeat(8000)}`,
			'bearer\t',
		]) {
			const raw = await rawRequest(
				sandbox(),
				httpRequest('GET', '/2.0/users/me', Buffer.alloc(0), {Authorization: authorization}),
			);
			assert.equal(raw.status, 401, authorization.slice(0, 20));
			assert.equal(raw.body, '');
		}
	});

	it('answers control requests with odd JSON without failing', async () => {
		const base = sandbox().urls.baseUrl;
		for (const body of [
			'[]',
			'null',
			'"text"',
			'{"a":',
			`${'['.repeat(5000)}${']'.repeat(5000)}`,
		]) {
			const answer = await call(`${base}/_sandbox/faults`, {method: 'POST', body});
			assert.equal(answer.status, 400, body.slice(0, 20));
		}

		const nested = await call(`${base}/_sandbox/lifetimes`, {
			method: 'POST',
			body: JSON.stringify({accessTokenSeconds: {nested: true}}),
		});
		assert.equal(nested.status, 400);
	});

	it('still answers a normal token request after all of that', async () => {
		await assertStillServing(sandbox());
		const described = await call(`${sandbox().urls.baseUrl}/_sandbox`);
		assert.equal(described.status, 200);
	});
});
