import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {maskSecrets} from '../../source/box/mask-secrets.js';
import {secretVariables} from '../../source/profiles/environment-secrets.js';
import {assertNoSecrets} from '../helpers/leak-check.js';

// The spellings of secrets that an attack harness found unmasked, and the IDs that must stay
// readable beside them.

// A console config's passphrase is 32 lowercase hex characters; a token may come in one case too.
const passphrase = '9c4e1a7b3f2d8e6a0b5c7d9e1f3a2b4c';
const lowerToken = 'q2w4e6r8t0y1u3i5o7p9a2s4d6f8g0h1';
const lowerRefresh = 'z1x3c5v7b9n2m4l6k8j0h2g4f6d8s0a1q3w5e7r9t2y4u6i8o0p1l3k5j7h9g2f4';
const mixedToken = 'Xq7Lm2Pz9Rt4Vw8Yb3Nc6Hd1Jf5Kg0Sa';
const clientId = 'k8y1pq0a3rvt6xhu2m5wz9nc4ebl7dfs';

describe('maskSecrets masks a secret under any name that ends in a secret’s name', () => {
	const spellings: Array<[string, string]> = [
		['privateKeyPassphrase in JSON', `{"privateKeyPassphrase": "${passphrase}"}`],
		['rsa_private_key_passphrase in a form', `rsa_private_key_passphrase=${passphrase}&x=1`],
		['jwtPrivateKeyPassword in YAML', `jwtPrivateKeyPassword: ${passphrase}`],
		['BOX_DEVELOPER_TOKEN in a shell', `export BOX_DEVELOPER_TOKEN=${mixedToken}`],
		['an app secret in a .env file', `APP_SECRET=${lowerToken}`],
		['developer token in prose', `my developer token ${lowerToken} stopped working`],
		['refresh token in prose', `the refresh token ${lowerRefresh} is rejected`],
		['Python keyword, one case', `JWTAuth(jwt_key_password='${passphrase}')`],
	];
	for (const [name, text] of spellings) {
		it(name, () => {
			assertNoSecrets(maskSecrets(text), [passphrase, lowerToken, lowerRefresh, mixedToken]);
		});
	}

	for (const variable of Object.values(secretVariables)) {
		it(`boxauth's own ${variable}`, () => {
			for (const text of [
				`${variable}=${lowerToken} boxauth token`,
				`export ${variable}="${passphrase}"`,
				`env:\n  ${variable}: ${mixedToken}`,
			]) {
				const masked = maskSecrets(text);
				assert.ok(masked.includes(variable), masked);
				assertNoSecrets(masked, [passphrase, lowerToken, mixedToken]);
			}
		});
	}
});

describe('maskSecrets masks a one-case token with no name, as long as Box’s', () => {
	for (const [name, secret] of [
		['a 32-character lowercase passphrase', passphrase],
		['a 32-character lowercase token', lowerToken],
		['a 64-character lowercase refresh token', lowerRefresh],
		['a 32-character uppercase secret', lowerToken.toUpperCase()],
	] as const) {
		it(name, () => {
			assert.equal(
				maskSecrets(`it failed with ${secret}.`),
				`it failed with ${secret.slice(0, 4)}….`,
			);
		});
	}
});

describe('maskSecrets keeps client and request IDs readable where they are named', () => {
	const kept = [
		`client_id=${clientId}&grant_type=client_credentials`,
		`{"boxAppSettings": {"clientID": "${clientId}"}}`,
		String.raw`"body":"{\"client_id\":\"${clientId}\"}"`,
		`Client ID: ${clientId}`,
		`Send the admin the client ID ${clientId}`,
		`https://account.box.com/api/oauth2/authorize?response_type=code&client_id=${clientId}`,
		`box-request-id: ${passphrase}`,
		`Request ID: ${passphrase}`,
		`'request_id': '${passphrase}'`,
		// Not 32 or 64 long: Box's request IDs and hashes, not its secrets.
		'box-request-id 0de4280d7c30a4c605598d8e59a14cde7',
		'sha1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12',
		// Letters alone: a long class name, not a token.
		'at BoxDeveloperEditionAPIConnection.authenticate',
	];
	for (const text of kept) {
		it(text, () => {
			assert.equal(maskSecrets(text), text);
		});
	}

	it('the client ID in a curl -u, with the secret after it masked', () => {
		assert.equal(
			maskSecrets(`curl -u ${clientId}:${lowerToken} https://api.box.com/oauth2/token`),
			`curl -u ${clientId}:q2w4… https://api.box.com/oauth2/token`,
		);
	});

	it('but a one-case value under no ID name is masked', () => {
		assert.equal(maskSecrets(`id? ${clientId}`), 'id? k8y1…');
	});
});

