import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {explainCommand} from '../../source/commands/explain/explain-command.js';
import {secretVariables} from '../../source/profiles/environment-secrets.js';
import {feedCli} from '../helpers/feed-cli.js';

// What an attack harness fed `boxauth explain`: secrets in the spellings people use, escape
// sequences that whoever wrote a response body chose, and input without end.

const passphrase = '9c4e1a7b3f2d8e6a0b5c7d9e1f3a2b4c';
const lowerRefresh = 'z1x3c5v7b9n2m4l6k8j0h2g4f6d8s0a1q3w5e7r9t2y4u6i8o0p1l3k5j7h9g2f4';
const lowerToken = 'q2w4e6r8t0y1u3i5o7p9a2s4d6f8g0h1';
const developerToken = 'T9cE5asGnuyYCCqIZFoWjFHvNbvVqHjl';
const keyLine = 'p2PKSQnSJP3AJLQNFNe7br1XbrhV//eO+t51mIpGSDCUv3E0DDFcWDTH9cXDTTlR';
const keyLines = [
	'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
	'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu',
	keyLine,
	'8nP2c3EisYO6V45A/7U1Pw==',
];
const clientId = 'k8y1pq0a3rvt6xhu2m5wz9nc4ebl7dfs';

/** The explanation, as text and as JSON, of one paste. */
const bothOutputs = (paste: string) =>
	[false, true].map((json) => ({json, output: explainCommand(paste, {json}).output}));

/** Pieces of a secret that must not be printed: all of it past the four characters a mask keeps. */
const piecesOf = (secret: string) =>
	secret
		.slice(4)
		.split(/[+/=]/)
		.filter((piece) => piece.length >= 8);

function assertNotShown(paste: string, secrets: readonly string[]) {
	for (const {json, output} of bothOutputs(paste)) {
		for (const secret of secrets) {
			for (const piece of piecesOf(secret)) {
				assert.ok(!output.includes(piece), `${piece} shown (json: ${json}):\n${output}`);
			}
		}
	}
}

describe('boxauth explain masks secrets in every spelling people paste them in', () => {
	const pastes: Array<[string, string, string[]]> = [
		[
			'privateKeyPassphrase',
			`Error: key could not be decrypted {"privateKeyPassphrase": "${passphrase}"}`,
			[passphrase],
		],
		[
			'rsa_private_key_passphrase',
			`invalid_grant: rsa_private_key_passphrase=${passphrase}`,
			[passphrase],
		],
		['jwtPrivateKeyPassword', `jwtPrivateKeyPassword: ${passphrase}`, [passphrase]],
		['BOX_DEVELOPER_TOKEN', `BOX_DEVELOPER_TOKEN=${developerToken} ./sync.sh`, [developerToken]],
		[
			'developer token in prose',
			`401 Unauthorized with developer token ${lowerToken}`,
			[lowerToken],
		],
		['a bare lowercase passphrase', `Wrong passphrase? I used ${passphrase}`, [passphrase]],
		[
			'a bare lowercase refresh token',
			`invalid_grant: Invalid refresh token ${lowerRefresh}`,
			[lowerRefresh],
		],
		['one line of a private key', keyLine, [keyLine]],
		[
			'a private key body under Box’s answer',
			`{"error":"invalid_grant","error_description":"Signature verification error"}\nmy key:\n${keyLines.join('\n')}`,
			keyLines,
		],
		['a private key body alone', keyLines.join('\n'), keyLines],
		[
			'a secret hidden from the masker by JSON escapes',
			String.raw`{"error":"invalid_grant","error_description":"token T9cE5asGnuy\u0059CCqIZFoWjFHvNbvVqHjl"}`,
			[developerToken],
		],
		[
			'a secret hidden from the masker by form escapes',
			`curl -d grant_type=${lowerToken.slice(0, 4)}%${lowerToken.charCodeAt(4).toString(16)}${lowerToken.slice(5)}`,
			[lowerToken],
		],
	];
	for (const [name, paste, secrets] of pastes) {
		it(name, () => {
			assertNotShown(paste, secrets);
		});
	}

	for (const variable of Object.values(secretVariables)) {
		it(`boxauth's own ${variable}`, () => {
			assertNotShown(`$ ${variable}=${lowerToken} boxauth token\nError: invalid_grant`, [
				lowerToken,
			]);
			assertNotShown(`export ${variable}='${developerToken}'`, [developerToken]);
		});
	}

	it('still shows what it read of a client ID that the paste names as one', () => {
		for (const paste of [
			`GET https://account.box.com/api/oauth2/authorize?response_type=code&client_id=${clientId}\n\nerror=invalid_client`,
			`The app with client ID ${clientId} keeps failing`,
			`unauthorized_client: This app is not authorized by the enterprise admin (client_id=${clientId})`,
		]) {
			const text = explainCommand(paste, {json: false}).output;
			assert.match(text, new RegExp(`^Read from your paste: .*${clientId}`, 'm'), text);
			const {failure} = JSON.parse(explainCommand(paste, {json: true}).output) as {
				failure: Record<string, unknown>;
			};
			assert.ok(JSON.stringify(failure).includes(clientId), JSON.stringify(failure));
		}
	});
});

