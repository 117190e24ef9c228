import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {apiTraceLines} from '../../source/box/api-trace.js';
import {clientCredentialsToken} from '../../source/box/client-credentials.js';
import {
	authorizeUrl,
	createPkce,
	createState,
	exchangeCode,
	refreshAccessToken,
} from '../../source/box/oauth.js';
import type {SentExchange} from '../../source/box/transport.js';
import {getCurrentUser} from '../../source/box/users-me.js';
import {connectTo, consentAs} from '../helpers/box-connection-fixture.js';
import {assertNoSecrets} from '../helpers/leak-check.js';
import {appOfType, useSandbox} from '../helpers/sandbox-fixture.js';

const clientSecret = 'Kq8ZfR2vLp0xWm4YtB6nHs1cJd3gAe5u';
const accessToken = 'T9cE5asRk2LmQ8vN1xW4zB7yH0jD6fGp';
const refreshToken = 'R7uWq2xZ5cV8bN1mL4kJ6hG9fD3sA0pQoIuYtReWqAsDfGhJkLzXcVbNm1234567';

const tokenExchange = (changes: Partial<SentExchange> = {}): SentExchange => ({
	request: {
		method: 'POST',
		url: 'https://api.box.com/oauth2/token',
		body: {
			form: new URLSearchParams({
				grant_type: 'client_credentials',
				client_id: 'abc123clientid',
				client_secret: clientSecret,
			}),
		},
	},
	attempt: 1,
	durationMs: 87.4,
	response: {
		status: 200,
		headers: {},
		text: JSON.stringify({access_token: accessToken, expires_in: 3600, token_type: 'bearer'}),
	},
	...changes,
});

describe('the BOXAUTH_DEBUG=api trace of one exchange', () => {
	it("shows what was sent and what came back, in gh's marks, secrets masked", () => {
		assert.deepEqual(apiTraceLines(tokenExchange()), [
			'> POST https://api.box.com/oauth2/token',
			'> grant_type=client_credentials&client_id=abc123clientid&client_secret=Kq8Z…',
			'< 200 in 87 ms',
			'< {"access_token":"T9cE…","expires_in":3600,"token_type":"bearer"}',
		]);
	});

	it('masks every secret a request or an answer can carry, and the bearer token, short or long', () => {
		const assertion = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJhYmMxMjMifQ.c2lnbmF0dXJlc2lnbmF0dXJl';
		const secrets = [
			clientSecret,
			accessToken,
			refreshToken,
			assertion,
			'Wr0ngC0deWr0ngC0deWr0ngC0de12345',
			'V3rifierV3rifierV3rifierV3rifier00',
			'sh0rt',
		];
		const form = (fields: Record<string, string>): SentExchange => ({
			...tokenExchange(),
			request: {
				method: 'POST',
				url: 'https://api.box.com/oauth2/token',
				body: {form: new URLSearchParams({client_secret: clientSecret, ...fields})},
			},
		});
		const exchanges: SentExchange[] = [
			form({grant_type: 'refresh_token', refresh_token: refreshToken}),
			form({grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion}),
			form({
				grant_type: 'authorization_code',
				code: 'Wr0ngC0deWr0ngC0deWr0ngC0de12345',
				code_verifier: 'V3rifierV3rifierV3rifierV3rifier00',
			}),
			form({
				grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
				subject_token: accessToken,
			}),
			{
				...tokenExchange(),
				request: {
					method: 'POST',
					url: `https://api.box.com/oauth2/${accessToken}`,
					headers: {authorization: 'Bearer sh0rt'},
					body: {json: {refresh_token: refreshToken}},
				},
				response: {
					status: 200,
					headers: {},
					text: JSON.stringify({access_token: accessToken, refresh_token: refreshToken}),
				},
			},
			{
				...tokenExchange(),
				request: {
					method: 'GET',
					url: 'https://api.box.com/2.0/users/me',
					headers: {authorization: `Bearer ${accessToken}`},
				},
			},
		];
		const lines = exchanges.flatMap((exchange) => apiTraceLines(exchange));
		assertNoSecrets(lines, secrets, 'the trace');
		assert.ok(lines.includes('> authorization: Bearer …'), 'a short token is hidden whole');
		assert.ok(lines.includes('> authorization: Bearer T9cE…'), 'a long one shows its start');
		assert.ok(lines.includes('> POST https://api.box.com/oauth2/T9cE…'), 'a token in the path');
	});

	it("names Box's request ID, the try, and a request that got no answer", () => {
		const retried = apiTraceLines(
			tokenExchange({
				request: {method: 'GET', url: 'https://api.box.com/2.0/users/me'},
				attempt: 2,
				response: {status: 503, headers: {'box-request-id': '0a1b2c3d4e5f'}, text: ''},
			}),
		);
		assert.deepEqual(retried, [
			'> GET https://api.box.com/2.0/users/me (attempt 2)',
			'< 503 in 87 ms, box-request-id 0a1b2c3d4e5f',
		]);
		const {request} = tokenExchange();
		assert.equal(
			apiTraceLines({request, attempt: 1, durationMs: 30_000, problem: 'timeout'}).at(-1),
			'* no answer after 30000 ms: timeout',
		);
	});

	it('marks every line of a body that is not JSON, and lets no escape sequence through', () => {
		const lines = apiTraceLines(
			tokenExchange({
				response: {
					status: 502,
					headers: {'box-request-id': 'id\u001B]52;c;aGk=\u0007'},
					text: '<html>\n\u001B[2JBad gateway\n</html>',
				},
			}),
		);
		assert.deepEqual(lines.slice(2), [
			'< 502 in 87 ms, box-request-id id',
			'< <html>',
			'< Bad gateway',
			'< </html>',
		]);
	});
});