describe('maskSecrets masks a private key body pasted without its BEGIN line', () => {
	// Base64 lines of a made-up PKCS#8 key, with the `+` and `/` that split it into short runs.
	const lines = [
		'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
		'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu',
		'NMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ',
		'qgtzJ6GR3eqoYSW9b9UMvkBpZODSctWSNGj3P7jRFDO5VoTwCQAWbFnOjDfH5Ulg',
		'p2PKSQnSJP3AJLQNFNe7br1XbrhV//eO+t51mIpGSDCUv3E0DDFcWDTH9cXDTTlR',
		'8nP2c3EisYO6V45A/7U1Pw==',
	];

	for (const [name, text] of [
		['one line alone', lines[2] ?? ''],
		['the lines of a file', lines.join('\n')],
		['the lines with Windows line ends', lines.join('\r\n')],
		['run together', lines.join('')],
		['in a JSON string', `"privateKey": "${lines.join(String.raw`\n`)}\\n"`],
		['with the END line', `${lines.join('\n')}\n-----END PRIVATE KEY-----`],
	] as const) {
		it(name, () => {
			const masked = maskSecrets(text);
			for (const line of lines) {
				for (const piece of line.split(/[+/=]/).filter((part) => part.length >= 8)) {
					assert.ok(!masked.slice(4).includes(piece), `${piece} shows in: ${masked}`);
				}
			}
		});
	}

	it('but leaves paths, URLs and prose alone', () => {
		for (const text of [
			'at Object.<anonymous> (/home/runner/work/my-app/node_modules/box-node-sdk/lib/box-client.js:12:5)',
			'GET https://api.box.com/2.0/folders/0/items?fields=name,modified_at HTTP/1.1',
			'The API returned an error code and a message describing the problem in some detail',
		]) {
			assert.equal(maskSecrets(text), text);
		}
	});
});

describe('maskSecrets takes out what a terminal would act on', () => {
	const cases: Array<[string, string, string]> = [
		['an OSC 52 clipboard write', 'a\u001b]52;c;aGVsbG8=\u0007b', 'ab'],
		['an OSC ended by ST', 'a\u001b]0;title\u001b\\b', 'ab'],
		['an unterminated OSC, to the line end', 'a\u001b]52;c;aGVs\nnext', 'a\nnext'],
		['a screen clear and cursor home', '\u001b[2J\u001b[Hinvalid_grant', 'invalid_grant'],
		['colours', '\u001b[31;1mred\u001b[0m', 'red'],
		['a private-mode CSI', '\u001b[?1049hscreen', 'screen'],
		['a full reset', '\u001bcreset', 'reset'],
		['C1 controls', 'a\u009b2Jb\u009d52;c;x\u009cc\u0085d', 'abcd'],
		['C0 controls and DEL', 'a\u0000b\u0007c\bd\u007fe\rf', 'abcdef'],
	];
	for (const [name, text, expected] of cases) {
		it(name, () => {
			assert.equal(maskSecrets(text), expected);
		});
	}

	it('keeps tabs and line breaks', () => {
		assert.equal(maskSecrets('a\tb\nc'), 'a\tb\nc');
	});

	it('before masking, so that a control cannot split a token out of the masker’s sight', () => {
		const split = `Bearer ${mixedToken.slice(0, 10)}\u0000${mixedToken.slice(10)}`;
		assert.equal(maskSecrets(split), 'Bearer Xq7L…');
	});
});
