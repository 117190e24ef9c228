import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {unwrapConsole} from '../../source/diagnosis/pasted-failure/unwrap-console.js';

/** The text as a console of that width copies it: a newline wherever the column ran out. */
const brokenAt = (width: number, line: string) =>
	line.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? '';

const message =
	'com.box.sdk.BoxAPIResponseException: The API returned an error code [400 | 3llc7h400r53ja0.0de4280d7c30a4c605598d8e59a14cde7] unauthorized_client - This app is not authorized by the enterprise admin';

describe('unwrapConsole', () => {
	it('joins a line a console broke at 80 or 120 columns, in the middle of words', () => {
		for (const width of [80, 120]) {
			assert.equal(unwrapConsole(brokenAt(width, message)), message);
		}
	});

	it('learns an unusual width from two full lines', () => {
		assert.equal(
			unwrapConsole(`$ java Upload\n${brokenAt(90, message)}`),
			`$ java Upload\n${message}`,
		);
	});

	it('keeps the lines that followed the broken one', () => {
		const broken = `${brokenAt(80, message)}\n\tat com.box.sdk.BoxAPIResponse.<init>(BoxAPIResponse.java:92)`;
		assert.equal(
			unwrapConsole(broken),
			`${message}\n\tat com.box.sdk.BoxAPIResponse.<init>(BoxAPIResponse.java:92)`,
		);
	});

	it('leaves a line that is just that long, followed by a line of its own', () => {
		const curl = [
			'curl: (60) SSL certificate problem: self-signed certificate in certificate chain',
			'More details here: https://curl.se/docs/sslcerts.html',
		].join('\n');
		assert.equal(unwrapConsole(curl), curl);
	});

	it('leaves equally long lines that each start a line of their own', () => {
		const headers = [
			'< set-cookie: box_visitor_id=66900a7a0c27e1.58231190; path=/; domain=.box.com; secure',
			'< set-cookie: site_preference=desktop; path=/; domain=.box.com; secure; SameSite=None',
			'< cache-control: no-store',
		].join('\n');
		assert.equal(unwrapConsole(headers), headers);
	});

	it('leaves short text alone', () => {
		const text = 'invalid_grant\nGrant credentials are invalid';
		assert.equal(unwrapConsole(text), text);
	});
});
