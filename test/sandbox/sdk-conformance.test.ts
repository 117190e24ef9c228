import assert from 'node:assert/strict';
import {createHash, randomBytes} from 'node:crypto';
import {Readable} from 'node:stream';
import {describe, it} from 'node:test';
import {
	BoxCcgAuth,
	BoxClient,
	BoxDeveloperTokenAuth,
	BoxJwtAuth,
	BoxOAuth,
	CcgConfig,
	JwtConfig,
	OAuthConfig,
} from 'box-node-sdk';
import {BoxApiError} from 'box-node-sdk/box';
import {
	BaseUrls,
	type FetchOptions,
	type FetchResponse,
	NetworkSession,
	type RetryStrategy,
} from 'box-node-sdk/networking';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {appOfType, consentForm, control, postForm, useSandbox} from '../helpers/sandbox-fixture.js';

// The SDK's default agent honours HTTP(S)_PROXY; the sandbox is on loopback.
process.env['NO_PROXY'] = ['127.0.0.1', 'localhost', process.env['NO_PROXY']]
	.filter(Boolean)
	.join(',');

const serviceAccountLogin = /^AutomationUser_\d+_\w+@boxdevedition\.com$/;

/**
 * Never retries, and records every answer the SDK saw. Box's default strategy retries 401, 429,
 * 5xx and network errors after seconds of back-off; recording lets a happy path prove that it
 * would not have retried, and a failure path fail at once.
 */
class RecordingNoRetries implements RetryStrategy {
	readonly seen: string[] = [];
	private readonly baseUrl: string;

	constructor(baseUrl: string) {
		this.baseUrl = baseUrl;
	}

	async shouldRetry(options: FetchOptions, response: FetchResponse): Promise<boolean> {
		this.seen.push(`${options.method} ${options.url.replace(this.baseUrl, '')} ${response.status}`);
		return false;
	}

	retryAfter(): number {
		return 0;
	}
}

function sandboxBaseUrls(sandbox: RunningSandbox) {
	const {baseUrl, uploadUrl, authorizeUrl} = sandbox.urls;
	return {baseUrl, uploadUrl, oauth2Url: authorizeUrl.replace(/\/authorize$/, '')};
}

/** A session that sends everything, token calls included, to the sandbox. */
function sandboxSession(sandbox: RunningSandbox) {
	const retries = new RecordingNoRetries(sandbox.urls.baseUrl);
	const session = new NetworkSession({
		baseUrls: new BaseUrls(sandboxBaseUrls(sandbox)),
		retryStrategy: retries,
	});
	return {session, retries};
}

function userWithRole(sandbox: RunningSandbox, role: string) {
	const user = sandbox.describe().users.find((candidate) => candidate.role === role);
	assert.ok(user, `the sandbox has a user with role ${role}`);
	return user;
}

/** The body of a BoxApiError, or a failed assertion if the SDK threw anything else. */
function apiErrorBody(error: unknown, status: number): Record<string, unknown> {
	assert.ok(error instanceof BoxApiError, `expected a BoxApiError, got ${String(error)}`);
	assert.equal(error.responseInfo.statusCode, status);
	const {body} = error.responseInfo;
	assert.ok(typeof body === 'object' && body !== null && !Array.isArray(body), 'a JSON body');
	return body as Record<string, unknown>;
}

/** Shows the consent page for `authorizeUrl`, grants access as `userId`, returns the redirect. */
async function grantConsent(sandbox: RunningSandbox, authorizeUrl: string, userId: string) {
	const page = await fetch(authorizeUrl);
	assert.equal(page.status, 200);
	assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
	const {action, fields} = consentForm(await page.text());
	assert.equal(new URL(action, sandbox.urls.baseUrl).pathname, '/api/oauth2/authorize');
	const answer = await fetch(new URL(action, sandbox.urls.baseUrl), {
		method: 'POST',
		body: new URLSearchParams({...fields, user_id: userId, decision: 'grant'}),
		redirect: 'manual',
	});
	assert.equal(answer.status, 302);
	const location = answer.headers.get('location');
	assert.ok(location, 'the consent answer redirects');
	return {fields, location: new URL(location)};
}

