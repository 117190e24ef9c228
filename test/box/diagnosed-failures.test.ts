import assert from 'node:assert/strict';
import {generateKeyPairSync} from 'node:crypto';
import {describe, it} from 'node:test';
import {boxCall} from '../../source/box/box-call.js';
import type {BoxConnection} from '../../source/box/box-connection.js';
import {clientCredentialsToken} from '../../source/box/client-credentials.js';
import type {Failure} from '../../source/box/failure.js';
import {parseJwtConfig} from '../../source/box/jwt-config.js';
import {jwtToken} from '../../source/box/jwt-grant.js';
import {
	authorizeUrl,
	createState,
	exchangeCode,
	refreshAccessToken,
} from '../../source/box/oauth.js';
import {checkDeveloperToken} from '../../source/box/static-tokens.js';
import {getCurrentUser} from '../../source/box/users-me.js';
import {diagnose} from '../../source/diagnosis/diagnose.js';
import {connectTo, consentAs} from '../helpers/box-connection-fixture.js';
import {appOfType, useSandbox} from '../helpers/sandbox-fixture.js';

// Each failure the sandbox can produce, through the real client over loopback HTTP, comes out as
// the right diagnosis: the client, the sandbox and the table agree end to end.

function failureOf(result: {ok: true} | {ok: false; failure: Failure}): Failure {
	if (result.ok) {
		assert.fail('expected a failure, the request succeeded');
	}

	return result.failure;
}

