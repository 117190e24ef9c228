import assert from 'node:assert/strict';
import {createHash, randomUUID} from 'node:crypto';
import {describe, it} from 'node:test';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {
	type Answer,
	appOfType,
	call,
	consentForm,
	control,
	postForm,
	userId,
	useSandbox,
} from '../helpers/sandbox-fixture.js';

// The OAuth 2.0 login as a browser and an app see it: the consent page, its redirect, the code
// exchange, refresh rotation and revocation (box-auth-reference.md sections 1.1, 2.1, 2.2, 3, 4.2).

const configuredRedirect = 'http://localhost:3000/callback';
const machine = {ms: Date.parse('2026-05-04T10:00:00.000Z')};

function oauthApp(sandbox: RunningSandbox) {
	return appOfType(sandbox, 'Demo OAuth App');
}

const refresh = (sandbox: RunningSandbox, refreshToken: string) =>
	postForm(sandbox, '/oauth2/token', {
		grant_type: 'refresh_token',
		client_id: oauthApp(sandbox).clientId,
		client_secret: oauthApp(sandbox).clientSecret,
		refresh_token: refreshToken,
	});

function authorizeUrl(sandbox: RunningSandbox, params: Record<string, string>): string {
	const url = new URL(sandbox.urls.authorizeUrl);
	for (const [name, value] of Object.entries(params)) {
		url.searchParams.set(name, value);
	}

	return url.toString();
}

const submitConsent = (sandbox: RunningSandbox, fields: Record<string, string>) =>
	call(sandbox.urls.authorizeUrl, {method: 'POST', body: new URLSearchParams(fields)});

const usersMe = (sandbox: RunningSandbox, token: string) =>
	call(`${sandbox.urls.baseUrl}/2.0/users/me`, {headers: {authorization: `Bearer ${token}`}});

function assertErrorPage(answer: Answer, error: string) {
	assert.equal(answer.status, 400);
	assert.equal(answer.headers.get('location'), null);
	assert.match(answer.headers.get('content-type') ?? '', /^text\/html/);
	assert.match(answer.text, new RegExp(`<h1>${error}</h1>`));
	assert.doesNotMatch(answer.text, /<form/);
}

