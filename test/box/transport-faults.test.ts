import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {realBoxUrls} from '../../source/box/box-urls.js';
import {clientCredentialsToken} from '../../source/box/client-credentials.js';
import {openConnection} from '../../source/box/open-connection.js';
import {connectTo} from '../helpers/box-connection-fixture.js';
import {appOfType, closedPort, useSandbox} from '../helpers/sandbox-fixture.js';

describe('transport under trouble (sandbox fault injection)', () => {
	const sandbox = useSandbox();
	const injectFault = async (fault: Record<string, unknown>) => {
		const answer = await fetch(`${sandbox().urls.baseUrl}/_sandbox/faults`, {
			method: 'POST',
			body: JSON.stringify(fault),
		});
		assert.equal(answer.status, 200);
	};

	const ccg = () => {
		const app = appOfType(sandbox(), 'Demo CCG App');
		return {app, subject: {type: 'enterprise' as const, id: sandbox().describe().enterprise.id}};
	};

	it("waits out a 429 for Box's Retry-After, then succeeds", async () => {
		const waits: number[] = [];
		const connection = connectTo(sandbox(), {
			sleep: async (milliseconds) => {
				waits.push(milliseconds);
			},
		});
		await injectFault({kind: 'rate_limit', retryAfterSeconds: 7, count: 2, path: '/oauth2/token'});
		const {app, subject} = ccg();
		const result = await clientCredentialsToken(connection, app, subject);
		assert.equal(result.ok, true);
		assert.deepEqual(waits, [7000, 7000]);
		assert.deepEqual(
			connection.log.entries.map((entry) => entry.status),
			[429, 429, 200],
		);
	});

	it('retries a 5xx with backoff, then reports it', async () => {
		const waits: number[] = [];
		const connection = connectTo(sandbox(), {
			sleep: async (milliseconds) => {
				waits.push(milliseconds);
			},
			random: () => 0.5,
		});
		await injectFault({kind: 'status', status: 503, count: 10, path: '/oauth2/token'});
		const {app, subject} = ccg();
		const result = await clientCredentialsToken(connection, app, subject);
		await fetch(`${sandbox().urls.baseUrl}/_sandbox/faults`, {method: 'DELETE'});
		assert.equal(result.ok, false);
		assert.equal(result.ok ? 0 : result.failure.status, 503);
		assert.equal(result.ok ? '' : result.failure.error, 'unavailable');
		assert.deepEqual(waits, [500, 1000, 2000]);
	});

	it('does not retry a 4xx auth error', async () => {
		const connection = connectTo(sandbox());
		const {app, subject} = ccg();
		const result = await clientCredentialsToken(
			connection,
			{...app, clientSecret: 'wrong'},
			subject,
		);
		assert.equal(result.ok, false);
		assert.equal(connection.log.entries.length, 1);
	});

	it('times out a server that never answers, within the total timeout', async () => {
		const connection = connectTo(sandbox(), {timeouts: {connectMs: 1000, totalMs: 300}});
		await injectFault({kind: 'hang', path: '/oauth2/token'});
		const {app, subject} = ccg();
		const started = Date.now();
		const result = await clientCredentialsToken(connection, app, subject);
		assert.ok(Date.now() - started < 3000, 'returned promptly');
		assert.equal(result.ok ? undefined : result.failure.transport, 'timeout');
	});

	it('reports a dropped connection', async () => {
		const connection = connectTo(sandbox());
		await injectFault({kind: 'drop', path: '/oauth2/token'});
		const {app, subject} = ccg();
		const result = await clientCredentialsToken(connection, app, subject);
		assert.ok(!result.ok);
		assert.ok(
			result.failure.transport === 'dropped' || result.failure.transport === 'reset',
			`transport ${result.failure.transport}`,
		);
	});

	it('reports a refused connection', async () => {
		const port = await closedPort();
		const connection = openConnection({...realBoxUrls, apiUrl: `http://127.0.0.1:${port}`});
		const {app, subject} = ccg();
		const result = await clientCredentialsToken(connection, app, subject);
		await connection.transport.close();
		assert.equal(result.ok ? undefined : result.failure.transport, 'refused');
	});

	it('reports a host that does not resolve', async () => {
		const connection = openConnection({...realBoxUrls, apiUrl: 'http://no-such-host.invalid'});
		const {app, subject} = ccg();
		const result = await clientCredentialsToken(connection, app, subject);
		await connection.transport.close();
		assert.equal(result.ok ? undefined : result.failure.transport, 'dns');
	});

	it('lets the caller cancel a request in flight', async () => {
		const connection = connectTo(sandbox());
		await injectFault({kind: 'hang', path: '/oauth2/token'});
		const {app, subject} = ccg();
		const controller = new AbortController();
		setTimeout(() => {
			controller.abort();
		}, 100);
		await assert.rejects(clientCredentialsToken(connection, app, subject, controller.signal), {
			name: 'AbortError',
		});
	});
});
