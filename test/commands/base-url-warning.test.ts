import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {readBaseUrl} from '../../source/commands/shared/add-request.js';
import {commandInput} from '../helpers/run-boxauth.js';

/** The base URL read from `--base-url value`, and what was written to stderr meanwhile. */
async function read(value: string) {
	const input = commandInput({flags: {'base-url': value}});
	const baseUrl = readBaseUrl(input, false);
	await new Promise((resolve) => {
		setImmediate(resolve);
	});
	return {baseUrl, stderr: input.stderrText()};
}

describe('--base-url with plain http', () => {
	it('warns that tokens would travel unencrypted to another machine, and goes on', async () => {
		for (const value of [
			'http://box.example.com',
			'http://user:pw@10.0.0.5:8080/',
			'http://[2001:db8::1]:3000',
		]) {
			const {baseUrl, stderr} = await read(value);
			assert.equal(baseUrl, value);
			assert.match(
				stderr,
				/^Warning: --base-url http:\/\/\S+ is plain http to another machine: the client secret and every token would travel unencrypted/,
			);
			assert.doesNotMatch(stderr, /pw@/, 'no password from the URL');
		}
	});

	it('says nothing for https, or for a server on this machine', async () => {
		for (const value of [
			'https://api.box.com',
			'http://127.0.0.1:4000',
			'http://127.1.2.3:4000',
			'http://localhost:3000',
			'http://sandbox.localhost:3000',
			'http://[::1]:4000',
		]) {
			const {baseUrl, stderr} = await read(value);
			assert.equal(baseUrl, value);
			assert.equal(stderr, '', value);
		}
	});
});
