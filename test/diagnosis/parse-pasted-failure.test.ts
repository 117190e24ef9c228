import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parsePastedFailure} from '../../source/diagnosis/pasted-failure/parse-pasted-failure.js';
import {assertNoSecrets} from '../helpers/leak-check.js';
import {fixtures} from './pasted-fixtures.js';

describe('parsePastedFailure reads every way a failure gets pasted', () => {
	for (const fixture of fixtures) {
		it(`${fixture.name} (${fixture.source})`, () => {
			assert.deepEqual(parsePastedFailure(fixture.input), fixture.expected);
		});
	}
});

describe('parsePastedFailure keeps no secret from the paste', () => {
	const withSecrets = fixtures.filter((fixture) => fixture.secrets);

	it('has fixtures with every kind of secret, each really in its input', () => {
		assert.ok(withSecrets.length >= 8);
		for (const fixture of withSecrets) {
			for (const secret of fixture.secrets ?? []) {
				assert.ok(fixture.input.includes(secret), `${fixture.name}: ${secret} not in the input`);
			}
		}
	});

	for (const fixture of withSecrets) {
		it(fixture.name, () => {
			assertNoSecrets(JSON.stringify(parsePastedFailure(fixture.input)), fixture.secrets ?? []);
		});
	}

	it('masks a secret in the text it keeps when nothing else was recognised', () => {
		const parsed = parsePastedFailure(
			'my refresh_token=R9sT2uV4wX6yZ8aB0cD2eF4gH6iJ8kL0 stopped working\nand I do not know why',
		);
		assert.deepEqual(parsed, {
			text: 'my refresh_token=R9sT… stopped working\nand I do not know why',
		});
	});
});

describe('parsePastedFailure picks the failure the user asks about', () => {
	it('takes the last error body of a retry log', () => {
		const parsed = parsePastedFailure(
			[
				'attempt 1: {"type":"error","status":429,"code":"rate_limit_exceeded","message":"Request rate limit exceeded, please try again later"}',
				'attempt 2: {"type":"error","status":503,"code":"unavailable","message":"Unavailable"}',
			].join('\n'),
		);
		assert.deepEqual(parsed, {status: 503, error: 'unavailable', description: 'Unavailable'});
	});

	it('takes the answer a curl transcript ends with, not an earlier success', () => {
		const parsed = parsePastedFailure(
			[
				'HTTP/1.1 100 Continue',
				'',
				'HTTP/1.1 200 OK',
				'content-type: application/json',
				'',
				'{"total_count":0}',
				'HTTP/1.1 401 Unauthorized',
				'box-request-id: 0abc1def2ghi3jkl4mno5pqr6stu7vwx8',
				'',
			].join('\n'),
		);
		assert.deepEqual(parsed, {status: 401, requestId: '0abc1def2ghi3jkl4mno5pqr6stu7vwx8'});
	});

	it('reads nothing from nothing', () => {
		assert.deepEqual(parsePastedFailure(''), {});
		assert.deepEqual(parsePastedFailure(' \n\t\n'), {});
	});
});

describe('parsePastedFailure reads long pastes in linear time', () => {
	// Each of these once took seconds to minutes, from regular expressions or brace matching that
	// went back over the text for every starting point.
	const pathological = {
		'blank lines': '\n'.repeat(100_000),
		spaces: ' '.repeat(100_000),
		'nested quotes and braces': `${"{'".repeat(50_000)}${'}'.repeat(50_000)}`,
		'dashed runs': 'eyJ-'.repeat(25_000),
		'proxy statuses': '407 '.repeat(25_000),
	};

	for (const [name, input] of Object.entries(pathological)) {
		it(name, () => {
			const started = performance.now();
			parsePastedFailure(input);
			assert.ok(performance.now() - started < 1000, `${name} took too long`);
		});
	}

	it('keeps the end of a paste longer than it reads', () => {
		const parsed = parsePastedFailure(
			`${'x'.repeat(300_000)}\n{"error":"invalid_grant","error_description":"Invalid refresh token"}`,
		);
		assert.deepEqual(parsed, {error: 'invalid_grant', description: 'Invalid refresh token'});
	});
});

describe('parsePastedFailure copes with mangled SDK messages', () => {
	it('keeps a quoted part whose escape JSON does not know', () => {
		assert.deepEqual(parsePastedFailure(String.raw`400; "invalid_grant" - "Bad \q escape"`), {
			status: 400,
			error: 'invalid_grant',
			description: String.raw`Bad \q escape`,
		});
	});
});

describe('a cut curl transcript', () => {
	it('with a redirect and no request before it is read, not looped over for ever', () => {
		const failure = parsePastedFailure(
			[
				'< HTTP/1.1 302 Found',
				'<',
				'> GET /oauth2/token HTTP/1.1',
				'> Host: api.box.com',
				'>',
				'< HTTP/1.1 400 Bad Request',
			].join('\n'),
		);
		assert.equal(failure.status, 400);
		assert.equal(failure.url, 'https://api.box.com/oauth2/token');
	});
});
