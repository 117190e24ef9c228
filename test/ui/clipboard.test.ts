import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {clipboardEscape} from '../../source/ui/dashboard/clipboard.js';

const plain = `\u001B]52;c;${Buffer.from('Authorization: Bearer abc').toString('base64')}\u0007`;

describe('the clipboard escape', () => {
	it('is OSC 52 with the text in base64', () => {
		assert.equal(clipboardEscape('Authorization: Bearer abc', {}), plain);
	});

	it('is passed through tmux, its escapes doubled', () => {
		assert.equal(
			clipboardEscape('Authorization: Bearer abc', {TMUX: '/tmp/tmux-1000/default,1,0'}),
			`\u001BPtmux;\u001B${plain}\u001B\\`,
		);
	});

	it('is passed through GNU screen', () => {
		assert.equal(
			clipboardEscape('Authorization: Bearer abc', {STY: '1234.pts-0.host'}),
			`\u001BP${plain}\u001B\\`,
		);
	});
});
