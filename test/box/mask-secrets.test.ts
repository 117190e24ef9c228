import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
	maskQuoted,
	maskSecret,
	maskSecrets,
	redactForm,
	redactJson,
	redactUrl,
} from '../../source/box/mask-secrets.js';

const token = 'Xq7Lm2Pz9Rt4Vw8Yb3Nc6Hd1Jf5Kg0Sa';
const secret = 'Zs9QwErTyUiOpAsDfGhJkLzXcVbNm123';
const refresh = 'R9sT2uV4wX6yZ8aB0cD2eF4gH6iJ8kL0mN2oP4qR6sT8uV0wX2yZ4aB6cD8eF0gH';
const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJhYmMifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

describe('maskSecrets keeps at most four characters of a secret', () => {
	const cases: Array<[string, string, string]> = [
		['a bearer header', `Authorization: Bearer ${token}`, 'Authorization: Bearer Xq7L…'],
		[
			'a basic header',
			'Authorization: Basic azh5MXBxMGEzcnZ0Nnh1MjpaczlR',
			'Authorization: Basic azh5…',
		],
		[
			'a form body',
			`grant_type=refresh_token&refresh_token=${refresh}&client_id=k8y1pq0a3rvt6xhu2m5wz9nc4ebl7dfs&client_secret=${secret}`,
			'grant_type=refresh_token&refresh_token=R9sT…&client_id=k8y1pq0a3rvt6xhu2m5wz9nc4ebl7dfs&client_secret=Zs9Q…',
		],
		[
			'a token response',
			`{"access_token":"${token}","expires_in":4140,"restricted_to":[],"refresh_token":"${refresh}","token_type":"bearer"}`,
			'{"access_token":"Xq7L…","expires_in":4140,"restricted_to":[],"refresh_token":"R9sT…","token_type":"bearer"}',
		],
		['a Python dict', `{'client_secret': '${secret}'}`, "{'client_secret': 'Zs9Q…'}"],
		[
			'Python keyword arguments',
			`CCGConfig(client_secret='${secret}')`,
			"CCGConfig(client_secret='Zs9Q…')",
		],
		[
			'JSON escaped inside a string',
			String.raw`"body":"{\"refresh_token\":\"${refresh}\"}"`,
			String.raw`"body":"{\"refresh_token\":\"R9sT…\"}"`,
		],
		['a camel-cased config field', `"clientSecret": "${secret}"`, '"clientSecret": "Zs9Q…"'],
		['prose', `my developer token: ${token}`, 'my developer token: Xq7L…'],
		['a CLI flag', `box users:get --token=${token}`, 'box users:get --token=Xq7L…'],
		[
			'a token in a URL path',
			`POST https://api.box.com/oauth2/${token}`,
			'POST https://api.box.com/oauth2/Xq7L…',
		],
		[
			'a token in a request line',
			`> POST /oauth2/${token} HTTP/1.1`,
			'> POST /oauth2/Xq7L… HTTP/1.1',
		],
		[
			'an authorization code in a redirect',
			'GET /callback?code=N4vQh7Zx2Lk9Pm3Rt8Wy5Bc1Df6Gj0Hs&state=b7Yq2LpX9mZ4',
			'GET /callback?code=N4vQ…&state=b7Yq2LpX9mZ4',
		],
		['a JWT assertion', `assertion: ${jwt}`, 'assertion: eyJh…'],
		['a JWT on its own', `signed ${jwt} with the key`, 'signed eyJh… with the key'],
		['a passphrase', '"passphrase": "7f3c9a1e5b2d8f40c6e1a9b3d5f7e2c4"', '"passphrase": "7f3c…"'],
		[
			'a private key in a JSON string',
			String.raw`"privateKey": "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0w\nQTApBgkqhkiG9w0BBQww\n-----END ENCRYPTED PRIVATE KEY-----\n"`,
			String.raw`"privateKey": "-----BEGIN ENCRYPTED PRIVATE KEY-----…-----END ENCRYPTED PRIVATE KEY-----\n"`,
		],
		[
			'a private key in a file',
			'-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: DES-EDE3-CBC,4D5A1B2C3D4E5F60\n\nMIIEpAIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n-----END RSA PRIVATE KEY-----',
			'-----BEGIN RSA PRIVATE KEY-----…-----END RSA PRIVATE KEY-----',
		],
		[
			'curl client credentials',
			`curl -u k8y1pq0a3rvt6xhu2m5wz9nc4ebl7dfs:${secret} https://api.box.com/oauth2/token`,
			'curl -u k8y1pq0a3rvt6xhu2m5wz9nc4ebl7dfs:Zs9Q… https://api.box.com/oauth2/token',
		],
		[
			'a proxy password',
			'https_proxy=http://jo:CorpPassw0rd2026@proxy.corp.example:3128',
			'https_proxy=http://jo:…@proxy.corp.example:3128',
		],
		[
			'a proxy password with a slash, and no scheme',
			'proxy //jo:Corp/Passw0rd@proxy.corp.example:3128',
			'proxy //jo:…@proxy.corp.example:3128',
		],
		[
			"curl's proxy user",
			'curl --proxy-user jo:CorpPassw0rd2026 https://api.box.com',
			'curl --proxy-user jo:… https://api.box.com',
		],
		['a secret of 11 characters, whole', 'client_secret=abc123def45', 'client_secret=…'],
		['a secret of 12 characters', 'client_secret=abc123def456', 'client_secret=abc1…'],
		['a short secret, whole', 'client_secret=abc123', 'client_secret=…'],
		['a token with no name', `my token ${token} stopped working`, 'my token Xq7L… stopped working'],
	];

	for (const [name, input, expected] of cases) {
		it(name, () => {
			assert.equal(maskSecrets(input), expected);
		});
	}
});