describe('the trace of real exchanges with the sandbox', () => {
	const sandbox = useSandbox();

	it('is told of every exchange the log keeps, and shows no secret of any of them', async () => {
		const traced: string[] = [];
		const connection = connectTo(sandbox(), {
			trace(exchange) {
				traced.push(...apiTraceLines(exchange));
			},
		});
		const described = sandbox().describe();
		const secrets: string[] = [];
		const keep = (result: {ok: boolean; value?: {accessToken: string; refreshToken?: string}}) => {
			assert.ok(result.ok && result.value, 'Box answered with a token');
			secrets.push(
				result.value.accessToken,
				...(result.value.refreshToken ? [result.value.refreshToken] : []),
			);
			return result.value;
		};

		const ccg = appOfType(sandbox(), 'Demo CCG App');
		keep(
			await clientCredentialsToken(connection, ccg, {
				type: 'enterprise',
				id: described.enterprise.id,
			}),
		);

		const oauth = appOfType(sandbox(), 'Demo OAuth App');
		const pkce = createPkce();
		const redirectUri = 'http://localhost:3000/callback';
		const query = await consentAs(
			authorizeUrl(connection, {
				clientId: oauth.clientId,
				redirectUri,
				state: createState(),
				codeChallenge: pkce.challenge,
			}),
			described.users[0]?.id ?? '',
		);
		const code = query.get('code') ?? '';
		const login = keep(
			await exchangeCode(connection, oauth, {code, redirectUri, codeVerifier: pkce.verifier}),
		);
		const renewed = keep(await refreshAccessToken(connection, oauth, login.refreshToken ?? ''));
		assert.ok((await getCurrentUser(connection, renewed.accessToken)).ok);
		secrets.push(ccg.clientSecret, oauth.clientSecret, code, pkce.verifier);

		const requests = traced.filter((line) => /^> (GET|POST) /.test(line));
		assert.equal(requests.length, connection.log.entries.length, 'one trace a logged exchange');
		assert.match(traced.join('\n'), /^< 200 in \d+ ms, box-request-id \w+$/m);
		assertNoSecrets(traced, secrets, 'the trace');
	});
});