describe('authorize page', () => {
	const sandbox = useSandbox({clock: () => machine.ms});
	const params = (overrides: Record<string, string> = {}) => ({
		response_type: 'code',
		client_id: oauthApp(sandbox()).clientId,
		redirect_uri: configuredRedirect,
		state: 'abc',
		...overrides,
	});

	it('renders a consent form that carries the request and lists the people to log in as', async () => {
		const answer = await call(authorizeUrl(sandbox(), params({state: 'st&te "x" <y>'})));
		assert.equal(answer.status, 200);
		assert.match(answer.headers.get('content-type') ?? '', /^text\/html/);
		assert.equal(answer.headers.get('cache-control'), 'no-store');
		assert.match(answer.text, /<form method="post" action="\/api\/oauth2\/authorize">/);
		assert.match(answer.text, /Demo OAuth App/);
		assert.deepEqual(consentForm(answer.text).fields, params({state: 'st&te "x" <y>'}));
		assert.doesNotMatch(answer.text, /<y>/, 'the state is escaped in the HTML');
		const options = [...answer.text.matchAll(/<option value="(\d+)">/g)].map((match) => match[1]);
		assert.deepEqual(
			options.sort(),
			[userId(sandbox(), 'Ada Admin'), userId(sandbox(), 'Milo Member')].sort(),
		);
		assert.match(answer.text, /name="decision" value="grant"/);
		assert.match(answer.text, /name="decision" value="deny"/);
	});

	it('passes PKCE parameters through the form', async () => {
		const answer = await call(
			authorizeUrl(sandbox(), params({code_challenge: 'abc123', code_challenge_method: 'S256'})),
		);
		assert.equal(answer.status, 200);
		assert.equal(consentForm(answer.text).fields['code_challenge'], 'abc123');
		assert.equal(consentForm(answer.text).fields['code_challenge_method'], 'S256');
	});

	it('shows an error page for a response_type other than code', async () => {
		assertErrorPage(
			await call(authorizeUrl(sandbox(), params({response_type: 'token'}))),
			'unsupported_response_type',
		);
		const {response_type: _, ...rest} = params();
		assertErrorPage(await call(authorizeUrl(sandbox(), rest)), 'unsupported_response_type');
	});

	it('shows an error page for an unknown client', async () => {
		assertErrorPage(
			await call(authorizeUrl(sandbox(), params({client_id: 'n'.repeat(32)}))),
			'invalid_client',
		);
	});

	it('shows redirect_uri_mismatch, not invalid_client, for an app that is not an OAuth app', async () => {
		for (const name of ['Demo CCG App', 'Demo JWT App', 'Demo Limited Access App']) {
			const {clientId} = appOfType(sandbox(), name);
			const answer = await call(authorizeUrl(sandbox(), params({client_id: clientId})));
			assertErrorPage(answer, 'redirect_uri_mismatch');
			assert.equal(answer.headers.get('cache-control'), 'no-store');
		}
	});

	it('shows an error page, never a redirect, for a redirect_uri that is not registered', async () => {
		for (const redirect of [
			'https://evil.example/callback',
			'http://localhost:3000/other',
			'https://localhost:3000/callback',
			'http://127.0.0.1:3000/callback',
			'http://localhost:3000/callback?x=1',
		]) {
			assertErrorPage(
				await call(authorizeUrl(sandbox(), params({redirect_uri: redirect}))),
				'redirect_uri_mismatch',
			);
		}
	});

	it('accepts the loopback redirect URI on another port', async () => {
		const answer = await call(
			authorizeUrl(sandbox(), params({redirect_uri: 'http://localhost:53682/callback'})),
		);
		assert.equal(answer.status, 200);
		assert.equal(
			consentForm(answer.text).fields['redirect_uri'],
			'http://localhost:53682/callback',
		);
	});

	it('uses the only configured redirect URI when none is named', async () => {
		const {redirect_uri: _, ...rest} = params();
		assert.equal((await call(authorizeUrl(sandbox(), rest))).status, 200);
	});

	it('requires a redirect_uri once the app has several', async () => {
		const app = sandbox().runtime.state.apps.find((candidate) => candidate.authType === 'oauth');
		assert.ok(app, 'the sandbox has an OAuth app');
		app.redirectUris.push('https://app.example.com/callback');
		try {
			const {redirect_uri: _, ...rest} = params();
			assertErrorPage(await call(authorizeUrl(sandbox(), rest)), 'redirect_uri_missing');
			const named = await call(
				authorizeUrl(sandbox(), params({redirect_uri: 'https://app.example.com/callback'})),
			);
			assert.equal(named.status, 200);
		} finally {
			app.redirectUris.pop();
		}
	});

	it('refuses a consent form posted with a foreign redirect_uri, without redirecting', async () => {
		const answer = await submitConsent(sandbox(), {
			...params({redirect_uri: 'https://evil.example/callback'}),
			user_id: userId(sandbox(), 'Milo Member'),
			decision: 'grant',
		});
		assertErrorPage(answer, 'redirect_uri_mismatch');
	});

	it('refuses a grant for someone who is not a person of the enterprise', async () => {
		const answer = await submitConsent(sandbox(), {
			...params(),
			user_id: userId(sandbox(), 'Demo CCG App'),
			decision: 'grant',
		});
		assertErrorPage(answer, 'invalid_request');
	});

	it('answers a method other than GET and POST with 405', async () => {
		const answer = await call(authorizeUrl(sandbox(), params()), {method: 'PUT'});
		assert.equal(answer.status, 405);
		assert.equal(answer.json?.['code'], 'method_not_allowed');
	});
});

