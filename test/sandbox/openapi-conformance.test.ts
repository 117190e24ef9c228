import assert from 'node:assert/strict';
import {createPrivateKey, randomUUID} from 'node:crypto';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {SignJWT} from 'jose';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {loadOpenApiSchemas} from '../helpers/openapi-schemas.js';
import {appOfType, ccgForm, control, postForm, useSandbox} from '../helpers/sandbox-fixture.js';

// Box's own description of its API; read where it lies, never copied into the project.
const openapiPath = fileURLToPath(
	new URL('../../../shared/box-openapi/openapi.json', import.meta.url),
);
const schemas = loadOpenApiSchemas(openapiPath);
const skip = schemas
	? false
	: `Box's OpenAPI description is not at ${openapiPath}; the schema checks need it`;

type Json = Record<string, unknown>;

/**
 * `value` validates against the component `name`, declares no property the spec lacks, and a
 * deliberately wrong variant of it fails the same validator (so the check is able to fail).
 */
function assertConforms(name: string, value: unknown, wrong: unknown): void {
	assert.ok(schemas, 'the OpenAPI description is loaded');
	const check = schemas.schema(name);
	assert.deepEqual(check.errors(value), [], `${name}: ${JSON.stringify(value)}`);
	const undeclared = Object.keys(value as Json).filter(
		(property) => !check.declaredProperties.has(property),
	);
	assert.deepEqual(undeclared, [], `properties that ${name} does not declare`);
	assert.notDeepEqual(
		check.errors(wrong),
		[],
		`a wrong ${name} must fail: ${JSON.stringify(wrong)}`,
	);
}

function userWithRole(sandbox: RunningSandbox, role: string) {
	const user = sandbox.describe().users.find((candidate) => candidate.role === role);
	assert.ok(user, `the sandbox has a user with role ${role}`);
	return user;
}

async function getJson(sandbox: RunningSandbox, path: string, init: RequestInit = {}) {
	const response = await fetch(`${sandbox.urls.baseUrl}${path}`, {
		...init,
		headers: {authorization: `Bearer ${sandbox.describe().developerToken}`},
	});
	assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
	return {status: response.status, json: (await response.json()) as Json};
}

/** A token answer, checked for the fields Box always sends before the schema check. */
function tokenAnswer(answer: {status: number; json: Json | undefined}): Json {
	assert.equal(answer.status, 200, JSON.stringify(answer.json));
	const json = answer.json ?? {};
	for (const field of ['access_token', 'expires_in', 'restricted_to', 'token_type']) {
		assert.ok(field in json, `the token answer has ${field}`);
	}

	return json;
}

/** The deliberately wrong token answer: Box's `token_type` is lower case, `expires_in` a number. */
const wrongToken = (json: Json) => ({
	...json,
	token_type: 'Bearer',
	expires_in: String(json['expires_in']),
});

