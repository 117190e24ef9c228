import assert from 'node:assert/strict';
import {request} from 'node:http';
import {describe, it} from 'node:test';
import {controlHostCheck, isLoopbackHost} from '../../source/sandbox/control-guard.js';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {call, useSandbox} from '../helpers/sandbox-fixture.js';

// What reaches the sandbox from outside this machine's own tools: web pages (a cross-site POST,
// DNS rebinding) and uploads nobody authenticated.

type RawAnswer = {status: number; text: string};

/**
 * One request with headers fetch will not send (a Host of our choosing). With `partialBody`, it
 * announces a body of `announcedBytes` but sends only that part and waits for the answer.
 */
function rawRequest(
	sandbox: RunningSandbox,
	path: string,
	options: {
		method?: string;
		headers?: Record<string, string | number>;
		body?: string;
		partialBody?: Buffer;
	} = {},
): Promise<RawAnswer> {
	const url = new URL(sandbox.urls.baseUrl);
	return new Promise((resolve, reject) => {
		const outgoing = request(
			{
				host: url.hostname,
				port: url.port,
				path,
				method: options.method ?? 'GET',
				headers: options.headers ?? {},
				timeout: 5000,
			},
			(incoming) => {
				let text = '';
				incoming.setEncoding('utf8');
				incoming.on('data', (chunk: string) => {
					text += chunk;
				});
				incoming.on('end', () => {
					resolve({status: incoming.statusCode ?? 0, text});
					outgoing.destroy();
				});
			},
		);
		outgoing.on('timeout', () => {
			outgoing.destroy(new Error('no answer within 5 s'));
		});
		outgoing.on('error', reject);
		if (options.partialBody) {
			outgoing.write(options.partialBody);
		} else {
			outgoing.end(options.body);
		}
	});
}

const port = (sandbox: RunningSandbox) => new URL(sandbox.urls.baseUrl).port;

describe('the control surface refuses web pages', () => {
	const sandbox = useSandbox();

	it('answers only a Host header that names this machine (no DNS rebinding)', async () => {
		for (const host of ['127.0.0.1', 'localhost', 'LOCALHOST', '[::1]']) {
			const answer = await rawRequest(sandbox(), '/_sandbox', {
				headers: {host: `${host}:${port(sandbox())}`},
			});
			assert.equal(answer.status, 200, host);
		}

		for (const host of [
			`rebound.example:${port(sandbox())}`,
			'192.168.1.20',
			'127.0.0.1.example',
		]) {
			const answer = await rawRequest(sandbox(), '/_sandbox', {headers: {host}});
			assert.equal(answer.status, 403, host);
			assert.match(String((JSON.parse(answer.text) as {error: string}).error), /Host/);
			assert.doesNotMatch(answer.text, /clientSecret/);
		}
	});

	it("refuses a web page's form or text/plain POST, and takes JSON or a script's POST", async () => {
		const clock = (headers: Record<string, string>, body = '{"offsetSeconds": 60}') =>
			rawRequest(sandbox(), '/_sandbox/clock', {
				method: 'POST',
				headers: {host: `localhost:${port(sandbox())}`, ...headers},
				body,
			});
		const page = {origin: 'https://attacker.example'};
		for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
			const answer = await clock(contentType ? {...page, 'content-type': contentType} : page);
			assert.equal(answer.status, 403, String(contentType));
			assert.match(answer.text, /application\/json/);
		}

		assert.equal(sandbox().runtime.state.clockOffsetMs, 0, 'nothing moved the clock');
		assert.equal((await clock({...page, 'content-type': 'application/json'})).status, 200);
		// As `boxauth profiles add` and curl send it: no Origin, whatever the body type.
		assert.equal((await clock({'content-type': 'text/plain;charset=UTF-8'})).status, 200);
		assert.equal((await clock({}, '')).status, 400, 'an empty clock request is a bad one');
		await clock({'content-type': 'application/json'}, '{"offsetSeconds": 0}');
	});

	it('says which host names may reach it when it listens beyond loopback', () => {
		const wildcard = controlHostCheck('0.0.0.0');
		assert.ok(wildcard('192.168.1.20') && wildcard('[fe80::1]') && wildcard('localhost'));
		assert.ok(!wildcard('rebound.example'));
		const named = controlHostCheck('devbox.lan');
		assert.ok(named('devbox.lan') && named('127.0.0.1'));
		assert.ok(!named('192.168.1.20') && !named('rebound.example'));
		const loopback = controlHostCheck('127.0.0.1');
		assert.ok(!loopback('192.168.1.20'));
		assert.deepEqual(
			['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '0.0.0.0', '::', '192.168.1.20'].map(
				isLoopbackHost,
			),
			[true, true, true, true, true, false, false, false],
		);
	});
});

describe('bodies of refused requests are never read', () => {
	const sandbox = useSandbox();
	const fiftyMegabytes = 50 * 1024 * 1024;
	const firstPart = Buffer.alloc(64 * 1024, 'x');

	it('answers an upload without a valid token with 401 before its body arrives', async () => {
		for (const authorization of [undefined, 'Bearer not-a-token']) {
			const answer = await rawRequest(sandbox(), '/api/2.0/files/content', {
				method: 'POST',
				headers: {
					'content-type': 'multipart/form-data; boundary=x',
					'content-length': fiftyMegabytes,
					...(authorization ? {authorization} : {}),
				},
				partialBody: firstPart,
			});
			assert.equal(answer.status, 401, String(authorization));
		}
	});

	it('answers a refused control request with 403 before its body arrives', async () => {
		const answer = await rawRequest(sandbox(), '/_sandbox/clock', {
			method: 'POST',
			headers: {host: 'rebound.example', 'content-length': fiftyMegabytes},
			partialBody: firstPart,
		});
		assert.equal(answer.status, 403);
	});

	it('a fetch client refused mid-upload gets the 401, not a broken connection', async () => {
		const refused = await call(`${sandbox().urls.uploadUrl}/2.0/files/content`, {
			method: 'POST',
			body: new Blob([Buffer.alloc(8 * 1024 * 1024)]),
		});
		assert.equal(refused.status, 401);
	});
});