describe('consent, code exchange and refresh', () => {
	const sandbox = useSandbox({clock: () => machine.ms});
	const redirectUri = 'http://localhost:53682/callback';

	/** Opens the consent page, then posts its form back as the browser would. */
	async function consent(decision: string, state: string, extra: Record<string, string> = {}) {
		const page = await call(
			authorizeUrl(sandbox(), {
				response_type: 'code',
				client_id: oauthApp(sandbox()).clientId,
				redirect_uri: redirectUri,
				state,
				...extra,
			}),
		);
		assert.equal(page.status, 200);
		return submitConsent(sandbox(), {
			...consentForm(page.text).fields,
			user_id: userId(sandbox(), 'Milo Member'),
			decision,
		});
	}

	async function codeFor(extra: Record<string, string> = {}): Promise<string> {
		const answer = await consent('grant', 'state', extra);
		assert.equal(answer.status, 302);
		const code = new URL(answer.headers.get('location') ?? '').searchParams.get('code');
		assert.ok(code, 'the redirect carries a code');
		return code;
	}

	const exchange = (code: string, extra: Record<string, string> = {}) =>
		postForm(sandbox(), '/oauth2/token', {
			grant_type: 'authorization_code',
			client_id: oauthApp(sandbox()).clientId,
			client_secret: oauthApp(sandbox()).clientSecret,
			code,
			...extra,
		});

	const setClock = async (offsetSeconds: number) => {
		const answer = await control(sandbox(), '/clock', {offsetSeconds});
		assert.equal(answer.status, 200);
	};

	it('redirects a grant to the redirect URI with a code and the same state', async () => {
		const state = `Zq9 ${randomUUID()} &=?/`;
		const answer = await consent('grant', state);
		assert.equal(answer.status, 302);
		assert.equal(answer.text, '');
		const location = new URL(answer.headers.get('location') ?? '');
		assert.equal(`${location.origin}${location.pathname}`, redirectUri);
		assert.equal(location.searchParams.get('state'), state);
		assert.match(location.searchParams.get('code') ?? '', /^[A-Za-z\d]{32}$/);
		assert.equal(location.searchParams.get('error'), null);
	});

	it('redirects a denial with error=access_denied and the state, and no code', async () => {
		const answer = await consent('deny', 'denied-state');
		assert.equal(answer.status, 302);
		const location = new URL(answer.headers.get('location') ?? '');
		assert.equal(`${location.origin}${location.pathname}`, redirectUri);
		assert.equal(location.searchParams.get('error'), 'access_denied');
		assert.equal(location.searchParams.get('state'), 'denied-state');
		assert.equal(location.searchParams.get('code'), null);
	});

	it('exchanges the code within 30 seconds for an access and a refresh token', async () => {
		const code = await codeFor();
		await setClock(25);
		try {
			const answer = await exchange(code);
			assert.equal(answer.status, 200, answer.text);
			assert.equal(answer.headers.get('cache-control'), 'no-store');
			assert.deepEqual(Object.keys(answer.json ?? {}), [
				'access_token',
				'expires_in',
				'restricted_to',
				'refresh_token',
				'token_type',
			]);
			assert.match(String(answer.json?.['access_token']), /^[A-Za-z\d]{32}$/);
			assert.match(String(answer.json?.['refresh_token']), /^[A-Za-z\d]{64}$/);
			assert.deepEqual(answer.json?.['restricted_to'], []);
			const expiresIn = Number(answer.json?.['expires_in']);
			assert.ok(expiresIn >= 3600 && expiresIn <= 4300, `expires_in ${expiresIn}`);

			const me = await usersMe(sandbox(), String(answer.json?.['access_token']));
			assert.equal(me.status, 200);
			assert.equal(me.json?.['id'], userId(sandbox(), 'Milo Member'));
		} finally {
			await setClock(0);
		}
	});

	it('refuses the code after 30 seconds', async () => {
		const code = await codeFor();
		await setClock(30);
		try {
			const answer = await exchange(code);
			assert.equal(answer.status, 400);
			assert.equal(answer.json?.['error_description'], 'The authorization code has expired');
		} finally {
			await setClock(0);
		}
	});

	it('completes a PKCE login with the verifier', async () => {
		const verifier = `${randomUUID()}${randomUUID()}`;
		const challenge = createHash('sha256').update(verifier).digest('base64url');
		const code = await codeFor({code_challenge: challenge});
		const answer = await exchange(code, {code_verifier: verifier});
		assert.equal(answer.status, 200, answer.text);
	});

	it('rotates the refresh token on every refresh', async () => {
		const first = await exchange(await codeFor());
		assert.equal(first.status, 200);
		const firstRefresh = String(first.json?.['refresh_token']);

		const second = await refresh(sandbox(), firstRefresh);
		assert.equal(second.status, 200, second.text);
		const secondRefresh = String(second.json?.['refresh_token']);
		assert.match(secondRefresh, /^[A-Za-z\d]{64}$/);
		assert.notEqual(secondRefresh, firstRefresh);
		assert.notEqual(second.json?.['access_token'], first.json?.['access_token']);
		const me = await usersMe(sandbox(), String(second.json?.['access_token']));
		assert.equal(me.json?.['id'], userId(sandbox(), 'Milo Member'));

		const reused = await refresh(sandbox(), firstRefresh);
		assert.equal(reused.status, 400);
		assert.equal(reused.json?.['error'], 'invalid_grant');

		const third = await refresh(sandbox(), secondRefresh);
		assert.equal(third.status, 200, third.text);
		assert.notEqual(third.json?.['refresh_token'], secondRefresh);
	});
});