describe('boxauth explain echoes no control characters from the paste', () => {
	const escapes = [
		'\u001b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007',
		'\u001b]52;c;Y3VybA==\u001b\\',
		'\u001b[2J\u001b[H',
		'\u001b[31m',
		'\u001bc',
		'\u009b2J',
		'\u009d0;title\u009c',
		'\u0000\u0007\b\r\u007f\u0085',
	];
	const escaped = String.raw`\u001b]52;c;Y3VybA==\u0007\u001b[2J\u009b2J\r`;
	const pastes: Array<[string, string]> = [
		['in a bare message', `Error: something ${escapes.join('')} went wrong`],
		[
			'in a JSON body',
			`HTTP/1.1 400 Bad Request\n\n{"error":"invalid_grant","error_description":"Grant ${escapes.join('')} credentials are invalid"}`,
		],
		[
			'escaped in a JSON body, decoded by the parser',
			`{"error":"invalid_grant","error_description":"Grant ${escaped} credentials are invalid"}`,
		],
		['in a header', `HTTP/1.1 401\nwww-authenticate: Bearer ${escapes.join('')}realm="Service"\n`],
		[
			'URL-encoded in a form field',
			'curl -d grant_type=%1b%5d52%3bc%3bY3VybA%3d%3d%07client_credentials -d box_subject_type=user',
		],
		['in a multi-line log', `line one ${escapes.join('')}\nline two\twith a tab\n`],
	];

	const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

	/** Every string in a parsed JSON value. */
	const strings = (value: unknown): string[] =>
		typeof value === 'string'
			? [value]
			: typeof value === 'object' && value !== null
				? Object.values(value).flatMap(strings)
				: [];

	for (const [name, paste] of pastes) {
		it(name, () => {
			const text = explainCommand(paste, {json: false}).output;
			assert.doesNotMatch(text, control);
			assert.doesNotMatch(text, /52;c;|\]0;title/);
			for (const value of strings(JSON.parse(explainCommand(paste, {json: true}).output))) {
				assert.doesNotMatch(value, control, JSON.stringify(value));
				assert.doesNotMatch(value, /52;c;|\]0;title/);
			}
		});
	}

	it('keeps line breaks and tabs', () => {
		const printed = JSON.parse(
			explainCommand('first line\nsecond\tline\nthird line', {json: true}).output,
		) as {failure: {text?: string}};
		assert.equal(printed.failure.text, 'first line\nsecond\tline\nthird line');
	});
});

describe('boxauth explain reads a bounded part of stdin (built CLI)', () => {
	const failure = Buffer.from(
		'\n{"error":"invalid_grant","error_description":"Grant credentials are invalid"}\n',
	);

	it('stops reading an endless stream, explains what it read, and says so', async () => {
		const fed = await feedCli(['explain'], Buffer.from('y\n'.repeat(32 * 1024)), 512 * 1024 ** 2);
		assert.ok(fed.written < 64 * 1024 ** 2, `it read on: ${fed.written} bytes written`);
		assert.equal(fed.code, 1, fed.stderr);
		assert.match(fed.stderr, /went on past 16 MB, so boxauth stopped reading it/);
		assert.match(fed.stdout, /does not recognise this failure/);
		assert.ok(fed.peakMiB < 150, `peak memory ${fed.peakMiB} MiB`);
	});

	it('explains the end of a long paste, holding only the part it keeps', async () => {
		const logLine = Buffer.from(`${'2026-05-04T10:00:00Z INFO nothing to see here '.repeat(20)}\n`);
		const fed = await feedCli(['explain', '--json'], logLine, 12 * 1024 ** 2, failure);
		assert.equal(fed.code, 0, fed.stderr);
		assert.match(fed.stderr, /longer than 100 KB: boxauth explains its last 100 KB/);
		const printed = JSON.parse(fed.stdout) as {failure: {error?: string}};
		assert.equal(printed.failure.error, 'invalid_grant');
		assert.ok(fed.peakMiB < 150, `peak memory ${fed.peakMiB} MiB`);
	});

	it('says nothing of a cut when the paste is whole', async () => {
		const fed = await feedCli(['explain'], failure, failure.length);
		assert.equal(fed.code, 0, fed.stderr);
		assert.equal(fed.stderr, '');
	});
});