describe("sandbox answers against Box's OpenAPI description", {skip}, () => {
	const sandbox = useSandbox();

	it('reads the 2024.0 description', () => {
		assert.equal(schemas?.version, '2024.0');
	});

	describe('token endpoint (AccessToken)', () => {
		it('client_credentials', async () => {
			const json = tokenAnswer(await postForm(sandbox(), '/oauth2/token', ccgForm(sandbox())));
			assertConforms('AccessToken', json, wrongToken(json));
		});

		it('jwt-bearer', async () => {
			const app = appOfType(sandbox(), 'Demo JWT App');
			assert.ok(app.jwtConfig, 'the JWT app has a console config');
			const {boxAppSettings, enterpriseID} = app.jwtConfig;
			const {publicKeyID, privateKey, passphrase} = boxAppSettings.appAuth;
			const assertion = await new SignJWT({box_sub_type: 'enterprise'})
				.setProtectedHeader({alg: 'RS256', kid: publicKeyID})
				.setIssuer(boxAppSettings.clientID)
				.setSubject(enterpriseID)
				.setAudience('https://api.box.com/oauth2/token')
				.setJti(randomUUID())
				.setIssuedAt()
				.setExpirationTime('30s')
				.sign(createPrivateKey({key: privateKey, format: 'pem', passphrase}));
			const json = tokenAnswer(
				await postForm(sandbox(), '/oauth2/token', {
					grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
					assertion,
					client_id: app.clientId,
					client_secret: app.clientSecret,
				}),
			);
			assertConforms('AccessToken', json, wrongToken(json));
		});

		it('authorization_code, then refresh_token', async () => {
			const app = appOfType(sandbox(), 'Demo OAuth App');
			const redirectUri = app.redirectUris?.[0];
			assert.ok(redirectUri, 'the OAuth app has a redirect URI');
			const consent = await fetch(sandbox().urls.authorizeUrl, {
				method: 'POST',
				body: new URLSearchParams({
					response_type: 'code',
					client_id: app.clientId,
					redirect_uri: redirectUri,
					state: 'openapi',
					user_id: userWithRole(sandbox(), 'admin').id,
					decision: 'grant',
				}),
				redirect: 'manual',
			});
			assert.equal(consent.status, 302);
			const code = new URL(consent.headers.get('location') ?? '').searchParams.get('code');
			assert.ok(code, 'the consent redirect carries a code');
			const client = {client_id: app.clientId, client_secret: app.clientSecret};

			const login = tokenAnswer(
				await postForm(sandbox(), '/oauth2/token', {
					grant_type: 'authorization_code',
					code,
					...client,
				}),
			);
			assert.equal(typeof login['refresh_token'], 'string');
			assertConforms('AccessToken', login, {...login, refresh_token: null});

			const refreshed = tokenAnswer(
				await postForm(sandbox(), '/oauth2/token', {
					grant_type: 'refresh_token',
					refresh_token: String(login['refresh_token']),
					...client,
				}),
			);
			assert.equal(typeof refreshed['refresh_token'], 'string');
			assertConforms('AccessToken', refreshed, wrongToken(refreshed));
		});

		it('token-exchange (downscoped, with restricted_to)', async () => {
			const admin = userWithRole(sandbox(), 'admin');
			const file = sandbox().runtime.state.items.find(
				(item) => item.ownerId === admin.id && item.name === 'Welcome.txt',
			);
			assert.ok(file, "the admin's Welcome.txt is seeded");
			const json = tokenAnswer(
				await postForm(sandbox(), '/oauth2/token', {
					grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
					subject_token: sandbox().describe().developerToken,
					subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
					scope: 'item_preview',
					resource: `https://api.box.com/2.0/files/${file.id}`,
				}),
			);
			const restrictedTo = json['restricted_to'] as Json[];
			assert.equal(restrictedTo.length, 1);
			assertConforms('AccessToken', json, {
				...json,
				restricted_to: restrictedTo.map((entry) => ({...entry, scope: 'everything'})),
			});
		});
	});

	it('token endpoint error (OAuth2Error)', async () => {
		const app = appOfType(sandbox(), 'Pending CCG App');
		const {status, json} = await postForm(sandbox(), '/oauth2/token', {
			grant_type: 'client_credentials',
			client_id: app.clientId,
			client_secret: app.clientSecret,
			box_subject_type: 'enterprise',
			box_subject_id: sandbox().describe().enterprise.id,
		});
		assert.equal(status, 400);
		assert.equal(json?.['error'], 'insufficient_scope');
		assertConforms('OAuth2Error', json, {...json, error_description: 400});
	});

	describe('/2.0 errors (ClientError)', () => {
		it('404 for an unknown path', async () => {
			const {status, json} = await getJson(sandbox(), '/2.0/no-such-endpoint');
			assert.equal(status, 404);
			assert.equal(json['status'], 404);
			assert.equal(json['code'], 'not_found');
			assertConforms('ClientError', json, {...json, status: '404'});
		});

		it('404 for an upload preflight into an unknown folder, with context_info', async () => {
			const {status, json} = await getJson(sandbox(), '/2.0/files/content', {
				method: 'OPTIONS',
				body: JSON.stringify({name: 'a.txt', parent: {id: '404404'}}),
			});
			assert.equal(status, 404);
			assertConforms('ClientError', json, {...json, context_info: 'parent'});
		});

		it('401 for a token of a disabled app', async () => {
			const {clientId} = appOfType(sandbox(), 'Demo OAuth App');
			await control(sandbox(), `/apps/${clientId}/disable`);
			try {
				const {status, json} = await getJson(sandbox(), '/2.0/users/me');
				assert.equal(status, 401);
				assert.equal(json['code'], 'unauthorized');
				assertConforms('ClientError', json, {...json, message: 401});
			} finally {
				await control(sandbox(), `/apps/${clientId}/enable`);
			}
		});

		it('405 for a method the endpoint lacks', async () => {
			const {status, json} = await getJson(sandbox(), '/2.0/users/me', {method: 'DELETE'});
			assert.equal(status, 405);
			assert.equal(json['status'], 405);
			assert.equal(json['code'], 'method_not_allowed');
			assertConforms('ClientError', json, {...json, type: 'failure'});
		});
	});

	it('POST {uploadUrl}/2.0/files/content (Files of File)', async () => {
		const form = new FormData();
		form.append('attributes', JSON.stringify({name: 'openapi.txt', parent: {id: '0'}}));
		form.append('file', new Blob(['conforms']), 'openapi.txt');
		const response = await fetch(`${sandbox().urls.uploadUrl}/2.0/files/content`, {
			method: 'POST',
			headers: {authorization: `Bearer ${sandbox().describe().developerToken}`},
			body: form,
		});
		assert.equal(response.status, 201);
		const json = (await response.json()) as Json;
		const entry = (json['entries'] as Json[])[0] as Json;
		assertConforms('Files', json, {...json, total_count: '1'});
		assertConforms('File', entry, {...entry, size: String(entry['size'])});
	});

	describe('GET /2.0/users/me', () => {
		it('without fields: the standard User (and so User--Full, the declared response)', async () => {
			const {status, json} = await getJson(sandbox(), '/2.0/users/me');
			assert.equal(status, 200);
			assert.equal(json['id'], userWithRole(sandbox(), 'admin').id);
			assert.ok(!('enterprise' in json), 'enterprise is a full-only field');
			assert.equal(json['notification_email'], null);
			assertConforms('User', json, {...json, status: 'sleeping'});
			assertConforms('User', json, {...json, notification_email: {email: 5}});
			assertConforms('User--Full', json, {...json, id: Number(json['id'])});
		});

		it('with fields: User--Full', async () => {
			const {status, json} = await getJson(
				sandbox(),
				'/2.0/users/me?fields=id,name,login,enterprise,role',
			);
			assert.equal(status, 200);
			assert.deepEqual(Object.keys(json).sort(), [
				'enterprise',
				'id',
				'login',
				'name',
				'role',
				'type',
			]);
			const enterprise = json['enterprise'] as Json;
			assert.equal(enterprise['id'], sandbox().describe().enterprise.id);
			assertConforms('User--Full', json, {
				...json,
				enterprise: {...enterprise, type: 'company'},
			});
		});
	});
});