describe('revoke', () => {
	const sandbox = useSandbox({clock: () => machine.ms});

	async function login(): Promise<{access: string; refresh: string}> {
		const app = oauthApp(sandbox());
		const consent = await submitConsent(sandbox(), {
			response_type: 'code',
			client_id: app.clientId,
			redirect_uri: configuredRedirect,
			user_id: userId(sandbox(), 'Milo Member'),
			decision: 'grant',
		});
		const code = new URL(consent.headers.get('location') ?? '').searchParams.get('code') ?? '';
		const answer = await postForm(sandbox(), '/oauth2/token', {
			grant_type: 'authorization_code',
			client_id: app.clientId,
			client_secret: app.clientSecret,
			code,
		});
		assert.equal(answer.status, 200, answer.text);
		return {
			access: String(answer.json?.['access_token']),
			refresh: String(answer.json?.['refresh_token']),
		};
	}

	const revoke = (token: string, overrides: Record<string, string> = {}) =>
		postForm(sandbox(), '/oauth2/revoke', {
			client_id: oauthApp(sandbox()).clientId,
			client_secret: oauthApp(sandbox()).clientSecret,
			token,
			...overrides,
		});

	/** Box's answer to revoking a token it does not know (or no longer knows). */
	function assertInvalidTokenToRevoke(answer: Answer) {
		assert.equal(answer.status, 400);
		assert.deepEqual(answer.json, {
			error: 'invalid_token',
			error_description: 'The supplied token is invalid',
		});
		assert.equal(answer.headers.get('content-type'), 'application/json');
		assert.equal(answer.headers.get('cache-control'), 'no-store');
		assert.equal(answer.headers.get('box-request-id'), null);
	}

	function assertInvalidToken(answer: Answer) {
		assert.equal(answer.status, 401);
		assert.equal(answer.text, '');
		assert.equal(
			answer.headers.get('www-authenticate'),
			'Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."',
		);
	}

	it('revokes an access token: 200 with an empty body, then 401 on the API', async () => {
		const {access} = await login();
		assert.equal((await usersMe(sandbox(), access)).status, 200);
		const answer = await revoke(access);
		assert.equal(answer.status, 200);
		assert.equal(answer.text, '');
		assert.equal(answer.headers.get('content-length'), '0');
		assertInvalidToken(await usersMe(sandbox(), access));
	});

	it('revoking the refresh token ends the whole login', async () => {
		const {access, refresh: refreshToken} = await login();
		const answer = await revoke(refreshToken);
		assert.equal(answer.status, 200);
		assert.equal(answer.text, '');
		assertInvalidToken(await usersMe(sandbox(), access));
		const refreshed = await refresh(sandbox(), refreshToken);
		assert.equal(refreshed.status, 400);
		assert.equal(refreshed.json?.['error'], 'invalid_grant');
	});

	it('revoking the access token also ends its refresh token', async () => {
		const {access, refresh: refreshToken} = await login();
		assert.equal((await revoke(access)).status, 200);
		const refreshed = await refresh(sandbox(), refreshToken);
		assert.equal(refreshed.status, 400);
		assert.equal(refreshed.json?.['error'], 'invalid_grant');
	});

	it('leaves other logins alone', async () => {
		const one = await login();
		const other = await login();
		assert.equal((await revoke(one.access)).status, 200);
		assert.equal((await usersMe(sandbox(), other.access)).status, 200);
		assert.equal((await refresh(sandbox(), other.refresh)).status, 200);
	});

	it('answers a wrong client secret with invalid_client and keeps the token alive', async () => {
		const {access} = await login();
		const answer = await revoke(access, {client_secret: 'wrong'});
		assert.equal(answer.status, 400);
		assert.deepEqual(answer.json, {
			error: 'invalid_client',
			error_description: 'The client credentials are invalid',
		});
		assert.equal(answer.headers.get('cache-control'), 'no-store');
		assert.equal((await usersMe(sandbox(), access)).status, 200);
	});

	it("answers another app's token with invalid_token and leaves it alive", async () => {
		const {access} = await login();
		const ccg = appOfType(sandbox(), 'Demo CCG App');
		const answer = await revoke(access, {client_id: ccg.clientId, client_secret: ccg.clientSecret});
		assertInvalidTokenToRevoke(answer);
		assert.equal((await usersMe(sandbox(), access)).status, 200);
	});

	it('revokes a CCG token with the CCG app’s credentials', async () => {
		const ccg = appOfType(sandbox(), 'Demo CCG App');
		const token = await postForm(sandbox(), '/oauth2/token', {
			grant_type: 'client_credentials',
			client_id: ccg.clientId,
			client_secret: ccg.clientSecret,
			box_subject_type: 'enterprise',
			box_subject_id: sandbox().describe().enterprise.id,
		});
		const access = String(token.json?.['access_token']);
		assert.equal((await usersMe(sandbox(), access)).status, 200);
		const answer = await revoke(access, {client_id: ccg.clientId, client_secret: ccg.clientSecret});
		assert.equal(answer.status, 200);
		assertInvalidToken(await usersMe(sandbox(), access));
	});

	it('answers an unknown token with 400 invalid_token', async () => {
		assertInvalidTokenToRevoke(await revoke('u'.repeat(32)));
		assertInvalidTokenToRevoke(await revoke(''));
	});

	it('answers a token already revoked with 400 invalid_token', async () => {
		const {access, refresh: refreshToken} = await login();
		assert.equal((await revoke(access)).status, 200);
		assertInvalidTokenToRevoke(await revoke(access));
		assertInvalidTokenToRevoke(await revoke(refreshToken));
	});
});
