import assert from 'node:assert/strict';
import {
	createHash,
	createPrivateKey,
	generateKeyPairSync,
	type KeyObject,
	randomUUID,
} from 'node:crypto';
import {before, describe, it} from 'node:test';
import {CompactSign} from 'jose';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {
	type Answer,
	appOfType,
	call,
	ccgForm,
	control,
	postForm,
	userId,
	useSandbox,
} from '../helpers/sandbox-fixture.js';

// Every error of box-auth-reference.md section 4.1 (and the JWT table of 2.4) that the sandbox can
// produce, over real loopback HTTP. The sandbox runs on a frozen clock so that JWT times are exact.

const jwtGrant = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const exchangeGrant = 'urn:ietf:params:oauth:grant-type:token-exchange';
const accessTokenType = 'urn:ietf:params:oauth:token-type:access_token';
const boxAudience = 'https://api.box.com/oauth2/token';

const errors = {
	missingGrantType: ['invalid_request', 'Invalid grant_type parameter or parameter missing'],
	grantTypeNotForApp: ['unauthorized_client', 'The grant type is unauthorized for this client_id'],
	userTokenNotAllowed: [
		'invalid_request',
		'Cannot obtain user token based on the enterprise configuration for your app',
	],
	invalidClient: ['invalid_client', 'The client credentials are invalid'],
	appNotAuthorized: ['unauthorized_client', 'This app is not authorized by the enterprise admin'],
	subjectType: [
		'unauthorized_client',
		'The "box_subject_type" value is unauthorized for this client_id',
	],
	grantCredentials: ['invalid_grant', 'Grant credentials are invalid'],
	refreshMissing: ['invalid_request', 'No "refresh_token" parameter found'],
	codeExpired: ['invalid_grant', 'The authorization code has expired'],
	codeUnknown: ['invalid_grant', "Auth code doesn't exist or is invalid for the client"],
	codeVerifier: ['invalid_grant', 'The code_verifier is invalid'],
	redirectUri: ['invalid_grant', 'The redirect_uri does not match'],
	refreshUnknown: ['invalid_grant', 'Invalid refresh token'],
	refreshExpired: ['invalid_grant', 'Refresh token has expired'],
	insufficientScope: ['insufficient_scope', 'Insufficient permissions for the requested scope.'],
	invalidResource: ['invalid_resource', 'The target resource is invalid.'],
	subjectToken: ['invalid_grant', 'The subject_token is invalid'],
	assertionMalformed: ['invalid_grant', 'Please check the assertion. It is not a valid JWT.'],
	algorithm: ['invalid_grant', 'Algorithm not allowed'],
	kid: ['invalid_grant', '"kid" invalid, unable to lookup correct key'],
	signature: [
		'invalid_grant',
		'Signature verification error. The public key identified by "kid" must correspond to the private key used for signing.',
	],
	iss: ['invalid_grant', "Please check the 'iss' claim."],
	aud: ['invalid_grant', "Please check the 'aud' claim."],
	expNotInteger: ['invalid_grant', "Please check the 'exp' claim. Should be an integer"],
	expPassed: [
		'invalid_grant',
		"Current date/time MUST be before the expiration date/time listed in the 'exp' claim",
	],
	expTooFar: [
		'invalid_grant',
		"Please check the 'exp' claim. The 'exp' value exceeds the maximum value of 60 seconds beyond the issue time.",
	],
	notBefore: [
		'invalid_grant',
		"Current date/time MUST be after or equal to the not-before date/time  listed in the 'nbf' or 'iat' claim",
	],
	jti: ['invalid_grant', "Please check the 'jti' claim. A unique 'jti' value is required."],
	subShort: ['invalid_grant', "Please check the 'sub' claim."],
	subInvalid: ['invalid_grant', "Please check the 'sub' claim. The 'sub' specified is invalid."],
	boxSubType: ['invalid_grant', "Please check the 'box_sub_type' claim."],
} as const satisfies Record<string, readonly [string, string]>;

/** A 400 from the token endpoint with exactly this error, never cached. */
function assertTokenError(answer: Answer, [error, description]: readonly [string, string]) {
	assert.deepEqual(
		{status: answer.status, json: answer.json},
		{status: 400, json: {error, error_description: description}},
	);
	assert.equal(answer.headers.get('cache-control'), 'no-store');
	assert.equal(answer.headers.get('content-type'), 'application/json');
}