// A retrying SDK or a hanging answer should fail the file, not stall it.
describe('box-node-sdk 10 against the sandbox', {timeout: 15_000}, () => {
	const sandbox = useSandbox();

	describe('client credentials grant', () => {
		/** The SDK's auth for the app, with the sandbox's enterprise as the subject. */
		const ccgAuth = (name = 'Demo CCG App') => {
			const app = appOfType(sandbox(), name);
			return new BoxCcgAuth({
				config: new CcgConfig({
					clientId: app.clientId,
					clientSecret: app.clientSecret,
					enterpriseId: sandbox().describe().enterprise.id,
				}),
			});
		};

		it('gets the service account with an enterprise subject', async () => {
			const app = appOfType(sandbox(), 'Demo CCG App');
			const {enterprise} = sandbox().describe();
			const {session, retries} = sandboxSession(sandbox());
			const auth = ccgAuth();
			const client = new BoxClient({auth, networkSession: session});
			const me = await client.users.getUserMe({fields: ['id', 'name', 'login', 'enterprise']});
			assert.match(me.login ?? '', serviceAccountLogin);
			assert.equal(me.name, app.name);
			assert.equal(me.enterprise?.id, enterprise.id);
			assert.notEqual(me.id, userWithRole(sandbox(), 'admin').id);
			assert.deepEqual(retries.seen, ['POST /oauth2/token 200', 'GET /2.0/users/me 200']);
		});

		it('works through client.withCustomBaseUrls with the default retry strategy', {
			timeout: 5000,
		}, async () => {
			const {enterprise} = sandbox().describe();
			const auth = ccgAuth();
			const client = new BoxClient({auth}).withCustomBaseUrls(sandboxBaseUrls(sandbox()));
			const started = Date.now();
			const me = await client.users.getUserMe({fields: ['enterprise']});
			// Any retry of the default strategy waits at least one second.
			assert.ok(Date.now() - started < 1000, 'no retry was needed');
			assert.equal(me.enterprise?.id, enterprise.id);
			assert.deepEqual(Object.keys(me.rawData ?? {}).sort(), ['enterprise', 'id', 'type']);
		});

		it('acts as the admin with a user subject', async () => {
			const admin = userWithRole(sandbox(), 'admin');
			const {session, retries} = sandboxSession(sandbox());
			const auth = ccgAuth().withUserSubject(admin.id);
			const me = await new BoxClient({auth, networkSession: session}).users.getUserMe();
			assert.equal(me.id, admin.id);
			assert.equal(me.login, admin.login);
			assert.deepEqual(retries.seen, ['POST /oauth2/token 200', 'GET /2.0/users/me 200']);
		});

		it('throws a BoxApiError with insufficient_scope for an app the admin has not authorized', async () => {
			const {session, retries} = sandboxSession(sandbox());
			const client = new BoxClient({auth: ccgAuth('Pending CCG App'), networkSession: session});
			await assert.rejects(client.users.getUserMe(), (error: unknown) => {
				const body = apiErrorBody(error, 400);
				assert.equal(body['error'], 'insufficient_scope');
				assert.equal(
					body['error_description'],
					'Insufficient permissions for the requested scope.',
				);
				return true;
			});
			assert.deepEqual(retries.seen, ['POST /oauth2/token 400']);
		});

		it('gets a token for a disabled app, then throws a BoxApiError with its 401 body', async () => {
			const {clientId} = appOfType(sandbox(), 'Demo CCG App');
			assert.equal((await control(sandbox(), `/apps/${clientId}/disable`)).status, 200);
			try {
				const {session, retries} = sandboxSession(sandbox());
				const client = new BoxClient({auth: ccgAuth(), networkSession: session});
				await assert.rejects(client.users.getUserMe(), (error: unknown) => {
					const body = apiErrorBody(error, 401);
					assert.ok(error instanceof BoxApiError);
					assert.equal(error.responseInfo.headers['www-authenticate'], 'Bearer realm="Service"');
					assert.equal(body['code'], 'unauthorized');
					assert.equal(body['message'], 'Unauthorized - Cannot authorize with this service');
					assert.equal(typeof error.responseInfo.requestId, 'string');
					return true;
				});
				assert.deepEqual(retries.seen, ['POST /oauth2/token 200', 'GET /2.0/users/me 401']);
			} finally {
				await control(sandbox(), `/apps/${clientId}/enable`);
			}
		});
	});

	describe('JWT from the Developer Console config file', () => {
		const jwtAuth = () => {
			const app = appOfType(sandbox(), 'Demo JWT App');
			assert.ok(app.jwtConfig, 'the JWT app has a console config');
			return {
				app,
				auth: new BoxJwtAuth({
					config: JwtConfig.fromConfigJsonString(JSON.stringify(app.jwtConfig)),
				}),
			};
		};

		it('gets the service account for the enterprise in the config', async () => {
			const {app, auth} = jwtAuth();
			const {enterprise} = sandbox().describe();
			const {session, retries} = sandboxSession(sandbox());
			const client = new BoxClient({auth, networkSession: session});
			const me = await client.users.getUserMe({fields: ['id', 'name', 'login', 'enterprise']});
			assert.match(me.login ?? '', serviceAccountLogin);
			assert.equal(me.name, app.name);
			assert.equal(me.enterprise?.id, enterprise.id);
			assert.deepEqual(retries.seen, ['POST /oauth2/token 200', 'GET /2.0/users/me 200']);
		});

		it('acts as the admin withUserSubject', async () => {
			const admin = userWithRole(sandbox(), 'admin');
			const {session, retries} = sandboxSession(sandbox());
			const auth = jwtAuth().auth.withUserSubject(admin.id);
			const me = await new BoxClient({auth, networkSession: session}).users.getUserMe();
			assert.equal(me.id, admin.id);
			assert.equal(me.name, admin.name);
			assert.deepEqual(retries.seen, ['POST /oauth2/token 200', 'GET /2.0/users/me 200']);
		});
	});

	it('accepts the developer token as the console user', async () => {
		const admin = userWithRole(sandbox(), 'admin');
		const {session, retries} = sandboxSession(sandbox());
		const auth = new BoxDeveloperTokenAuth({token: sandbox().describe().developerToken});
		const me = await new BoxClient({auth, networkSession: session}).users.getUserMe();
		assert.equal(me.id, admin.id);
		assert.equal(me.login, admin.login);
		assert.equal(me.name, admin.name);
		assert.deepEqual(retries.seen, ['GET /2.0/users/me 200']);
	});

	describe('OAuth 2.0', () => {
		const oauthApp = () => {
			const app = appOfType(sandbox(), 'Demo OAuth App');
			const redirectUri = app.redirectUris?.[0];
			assert.ok(redirectUri, 'the OAuth app has a redirect URI');
			const oauth = new BoxOAuth({
				config: new OAuthConfig({clientId: app.clientId, clientSecret: app.clientSecret}),
			});
			return {app, redirectUri, oauth};
		};

		it('logs in, refreshes with rotation and revokes', async () => {
			const {app, redirectUri, oauth} = oauthApp();
			const admin = userWithRole(sandbox(), 'admin');
			const {session, retries} = sandboxSession(sandbox());

			const state = randomBytes(16).toString('hex');
			const authorizeUrl = new URL(sandbox().urls.authorizeUrl);
			authorizeUrl.search = new URLSearchParams({
				response_type: 'code',
				client_id: app.clientId,
				redirect_uri: redirectUri,
				state,
			}).toString();
			const {fields, location} = await grantConsent(sandbox(), authorizeUrl.toString(), admin.id);
			assert.equal(fields['client_id'], app.clientId);
			assert.equal(`${location.origin}${location.pathname}`, redirectUri);
			assert.equal(location.searchParams.get('state'), state);
			const code = location.searchParams.get('code');
			assert.ok(code, 'the redirect carries a code');

			const token = await oauth.getTokensAuthorizationCodeGrant(code, session);
			assert.equal(token.tokenType, 'bearer');
			assert.ok(token.accessToken && token.refreshToken, 'an access and a refresh token');
			const client = new BoxClient({auth: oauth, networkSession: session});
			assert.equal((await client.users.getUserMe()).id, admin.id);

			const refreshed = await oauth.refreshToken(session);
			assert.ok(refreshed.accessToken && refreshed.refreshToken, 'a new pair of tokens');
			assert.notEqual(refreshed.accessToken, token.accessToken);
			assert.notEqual(refreshed.refreshToken, token.refreshToken);
			assert.equal((await oauth.tokenStorage.get())?.accessToken, refreshed.accessToken);
			assert.equal((await client.users.getUserMe()).id, admin.id);

			const reused = await postForm(sandbox(), '/oauth2/token', {
				grant_type: 'refresh_token',
				client_id: app.clientId,
				client_secret: app.clientSecret,
				refresh_token: token.refreshToken,
			});
			assert.equal(reused.status, 400);
			assert.equal(reused.json?.['error'], 'invalid_grant');

			await oauth.revokeToken(session);
			await assert.rejects(client.users.getUserMe(), (error: unknown) => {
				assert.ok(error instanceof BoxApiError, `expected a BoxApiError, got ${String(error)}`);
				assert.equal(error.responseInfo.statusCode, 401);
				return true;
			});
			const raw = await fetch(`${sandbox().urls.baseUrl}/2.0/users/me`, {
				headers: {authorization: `Bearer ${refreshed.accessToken}`},
			});
			assert.equal(raw.status, 401);
			assert.match(raw.headers.get('www-authenticate') ?? '', /error="invalid_token"/);

			assert.deepEqual(retries.seen, [
				'POST /oauth2/token 200',
				'GET /2.0/users/me 200',
				'POST /oauth2/token 200',
				'GET /2.0/users/me 200',
				'POST /oauth2/revoke 200',
				'GET /2.0/users/me 401',
			]);
		});

		it("accepts getAuthorizeUrl's query on the sandbox host", async () => {
			const {app, redirectUri, oauth} = oauthApp();
			const member = userWithRole(sandbox(), 'user');
			const {session} = sandboxSession(sandbox());
			const state = randomBytes(16).toString('hex');
			const boxUrl = new URL(oauth.getAuthorizeUrl({redirectUri, state}));
			assert.equal(
				`${boxUrl.origin}${boxUrl.pathname}`,
				'https://account.box.com/api/oauth2/authorize',
			);

			const {fields, location} = await grantConsent(
				sandbox(),
				`${sandbox().urls.authorizeUrl}${boxUrl.search}`,
				member.id,
			);
			assert.equal(fields['client_id'], app.clientId);
			assert.equal(fields['response_type'], 'code');
			assert.equal(location.searchParams.get('state'), state);
			const code = location.searchParams.get('code');
			assert.ok(code, 'the redirect carries a code');
			await oauth.getTokensAuthorizationCodeGrant(code, session);
			const me = await new BoxClient({auth: oauth, networkSession: session}).users.getUserMe();
			assert.equal(me.id, member.id);
		});
	});

	describe('upload preflight', () => {
		const adminClient = () => {
			const {session} = sandboxSession(sandbox());
			const auth = new BoxDeveloperTokenAuth({token: sandbox().describe().developerToken});
			return new BoxClient({auth, networkSession: session});
		};

		it('answers 409 naming the existing file', async () => {
			const admin = userWithRole(sandbox(), 'admin');
			const existing = sandbox().runtime.state.items.find(
				(item) => item.ownerId === admin.id && item.name === 'Welcome.txt' && item.parentId === '0',
			);
			assert.ok(existing, "the admin's Welcome.txt is seeded");
			await assert.rejects(
				adminClient().uploads.preflightFileUploadCheck({
					name: 'Welcome.txt',
					size: 10,
					parent: {id: '0'},
				}),
				(error: unknown) => {
					const body = apiErrorBody(error, 409);
					assert.equal(body['code'], 'item_name_in_use');
					const contextInfo = body['context_info'] as {conflicts?: {id?: unknown; type?: unknown}};
					assert.equal(contextInfo.conflicts?.id, existing.id);
					assert.equal(contextInfo.conflicts?.type, 'file');
					return true;
				},
			);
		});

		it('answers 200 with an upload_url on the sandbox for a new name', async () => {
			const answer = await adminClient().uploads.preflightFileUploadCheck({
				name: `boxauth-${randomBytes(4).toString('hex')}.txt`,
				size: 10,
				parent: {id: '0'},
			});
			assert.ok(
				answer.uploadUrl?.startsWith(`${sandbox().urls.uploadUrl}/2.0/files/content`),
				`upload_url ${answer.uploadUrl}`,
			);
		});
	});

	describe('uploads', () => {
		const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

		it('uploads a file and a new version of it with uploadFile and uploadFileVersion', async () => {
			const {session, retries} = sandboxSession(sandbox());
			const auth = new BoxDeveloperTokenAuth({token: sandbox().describe().developerToken});
			const client = new BoxClient({auth, networkSession: session});
			const name = `boxauth-${randomBytes(4).toString('hex')}.txt`;
			const files = await client.uploads.uploadFile({
				attributes: {name, parent: {id: '0'}},
				file: Readable.from([Buffer.from('first')]),
			});
			const file = files.entries?.[0];
			assert.equal(files.entries?.length, 1);
			assert.equal(file?.name, name);
			assert.equal(file?.sha1, sha1('first'));
			assert.equal(file?.size, 5);
			assert.equal(file?.parent?.id, '0');

			const fileId = file?.id ?? '';
			const versions = await client.uploads.uploadFileVersion(fileId, {
				attributes: {name},
				file: Readable.from([Buffer.from('second!')]),
			});
			const version = versions.entries?.[0];
			assert.equal(version?.id, fileId);
			assert.equal(version?.sha1, sha1('second!'));
			assert.notEqual(version?.fileVersion?.id, file?.fileVersion?.id);
			const uploadPath = new URL(sandbox().urls.uploadUrl).pathname;
			assert.deepEqual(retries.seen, [
				`POST ${uploadPath}/2.0/files/content 201`,
				`POST ${uploadPath}/2.0/files/${fileId}/content 200`,
			]);
		});
	});

	describe('downscoping (auth.downscopeToken)', () => {
		const ccgAuth = () => {
			const app = appOfType(sandbox(), 'Demo CCG App');
			return new BoxCcgAuth({
				config: new CcgConfig({
					clientId: app.clientId,
					clientSecret: app.clientSecret,
					enterpriseId: sandbox().describe().enterprise.id,
				}),
			});
		};

		/** A client of the downscoped token alone, as a browser holding it would call. */
		const clientOf = (token: string) =>
			new BoxClient({
				auth: new BoxDeveloperTokenAuth({token}),
				networkSession: sandboxSession(sandbox()).session,
			});

		const upload = (client: BoxClient) =>
			client.uploads.uploadFile({
				attributes: {name: `scoped-${randomBytes(4).toString('hex')}.txt`, parent: {id: '0'}},
				file: Readable.from([Buffer.from('scoped')]),
			});

		it('reads restricted_to and issued_token_type; item_upload uploads, item_preview may not', async () => {
			const {session, retries} = sandboxSession(sandbox());
			const auth = ccgAuth();
			const uploader = await auth.downscopeToken(['item_upload'], undefined, undefined, session);
			assert.equal(uploader.issuedTokenType, 'urn:ietf:params:oauth:token-type:access_token');
			assert.deepEqual(
				uploader.restrictedTo?.map((entry) => entry.scope),
				['item_upload'],
			);
			assert.equal(uploader.refreshToken, undefined);
			assert.deepEqual(retries.seen, ['POST /oauth2/token 200', 'POST /oauth2/token 200']);
			const uploaded = await upload(clientOf(uploader.accessToken ?? ''));
			assert.equal(uploaded.entries?.length, 1);

			const viewer = await auth.downscopeToken(['item_preview'], undefined, undefined, session);
			await assert.rejects(upload(clientOf(viewer.accessToken ?? '')), (error: unknown) => {
				const body = apiErrorBody(error, 403);
				assert.equal(body['code'], 'insufficient_scope');
				return true;
			});
		});

		it('holds the token to a file, and throws invalid_resource for one that does not exist', async () => {
			const {session} = sandboxSession(sandbox());
			const auth = ccgAuth();
			const me = await new BoxClient({auth, networkSession: session}).users.getUserMe();
			const file = sandbox().runtime.state.items.find(
				(item) => item.ownerId === me.id && item.name === 'Welcome.txt',
			);
			assert.ok(file, "the service account's Welcome.txt");
			const token = await auth.downscopeToken(
				['item_preview', 'item_download'],
				`https://api.box.com/2.0/files/${file.id}`,
				undefined,
				session,
			);
			assert.deepEqual(
				token.restrictedTo?.map((entry) => [entry.scope, entry.object?.id]),
				[
					['item_preview', file.id],
					['item_download', file.id],
				],
			);
			await assert.rejects(
				auth.downscopeToken(
					['item_preview'],
					'https://api.box.com/2.0/files/1',
					undefined,
					session,
				),
				(error: unknown) => {
					const body = apiErrorBody(error, 400);
					assert.deepEqual(body, {
						error: 'invalid_resource',
						error_description: 'The target resource is invalid.',
					});
					return true;
				},
			);
		});
	});
});