describe('failures from the sandbox come back through the client as the right diagnosis', () => {
	const sandbox = useSandbox();
	const control = async (path: string, body: unknown) => {
		const answer = await fetch(`${sandbox().urls.baseUrl}/_sandbox${path}`, {
			method: 'POST',
			body: JSON.stringify(body),
		});
		assert.equal(answer.status, 200, `control ${path}`);
	};

	const enterprise = () => ({type: 'enterprise' as const, id: sandbox().describe().enterprise.id});
	const jwtConfig = () => {
		const parsed = parseJwtConfig(JSON.stringify(appOfType(sandbox(), 'Demo JWT App').jwtConfig));
		assert.ok(parsed.ok, 'the seeded config parses');
		return parsed.config;
	};

	const cases: Array<[string, (connection: BoxConnection) => Promise<Failure>]> = [
		[
			// A CCG app waiting for its admin, asked for its enterprise: the one capture's answer.
			'ccg-insufficient-scope-not-authorized',
			async (connection) =>
				failureOf(
					await clientCredentialsToken(
						connection,
						appOfType(sandbox(), 'Pending CCG App'),
						enterprise(),
					),
				),
		],
		[
			// The same app asked for a user: the answer a wrong secret gets (Box staff).
			'ccg-grant-credentials-invalid',
			async (connection) =>
				failureOf(
					await clientCredentialsToken(connection, appOfType(sandbox(), 'Pending CCG App'), {
						type: 'user',
						id: sandbox().describe().users[1]?.id ?? '',
					}),
				),
		],
		[
			'ccg-grant-credentials-invalid',
			async (connection) =>
				failureOf(
					await clientCredentialsToken(
						connection,
						{...appOfType(sandbox(), 'Demo CCG App'), clientSecret: 'wrong'},
						enterprise(),
					),
				),
		],
		[
			'invalid-client',
			async (connection) =>
				failureOf(
					await clientCredentialsToken(
						connection,
						{clientId: 'nope', clientSecret: 'nope'},
						enterprise(),
					),
				),
		],
		[
			// An OAuth 2.0 app's credentials used for a Client Credentials Grant.
			'invalid-client',
			async (connection) =>
				failureOf(
					await clientCredentialsToken(
						connection,
						appOfType(sandbox(), 'Demo OAuth App'),
						enterprise(),
					),
				),
		],
		[
			'enterprise-id-zero',
			async (connection) =>
				failureOf(await jwtToken(connection, jwtConfig(), {type: 'enterprise', id: '0'})),
		],
		[
			'jwt-kid-invalid',
			async (connection) =>
				failureOf(
					await jwtToken(connection, {...jwtConfig(), publicKeyId: 'notakey1'}, enterprise()),
				),
		],
		[
			'jwt-signature-invalid',
			async (connection) => {
				const passphrase = 'another passphrase';
				const {privateKey} = generateKeyPairSync('rsa', {
					modulusLength: 2048,
					privateKeyEncoding: {type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase},
					publicKeyEncoding: {type: 'spki', format: 'pem'},
				});
				return failureOf(
					await jwtToken(connection, {...jwtConfig(), privateKey, passphrase}, enterprise()),
				);
			},
		],
		[
			'jwt-exp-passed',
			async (connection) => {
				await control('/clock', {offsetSeconds: 120});
				try {
					return failureOf(await jwtToken(connection, jwtConfig(), enterprise()));
				} finally {
					await control('/clock', {offsetSeconds: 0});
				}
			},
		],
		[
			'jwt-exp-too-far',
			async (connection) => {
				await control('/clock', {offsetSeconds: -120});
				try {
					return failureOf(await jwtToken(connection, jwtConfig(), enterprise()));
				} finally {
					await control('/clock', {offsetSeconds: 0});
				}
			},
		],
		[
			'auth-code-invalid',
			async (connection) =>
				failureOf(
					await exchangeCode(connection, appOfType(sandbox(), 'Demo OAuth App'), {
						code: 'not-a-code',
					}),
				),
		],
		[
			'auth-code-expired',
			async (connection) => {
				const app = appOfType(sandbox(), 'Demo OAuth App');
				const admin = sandbox()
					.describe()
					.users.find((user) => user.role === 'admin');
				const query = await consentAs(
					authorizeUrl(connection, {
						clientId: app.clientId,
						redirectUri: 'http://localhost:3000/callback',
						state: createState(),
					}),
					admin?.id ?? '',
				);
				await control('/clock', {advanceSeconds: 31});
				try {
					return failureOf(await exchangeCode(connection, app, {code: query.get('code') ?? ''}));
				} finally {
					await control('/clock', {offsetSeconds: 0});
				}
			},
		],
		[
			'refresh-token-spent',
			async (connection) =>
				failureOf(
					await refreshAccessToken(
						connection,
						appOfType(sandbox(), 'Demo OAuth App'),
						'x'.repeat(64),
					),
				),
		],
		[
			'access-token-invalid',
			async (connection) => failureOf(await getCurrentUser(connection, 'A'.repeat(32))),
		],
		[
			'developer-token-expired',
			async (connection) => {
				await control('/clock', {advanceSeconds: 61 * 60});
				try {
					return failureOf(
						await checkDeveloperToken(connection, sandbox().describe().developerToken),
					);
				} finally {
					await control('/clock', {offsetSeconds: 0});
				}
			},
		],
		[
			'token-url-wrong-path',
			async (connection) =>
				failureOf(
					await boxCall(
						connection,
						{
							method: 'POST',
							url: `${connection.urls.apiUrl}/oauth2/${sandbox().describe().developerToken}`,
						},
						{},
						() => undefined,
					),
				),
		],
		[
			'token-request-json-body',
			async (connection) =>
				failureOf(
					await boxCall(
						connection,
						{
							method: 'POST',
							url: `${connection.urls.apiUrl}/oauth2/token`,
							body: {json: {grant_type: 'client_credentials'}},
						},
						{},
						() => undefined,
					),
				),
		],
		[
			'rate-limited',
			async (connection) => {
				await control('/faults', {
					kind: 'rate_limit',
					retryAfterSeconds: 0,
					count: 10,
					path: '/2.0/users/me',
				});
				try {
					return failureOf(await getCurrentUser(connection, sandbox().describe().developerToken));
				} finally {
					await fetch(`${sandbox().urls.baseUrl}/_sandbox/faults`, {method: 'DELETE'});
				}
			},
		],
		[
			'box-server-error',
			async (connection) => {
				await control('/faults', {kind: 'status', status: 502, count: 10, path: '/oauth2/token'});
				try {
					return failureOf(
						await clientCredentialsToken(
							connection,
							appOfType(sandbox(), 'Demo CCG App'),
							enterprise(),
						),
					);
				} finally {
					await fetch(`${sandbox().urls.baseUrl}/_sandbox/faults`, {method: 'DELETE'});
				}
			},
		],
		[
			'transport-dropped',
			async (connection) => {
				await control('/faults', {kind: 'drop', path: '/oauth2/token'});
				return failureOf(
					await clientCredentialsToken(
						connection,
						appOfType(sandbox(), 'Demo CCG App'),
						enterprise(),
					),
				);
			},
		],
	];

	for (const [expected, produce] of cases) {
		it(`diagnoses ${expected}`, async () => {
			const connection = connectTo(sandbox(), {sleep: async () => undefined});
			const failure = await produce(connection);
			assert.equal(diagnose(failure).id, expected, JSON.stringify(failure));
		});
	}
});