function assertToken(
	answer: Answer,
	keys = ['access_token', 'expires_in', 'restricted_to', 'token_type'],
) {
	assert.equal(answer.status, 200, answer.text);
	assert.deepEqual(Object.keys(answer.json ?? {}), keys);
	assert.match(String(answer.json?.['access_token']), /^[A-Za-z\d]{32}$/);
	assert.equal(answer.json?.['token_type'], 'bearer');
	assert.equal(answer.headers.get('cache-control'), 'no-store');
}

/** A frozen machine clock, whole seconds, so that `exp` boundaries are exact. */
const machine = {ms: Date.parse('2026-05-04T10:00:00.000Z')};
const nowSeconds = () => Math.floor(machine.ms / 1000);

function useFrozenSandbox() {
	return useSandbox({clock: () => machine.ms});
}

describe('token endpoint: the request itself', () => {
	const sandbox = useFrozenSandbox();

	it('answers a request without grant_type with invalid_request', async () => {
		const {grant_type: _, ...rest} = ccgForm(sandbox(), 'Demo CCG App');
		assertTokenError(await postForm(sandbox(), '/oauth2/token', rest), errors.missingGrantType);
	});

	it('answers an unknown grant_type the same way', async () => {
		const form = ccgForm(sandbox(), 'Demo CCG App', {grant_type: 'password'});
		assertTokenError(await postForm(sandbox(), '/oauth2/token', form), errors.missingGrantType);
	});

	it('does not read a JSON body, even with every field right', async () => {
		const answer = await call(`${sandbox().urls.baseUrl}/oauth2/token`, {
			method: 'POST',
			headers: {'content-type': 'application/json'},
			body: JSON.stringify(ccgForm(sandbox(), 'Demo CCG App')),
		});
		assertTokenError(answer, errors.missingGrantType);
	});

	it('answers a GET (a POST turned into a GET by a redirect) with invalid_request', async () => {
		const answer = await call(`${sandbox().urls.baseUrl}/oauth2/token`);
		assertTokenError(answer, errors.missingGrantType);
	});

	it('accepts a trailing slash on /oauth2/token/', async () => {
		assertToken(await postForm(sandbox(), '/oauth2/token/', ccgForm(sandbox(), 'Demo CCG App')));
		assertTokenError(
			await postForm(sandbox(), '/oauth2/token/', {grant_type: 'nope'}),
			errors.missingGrantType,
		);
	});

	it('answers client credentials sent with HTTP Basic instead of the body with invalid_client', async () => {
		const app = appOfType(sandbox(), 'Demo CCG App');
		const answer = await call(`${sandbox().urls.baseUrl}/oauth2/token`, {
			method: 'POST',
			headers: {
				authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}`,
			},
			body: new URLSearchParams({
				grant_type: 'client_credentials',
				box_subject_type: 'enterprise',
				box_subject_id: sandbox().describe().enterprise.id,
			}),
		});
		assertTokenError(answer, errors.invalidClient);
	});
});

describe('token endpoint: client credentials grant', () => {
	const sandbox = useFrozenSandbox();
	const form = (name: string, overrides: Record<string, string> = {}) =>
		ccgForm(sandbox(), name, overrides);

	it('issues a token when everything is right', async () => {
		assertToken(await postForm(sandbox(), '/oauth2/token', form('Demo CCG App')));
	});

	it('answers an unknown client_id with invalid_client', async () => {
		const answer = await postForm(
			sandbox(),
			'/oauth2/token',
			form('Demo CCG App', {client_id: 'x'.repeat(32)}),
		);
		assertTokenError(answer, errors.invalidClient);
	});

	it('answers an app the admin has not authorized, enterprise subject, with insufficient_scope (capture)', async () => {
		assertTokenError(
			await postForm(sandbox(), '/oauth2/token', form('Pending CCG App')),
			errors.insufficientScope,
		);
		const withScope = form('Pending CCG App', {scope: 'item_upload'});
		assertTokenError(
			await postForm(sandbox(), '/oauth2/token', withScope),
			errors.insufficientScope,
		);
	});

	it('answers an app the admin has not authorized, user subject, as a wrong secret (staff answer)', async () => {
		const asMilo = form('Pending CCG App', {
			box_subject_type: 'user',
			box_subject_id: userId(sandbox(), 'Milo Member'),
		});
		assertTokenError(await postForm(sandbox(), '/oauth2/token', asMilo), errors.grantCredentials);
	});

	it('checks the secret and the subject before the authorization (guesses)', async () => {
		const wrongSecret = form('Pending CCG App', {client_secret: 'wrong'});
		assertTokenError(
			await postForm(sandbox(), '/oauth2/token', wrongSecret),
			errors.grantCredentials,
		);
		const wrongEnterprise = form('Pending CCG App', {box_subject_id: '12345'});
		assertTokenError(
			await postForm(sandbox(), '/oauth2/token', wrongEnterprise),
			errors.grantCredentials,
		);
	});

	it('answers a wrong secret with Grant credentials are invalid', async () => {
		const answer = await postForm(
			sandbox(),
			'/oauth2/token',
			form('Demo CCG App', {client_secret: 'wrong'}),
		);
		assertTokenError(answer, errors.grantCredentials);
	});

	it('answers a wrong enterprise ID with Grant credentials are invalid', async () => {
		const answer = await postForm(
			sandbox(),
			'/oauth2/token',
			form('Demo CCG App', {box_subject_id: '12345'}),
		);
		assertTokenError(answer, errors.grantCredentials);
	});

	it('answers enterprise ID "0" with Grant credentials are invalid', async () => {
		const answer = await postForm(
			sandbox(),
			'/oauth2/token',
			form('Demo CCG App', {box_subject_id: '0'}),
		);
		assertTokenError(answer, errors.grantCredentials);
	});

	it('answers a missing box_subject_type with invalid_client (2021 evidence)', async () => {
		const {box_subject_type: _, ...rest} = form('Demo CCG App');
		assertTokenError(await postForm(sandbox(), '/oauth2/token', rest), errors.invalidClient);
	});

	it('answers an unknown box_subject_type with unauthorized_client', async () => {
		const answer = await postForm(
			sandbox(),
			'/oauth2/token',
			form('Demo CCG App', {box_subject_type: 'group'}),
		);
		assertTokenError(answer, errors.subjectType);
	});

	it('answers client_credentials from an OAuth 2.0 app with invalid_client, whatever the subject', async () => {
		assertTokenError(
			await postForm(sandbox(), '/oauth2/token', form('Demo OAuth App')),
			errors.invalidClient,
		);
		const asUser = form('Demo OAuth App', {
			box_subject_type: 'user',
			box_subject_id: userId(sandbox(), 'Milo Member'),
		});
		assertTokenError(await postForm(sandbox(), '/oauth2/token', asUser), errors.invalidClient);
	});

	it('answers client_credentials from a JWT or Limited Access app as a grant the app may not use', async () => {
		for (const name of ['Demo JWT App', 'Demo Limited Access App']) {
			assertTokenError(
				await postForm(sandbox(), '/oauth2/token', form(name)),
				errors.grantTypeNotForApp,
			);
		}
	});

	it('issues a user token when the app may act as the user', async () => {
		const answer = await postForm(
			sandbox(),
			'/oauth2/token',
			form('Demo CCG App', {
				box_subject_type: 'user',
				box_subject_id: userId(sandbox(), 'Milo Member'),
			}),
		);
		assertToken(answer);
	});

	it('refuses a user subject to an App Access Only app that cannot make user tokens', async () => {
		const answer = await postForm(
			sandbox(),
			'/oauth2/token',
			form('App Access Only CCG App', {
				box_subject_type: 'user',
				box_subject_id: userId(sandbox(), 'Milo Member'),
			}),
		);
		assertTokenError(answer, errors.grantCredentials);
	});

	it('refuses a user subject that does not exist', async () => {
		const answer = await postForm(
			sandbox(),
			'/oauth2/token',
			form('Demo CCG App', {box_subject_type: 'user', box_subject_id: '99999999999'}),
		);
		assertTokenError(answer, errors.grantCredentials);
	});

	it('answers a scope parameter from an authorized app with insufficient_scope (a guess)', async () => {
		const answer = await postForm(
			sandbox(),
			'/oauth2/token',
			form('Demo CCG App', {scope: 'item_upload'}),
		);
		assertTokenError(answer, errors.insufficientScope);
	});
});

describe('token endpoint: JWT bearer grant', () => {
	const sandbox = useFrozenSandbox();
	let privateKey: KeyObject;
	let publicKeyId: string;
	const otherKey = generateKeyPairSync('rsa', {modulusLength: 2048}).privateKey;

	before(() => {
		const appAuth = appOfType(sandbox(), 'Demo JWT App').jwtConfig?.boxAppSettings.appAuth;
		assert.ok(appAuth, 'the JWT app has a console config');
		privateKey = createPrivateKey({
			key: appAuth.privateKey,
			format: 'pem',
			passphrase: appAuth.passphrase,
		});
		publicKeyId = appAuth.publicKeyID;
	});

	type Header = {alg: string; kid?: string | number};

	/** Box's claims for the enterprise, overridable; `undefined` leaves a claim out. */
	async function assertion(
		claims: Record<string, unknown> = {},
		header: Header = {alg: 'RS256', kid: publicKeyId},
		key: KeyObject | Uint8Array = privateKey,
	): Promise<string> {
		const payload = {
			iss: appOfType(sandbox(), 'Demo JWT App').clientId,
			sub: sandbox().describe().enterprise.id,
			box_sub_type: 'enterprise',
			aud: boxAudience,
			jti: randomUUID(),
			exp: nowSeconds() + 30,
			iat: nowSeconds(),
			...claims,
		};
		return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
			.setProtectedHeader(header as {alg: string})
			.sign(key);
	}

	const jwtForm = (signed: string, overrides: Record<string, string> = {}) => {
		const app = appOfType(sandbox(), 'Demo JWT App');
		return {
			grant_type: jwtGrant,
			assertion: signed,
			client_id: app.clientId,
			client_secret: app.clientSecret,
			...overrides,
		};
	};

	const tryAssertion = async (...args: Parameters<typeof assertion>) =>
		postForm(sandbox(), '/oauth2/token', jwtForm(await assertion(...args)));

	it('issues a token for a correct assertion', async () => {
		assertToken(await tryAssertion());
	});

	it('accepts RS384 and RS512', async () => {
		assertToken(await tryAssertion({}, {alg: 'RS384', kid: publicKeyId}));
		assertToken(await tryAssertion({}, {alg: 'RS512', kid: publicKeyId}));
	});

	it("accepts an assertion without kid, as Box's own SDK sends", async () => {
		assertToken(await tryAssertion({}, {alg: 'RS256'}));
	});

	it('answers an unknown client_id with invalid_client', async () => {
		const answer = await postForm(
			sandbox(),
			'/oauth2/token',
			jwtForm(await assertion(), {client_id: 'y'.repeat(32)}),
		);
		assertTokenError(answer, errors.invalidClient);
	});

	it('answers a wrong client_secret with invalid_client', async () => {
		const answer = await postForm(
			sandbox(),
			'/oauth2/token',
			jwtForm(await assertion(), {client_secret: 'wrong'}),
		);
		assertTokenError(answer, errors.invalidClient);
	});

	it('refuses the JWT grant for an OAuth 2.0 app', async () => {
		const oauth = appOfType(sandbox(), 'Demo OAuth App');
		const answer = await postForm(
			sandbox(),
			'/oauth2/token',
			jwtForm(await assertion(), {client_id: oauth.clientId, client_secret: oauth.clientSecret}),
		);
		assertTokenError(answer, errors.grantTypeNotForApp);
	});

	it('refuses an assertion that is not a JWS', async () => {
		assertTokenError(
			await postForm(sandbox(), '/oauth2/token', jwtForm('not-a-jwt')),
			errors.assertionMalformed,
		);
	});

	it('answers HS256 with Algorithm not allowed', async () => {
		const secret = new TextEncoder().encode(appOfType(sandbox(), 'Demo JWT App').clientSecret);
		assertTokenError(
			await tryAssertion({}, {alg: 'HS256', kid: publicKeyId}, secret),
			errors.algorithm,
		);
	});

	it('answers PS256 with Algorithm not allowed', async () => {
		assertTokenError(await tryAssertion({}, {alg: 'PS256', kid: publicKeyId}), errors.algorithm);
	});

	it('answers an unsigned alg "none" assertion with Algorithm not allowed', async () => {
		const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
		const signed = await assertion();
		const [, payload] = signed.split('.');
		const unsigned = `${part({alg: 'none', kid: publicKeyId})}.${payload ?? ''}.`;
		assertTokenError(
			await postForm(sandbox(), '/oauth2/token', jwtForm(unsigned)),
			errors.algorithm,
		);
	});

	it('answers a kid the app does not have', async () => {
		assertTokenError(await tryAssertion({}, {alg: 'RS256', kid: 'deadbeef'}), errors.kid);
	});

	it("answers a signature by another key under the app's kid", async () => {
		const answer = await tryAssertion({}, {alg: 'RS256', kid: publicKeyId}, otherKey);
		assertTokenError(answer, errors.signature);
	});

	it('answers a signature by another key without kid', async () => {
		assertTokenError(await tryAssertion({}, {alg: 'RS256'}, otherKey), errors.signature);
	});

	it('answers a tampered payload as a bad signature', async () => {
		const [header, , signature] = (await assertion()).split('.');
		const forged = Buffer.from(
			JSON.stringify({iss: 'someone', sub: 'x', exp: nowSeconds() + 30}),
		).toString('base64url');
		const answer = await postForm(
			sandbox(),
			'/oauth2/token',
			jwtForm(`${header}.${forged}.${signature}`),
		);
		assertTokenError(answer, errors.signature);
	});

	it('answers a wrong iss', async () => {
		assertTokenError(await tryAssertion({iss: 'z'.repeat(32)}), errors.iss);
	});

	it('answers a wrong aud', async () => {
		assertTokenError(await tryAssertion({aud: 'https://api.box.com/oauth2/authorize'}), errors.aud);
		assertTokenError(await tryAssertion({aud: undefined}), errors.aud);
	});

	it('accepts aud as an array holding the token URL', async () => {
		assertToken(await tryAssertion({aud: [boxAudience]}));
	});

	it('answers an exp that has passed (client clock behind)', async () => {
		assertTokenError(
			await tryAssertion({exp: nowSeconds() - 10, iat: nowSeconds() - 40}),
			errors.expPassed,
		);
		assertTokenError(await tryAssertion({exp: nowSeconds()}), errors.expPassed);
	});

	it('answers an exp more than 60 seconds ahead', async () => {
		assertTokenError(await tryAssertion({exp: nowSeconds() + 61}), errors.expTooFar);
		assertTokenError(await tryAssertion({exp: nowSeconds() + 3600}), errors.expTooFar);
	});

	it('accepts an exp exactly 60 seconds ahead', async () => {
		assertToken(await tryAssertion({exp: nowSeconds() + 60}));
	});

	it('answers a non-integer or missing exp', async () => {
		assertTokenError(await tryAssertion({exp: nowSeconds() + 30.5}), errors.expNotInteger);
		assertTokenError(await tryAssertion({exp: String(nowSeconds() + 30)}), errors.expNotInteger);
		assertTokenError(await tryAssertion({exp: undefined}), errors.expNotInteger);
	});

	it("answers an iat or nbf in the sandbox's future", async () => {
		assertTokenError(await tryAssertion({iat: nowSeconds() + 5}), errors.notBefore);
		assertTokenError(await tryAssertion({nbf: nowSeconds() + 5}), errors.notBefore);
	});

	it('answers a reused jti', async () => {
		const jti = randomUUID();
		assertToken(await tryAssertion({jti}));
		assertTokenError(await tryAssertion({jti}), errors.jti);
	});

	it('answers a jti shorter than 16 or longer than 128 characters, or missing', async () => {
		assertTokenError(await tryAssertion({jti: 'a'.repeat(15)}), errors.jti);
		assertTokenError(await tryAssertion({jti: 'b'.repeat(129)}), errors.jti);
		assertTokenError(await tryAssertion({jti: undefined}), errors.jti);
		assertToken(await tryAssertion({jti: randomUUID().replaceAll('-', '').slice(0, 16)}));
	});

	it('answers a numeric sub with the short sub error', async () => {
		const sub = Number(sandbox().describe().enterprise.id);
		assertTokenError(await tryAssertion({sub}), errors.subShort);
	});

	it('answers a wrong enterprise sub, or "0"', async () => {
		assertTokenError(await tryAssertion({sub: '11111111'}), errors.subInvalid);
		assertTokenError(await tryAssertion({sub: '0'}), errors.subInvalid);
	});

	it('answers a missing box_sub_type', async () => {
		assertTokenError(await tryAssertion({box_sub_type: undefined}), errors.boxSubType);
	});

	it('issues a user token for a managed user', async () => {
		assertToken(await tryAssertion({box_sub_type: 'user', sub: userId(sandbox(), 'Milo Member')}));
	});

	it('answers a user sub the app may not act as (another app’s service account)', async () => {
		const answer = await tryAssertion({
			box_sub_type: 'user',
			sub: userId(sandbox(), 'Demo CCG App'),
		});
		assertTokenError(answer, errors.userTokenNotAllowed);
	});

	it('answers a user sub that does not exist', async () => {
		assertTokenError(
			await tryAssertion({box_sub_type: 'user', sub: '99999999999'}),
			errors.subInvalid,
		);
	});

	it('answers an app the admin has deauthorized with unauthorized_client', async () => {
		const {clientId} = appOfType(sandbox(), 'Demo JWT App');
		assert.equal((await control(sandbox(), `/apps/${clientId}/deauthorize`, {})).status, 200);
		try {
			assertTokenError(await tryAssertion(), errors.appNotAuthorized);
		} finally {
			assert.equal((await control(sandbox(), `/apps/${clientId}/authorize`, {})).status, 200);
		}

		assertToken(await tryAssertion());
	});
});

/** Logs in as Milo through the consent form; returns the code from the redirect. */
async function authorizationCode(
	sandbox: RunningSandbox,
	extra: Record<string, string> = {},
): Promise<string> {
	const app = appOfType(sandbox, 'Demo OAuth App');
	const response = await fetch(sandbox.urls.authorizeUrl, {
		method: 'POST',
		body: new URLSearchParams({
			response_type: 'code',
			client_id: app.clientId,
			redirect_uri: 'http://localhost:3000/callback',
			state: 'state-1234',
			user_id: userId(sandbox, 'Milo Member'),
			decision: 'grant',
			...extra,
		}),
		redirect: 'manual',
		signal: AbortSignal.timeout(5000),
	});
	await response.arrayBuffer();
	assert.equal(response.status, 302);
	const code = new URL(response.headers.get('location') ?? '').searchParams.get('code');
	assert.ok(code, 'the redirect carries a code');
	return code;
}

const oauthForm = (sandbox: RunningSandbox, fields: Record<string, string>) => {
	const app = appOfType(sandbox, 'Demo OAuth App');
	return {client_id: app.clientId, client_secret: app.clientSecret, ...fields};
};

describe('token endpoint: authorization code grant', () => {
	const sandbox = useFrozenSandbox();
	const exchange = (code: string, extra: Record<string, string> = {}) =>
		postForm(
			sandbox(),
			'/oauth2/token',
			oauthForm(sandbox(), {grant_type: 'authorization_code', code, ...extra}),
		);
	const setClock = async (offsetSeconds: number) => {
		assert.equal((await control(sandbox(), '/clock', {offsetSeconds})).status, 200);
	};

	it('exchanges a fresh code', async () => {
		assertToken(await exchange(await authorizationCode(sandbox())), [
			'access_token',
			'expires_in',
			'restricted_to',
			'refresh_token',
			'token_type',
		]);
	});

	it('answers an unknown code', async () => {
		assertTokenError(await exchange('c'.repeat(32)), errors.codeUnknown);
		assertTokenError(await exchange(''), errors.codeUnknown);
	});

	it('answers a code used twice', async () => {
		const code = await authorizationCode(sandbox());
		assert.equal((await exchange(code)).status, 200);
		assertTokenError(await exchange(code), errors.codeUnknown);
	});

	it('still takes a code 29 seconds old', async () => {
		const code = await authorizationCode(sandbox());
		await setClock(29);
		try {
			assert.equal((await exchange(code)).status, 200);
		} finally {
			await setClock(0);
		}
	});

	it('answers a code older than 30 seconds as expired', async () => {
		const code = await authorizationCode(sandbox());
		const moved = await control(sandbox(), '/clock', {advanceSeconds: 31});
		assert.equal(moved.status, 200);
		try {
			assertTokenError(await exchange(code), errors.codeExpired);
		} finally {
			await setClock(0);
		}
	});

	it('answers a code past a shortened lifetime as expired', async () => {
		assert.equal((await control(sandbox(), '/lifetimes', {authCodeSeconds: 1})).status, 200);
		try {
			const code = await authorizationCode(sandbox());
			await setClock(1);
			assertTokenError(await exchange(code), errors.codeExpired);
		} finally {
			await setClock(0);
			await control(sandbox(), '/lifetimes', {authCodeSeconds: 30});
		}
	});

	it('checks the PKCE code_verifier', async () => {
		const verifier = 'v'.repeat(20) + randomUUID();
		const challenge = createHash('sha256').update(verifier).digest('base64url');
		const pkce = {code_challenge: challenge, code_challenge_method: 'S256'};

		assertTokenError(
			await exchange(await authorizationCode(sandbox(), pkce), {code_verifier: `${verifier}x`}),
			errors.codeVerifier,
		);
		assertTokenError(await exchange(await authorizationCode(sandbox(), pkce)), errors.codeVerifier);
		const good = await exchange(await authorizationCode(sandbox(), pkce), {
			code_verifier: verifier,
		});
		assert.equal(good.status, 200, good.text);
	});

	it('answers a redirect_uri at exchange that differs from the authorize request', async () => {
		const code = await authorizationCode(sandbox());
		assertTokenError(
			await exchange(code, {redirect_uri: 'http://localhost:3000/other'}),
			errors.redirectUri,
		);
	});

	it('answers a wrong client_secret or an unknown client_id with invalid_client', async () => {
		const code = await authorizationCode(sandbox());
		assertTokenError(await exchange(code, {client_secret: 'wrong'}), errors.invalidClient);
		assertTokenError(await exchange(code, {client_id: 'q'.repeat(32)}), errors.invalidClient);
	});

	it('refuses the code grant for a JWT app', async () => {
		const jwt = appOfType(sandbox(), 'Demo JWT App');
		const code = await authorizationCode(sandbox());
		const answer = await exchange(code, {client_id: jwt.clientId, client_secret: jwt.clientSecret});
		assertTokenError(answer, errors.grantTypeNotForApp);
	});
});

describe('token endpoint: refresh token grant', () => {
	const sandbox = useFrozenSandbox();

	async function login(): Promise<string> {
		const answer = await postForm(
			sandbox(),
			'/oauth2/token',
			oauthForm(sandbox(), {
				grant_type: 'authorization_code',
				code: await authorizationCode(sandbox()),
			}),
		);
		const refresh = answer.json?.['refresh_token'];
		assert.equal(typeof refresh, 'string');
		return String(refresh);
	}

	const refresh = (token: string, extra: Record<string, string> = {}) =>
		postForm(
			sandbox(),
			'/oauth2/token',
			oauthForm(sandbox(), {grant_type: 'refresh_token', refresh_token: token, ...extra}),
		);

	it('answers a refresh without a refresh_token field (or an empty one)', async () => {
		const answer = await postForm(
			sandbox(),
			'/oauth2/token',
			oauthForm(sandbox(), {grant_type: 'refresh_token'}),
		);
		assertTokenError(answer, errors.refreshMissing);
		assertTokenError(await refresh(''), errors.refreshMissing);
	});

	it('answers an unknown refresh token with Invalid refresh token', async () => {
		assertTokenError(await refresh('r'.repeat(64)), errors.refreshUnknown);
	});

	it('answers a refresh token used a second time (rotation) as expired', async () => {
		const token = await login();
		const first = await refresh(token);
		assert.equal(first.status, 200);
		assert.notEqual(first.json?.['refresh_token'], token);
		assertTokenError(await refresh(token), errors.refreshExpired);
	});

	it('answers a refresh token older than 60 days as expired', async () => {
		const token = await login();
		const moved = await control(sandbox(), '/clock', {advanceSeconds: 60 * 24 * 60 * 60 + 1});
		assert.equal(moved.status, 200);
		try {
			assertTokenError(await refresh(token), errors.refreshExpired);
		} finally {
			await control(sandbox(), '/clock', {offsetSeconds: 0});
		}
	});

	it('still refreshes a token 59 days old', async () => {
		const token = await login();
		await control(sandbox(), '/clock', {advanceSeconds: 59 * 24 * 60 * 60});
		try {
			assert.equal((await refresh(token)).status, 200);
		} finally {
			await control(sandbox(), '/clock', {offsetSeconds: 0});
		}
	});

	it('answers a wrong client_secret with invalid_client', async () => {
		assertTokenError(await refresh(await login(), {client_secret: 'wrong'}), errors.invalidClient);
	});

	it('refuses the refresh grant for a CCG app', async () => {
		const ccg = appOfType(sandbox(), 'Demo CCG App');
		const answer = await refresh(await login(), {
			client_id: ccg.clientId,
			client_secret: ccg.clientSecret,
		});
		assertTokenError(answer, errors.grantTypeNotForApp);
	});
});

describe('token endpoint: token exchange (downscoping)', () => {
	const sandbox = useFrozenSandbox();
	let welcomeFileId = '';

	before(async () => {
		// The preflight's 409 names the admin's Welcome.txt, which the developer token may see.
		const answer = await call(`${sandbox().urls.baseUrl}/2.0/files/content`, {
			method: 'OPTIONS',
			headers: {authorization: `Bearer ${sandbox().describe().developerToken}`},
			body: JSON.stringify({name: 'Welcome.txt', size: 1, parent: {id: '0'}}),
		});
		assert.equal(answer.status, 409);
		const conflicts = (answer.json?.['context_info'] as Record<string, unknown> | undefined)?.[
			'conflicts'
		] as Record<string, unknown> | undefined;
		welcomeFileId = String(conflicts?.['id']);
	});

	const downscope = (fields: Record<string, string>) =>
		postForm(sandbox(), '/oauth2/token', {
			grant_type: exchangeGrant,
			subject_token: sandbox().describe().developerToken,
			subject_token_type: accessTokenType,
			...fields,
		});

	it('downscopes to one file: restricted_to and issued_token_type, no refresh token', async () => {
		const answer = await downscope({
			scope: 'item_preview item_download',
			resource: `https://api.box.com/2.0/files/${welcomeFileId}`,
		});
		assertToken(answer, [
			'access_token',
			'expires_in',
			'issued_token_type',
			'restricted_to',
			'token_type',
		]);
		assert.equal(answer.json?.['issued_token_type'], accessTokenType);
		assert.equal(answer.json?.['refresh_token'], undefined);
		const object = {
			type: 'file',
			id: welcomeFileId,
			sequence_id: '0',
			etag: '0',
			name: 'Welcome.txt',
		};
		assert.deepEqual(answer.json?.['restricted_to'], [
			{scope: 'item_preview', object},
			{scope: 'item_download', object},
		]);
	});

	it('answers a resource that does not exist with invalid_resource', async () => {
		const answer = await downscope({
			scope: 'item_preview',
			resource: 'https://api.box.com/2.0/files/1',
		});
		assertTokenError(answer, errors.invalidResource);
	});

	it("answers another user's file as an invalid resource", async () => {
		// The CCG app's service account owns its own Welcome.txt, which the admin cannot see.
		const serviceAccount = userId(sandbox(), 'Demo CCG App');
		const file = sandbox().runtime.state.items.find((item) => item.ownerId === serviceAccount);
		assert.ok(file, 'the service account owns a file');
		const answer = await downscope({
			scope: 'item_preview',
			resource: `https://api.box.com/2.0/files/${file.id}`,
		});
		assertTokenError(answer, errors.invalidResource);
	});

	it('answers a shared link (the sandbox has none) with invalid_resource', async () => {
		const answer = await downscope({
			scope: 'item_preview',
			box_shared_link: 'https://app.box.com/s/abc',
		});
		assertTokenError(answer, errors.invalidResource);
	});

	it('answers an unknown scope, or no scope, with insufficient_scope', async () => {
		assertTokenError(
			await downscope({scope: 'item_preview rule_the_world'}),
			errors.insufficientScope,
		);
		assertTokenError(await downscope({}), errors.insufficientScope);
	});

	it('refuses to widen a downscoped token', async () => {
		const narrow = await downscope({scope: 'item_preview'});
		assert.equal(narrow.status, 200);
		const answer = await postForm(sandbox(), '/oauth2/token', {
			grant_type: exchangeGrant,
			subject_token: String(narrow.json?.['access_token']),
			subject_token_type: accessTokenType,
			scope: 'item_upload',
		});
		assertTokenError(answer, errors.insufficientScope);
	});

	it('answers an unknown subject token or a wrong subject_token_type', async () => {
		assertTokenError(
			await downscope({scope: 'item_preview', subject_token: 'nope'}),
			errors.subjectToken,
		);
		assertTokenError(
			await downscope({
				scope: 'item_preview',
				subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
			}),
			errors.subjectToken,
		);
	});
});