describe('maskSecrets leaves alone what is not secret', () => {
	const kept = [
		[
			'the WWW-Authenticate realm',
			'www-authenticate: Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."',
		],
		['a box-request-id header', '< box-request-id: 0de4280d7c30a4c605598d8e59a14cde7'],
		[
			'a /2.0 error body, whose code is not an authorization code',
			'{"type":"error","status":404,"code":"not_found","message":"Not Found","request_id":"3llc7h400r53ja0"}',
		],
		[
			'the token type names of a token exchange',
			'grant_type=urn:ietf:params:oauth:grant-type:token-exchange&subject_token_type=urn:ietf:params:oauth:token-type:access_token',
		],
		[
			'prose about tokens',
			'Invalid refresh token. Bearer token expired; the developer token is 60 minutes old.',
		],
		['numeric IDs in a path', 'GET https://api.box.com/2.0/files/123456789012345678901'],
		['a port and a path before an @', 'see https://example.com:8080/docs@v2 for more'],
		[
			'values already redacted by an SDK',
			"'client_secret': '---[redacted]---', 'Authorization': 'Bearer ***'",
		],
		['a client ID', 'client_id=k8y1pq0a3rvt6xhu2m5wz9nc4ebl7dfs'],
		[
			'a class name in a stack frame',
			'at com.box.sdk.BoxDeveloperEditionAPIConnection.authenticate',
		],
	];

	for (const [name = '', input = ''] of kept) {
		it(name, () => {
			assert.equal(maskSecrets(input), input);
		});
	}
});

describe('maskSecret, the one rule for a known secret', () => {
	it('shows the first four characters of 12 or more, and hides a shorter one whole', () => {
		assert.equal(maskSecret(token), 'Xq7L…');
		assert.equal(maskSecret('abc123def456'), 'abc1…');
		assert.equal(maskSecret('abc123def45'), '…');
		assert.equal(maskSecret(''), '…');
	});
});

describe('maskQuoted masks every run that looks like a token', () => {
	it('a subject ID that is a token, with no name to tell', () => {
		assert.equal(maskQuoted('user GnuyYCCqIZFoWjFHvNbvV'), 'user Gnuy…');
	});

	it("keeps Box's codes and numeric IDs", () => {
		const text = 'access_denied_insufficient_permissions for enterprise 123456789012345678901';
		assert.equal(maskQuoted(text), text);
	});
});

describe('the exchange log masks by the same rules', () => {
	it('a form body: every secret field, the authorization code included', () => {
		assert.equal(
			redactForm(
				`grant_type=authorization_code&code=N4vQh7Zx2Lk9Pm3Rt8Wy5Bc1Df6Gj0Hs&client_id=k8y1pq0a3rvt6xhu2m5wz9nc4ebl7dfs&client_secret=${secret}&private_key_passphrase=abc123def45`,
			),
			'grant_type=authorization_code&code=N4vQ…&client_id=k8y1pq0a3rvt6xhu2m5wz9nc4ebl7dfs&client_secret=Zs9Q…&private_key_passphrase=…',
		);
	});

	it("a JSON body: secret fields, but not Box's error code", () => {
		assert.equal(
			redactJson(`{"access_token":"${token}","refresh_token":"${refresh}","token_type":"bearer"}`),
			'{"access_token":"Xq7L…","refresh_token":"R9sT…","token_type":"bearer"}',
		);
		const error = '{"type":"error","status":404,"code":"not_found","message":"Not Found"}';
		assert.equal(redactJson(error), error);
	});

	it('a body that is not JSON, as free text, then cut short', () => {
		assert.equal(redactJson(`oops: access_token=${token}`), 'oops: access_token=Xq7L…');
		// Cut first, the refresh token would straddle the cut, too short a piece to be recognised.
		const long = redactJson(`${'x '.repeat(85)}Bearer ${refresh} ${'y'.repeat(100)}`);
		assert.equal(long.length, 201);
		assert.ok(long.includes('Bearer R9sT… yyy'), long);
	});

	it('a URL: its password, secret query fields and token-looking path segments', () => {
		assert.equal(
			redactUrl(`https://jo:CorpPassw0rd2026@api.box.com/oauth2/${token}?refresh_token=${refresh}`),
			'https://jo:…@api.box.com/oauth2/Xq7L…?refresh_token=R9sT…',
		);
		assert.equal(
			redactUrl('https://api.box.com/2.0/files/123456789012345678901'),
			'https://api.box.com/2.0/files/123456789012345678901',
		);
	});

	it('a URL that does not parse, as a quoted value', () => {
		assert.equal(redactUrl(`not a url ${token}`), 'not a url Xq7L…');
	});
});
