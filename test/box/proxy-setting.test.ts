import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {badProxySetting} from '../../source/box/proxy-setting.js';

describe('the proxy variables', () => {
	it('takes http and https URLs, and no proxy at all', () => {
		assert.equal(badProxySetting({}), undefined);
		assert.equal(badProxySetting({HTTPS_PROXY: 'http://proxy.example.com:8080'}), undefined);
		assert.equal(
			badProxySetting({http_proxy: 'https://user:pass@proxy:3128', HTTP_PROXY: ''}),
			undefined,
		);
	});

	it('names the variable holding something that is not an http(s) URL', () => {
		assert.deepEqual(badProxySetting({HTTPS_PROXY: 'proxy.example.com:8080'}), {
			variable: 'HTTPS_PROXY',
			value: 'proxy.example.com:8080',
		});
		assert.equal(badProxySetting({http_proxy: 'not a url'})?.variable, 'http_proxy');
		assert.equal(badProxySetting({HTTP_PROXY: 'socks5://127.0.0.1:1080'})?.variable, 'HTTP_PROXY');
	});
});
