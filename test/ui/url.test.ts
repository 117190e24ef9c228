import assert from 'node:assert/strict';
import {afterEach, describe, it} from 'node:test';
import {Box, Text} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import {createElement} from 'react';
import {hyperlink, hyperlinksWork} from '../../source/ui/components/terminal-hyperlinks.js';
import {Url} from '../../source/ui/components/url.js';

const tty = {isTTY: true};
const authorizeUrl =
	'https://account.box.com/api/oauth2/authorize?response_type=code&client_id=k3c9x1z8q0w2e4r6t5y7u9i1o3p5a7s9&redirect_uri=http%3A%2F%2F127.0.0.1%3A53123%2Fcallback&state=Xf3kQ9';

/** Each row of a frame: its visible text, and the target of the link it is part of, if any. */
function rowsOf(frame: string) {
	return frame.split('\n').map((row) => ({
		text: row.replaceAll(/\u001B\]8;;[^\u0007]*\u0007/g, ''),
		link: /\u001B\]8;;([^\u0007]+)\u0007/.exec(row)?.[1],
	}));
}

describe('terminal hyperlinks', () => {
	it('are used where the terminal is known to draw them', () => {
		assert.equal(hyperlinksWork(tty, {TERM_PROGRAM: 'iTerm.app'}), true);
		assert.equal(hyperlinksWork(tty, {WT_SESSION: 'c0ffee'}), true);
		assert.equal(hyperlinksWork(tty, {VTE_VERSION: '7600'}), true);
		assert.equal(hyperlinksWork(tty, {TERM: 'xterm-kitty'}), true);
	});

	it('are not used where the terminal may print them as garbage, or outside a terminal', () => {
		assert.equal(hyperlinksWork(tty, {TERM: 'xterm-256color'}), false);
		assert.equal(hyperlinksWork(tty, {VTE_VERSION: '5000'}), false, 'VTE 0.50.0 crashed on them');
		assert.equal(hyperlinksWork({isTTY: false}, {TERM_PROGRAM: 'iTerm.app'}), false);
		assert.equal(hyperlinksWork(tty, {TERM_PROGRAM: 'iTerm.app', NO_COLOR: '1'}), false);
		assert.equal(hyperlinksWork(tty, {TERM_PROGRAM: 'iTerm.app', CI: 'true'}), false);
	});

	it('are forced on or off with FORCE_HYPERLINK, as for other command-line tools', () => {
		assert.equal(hyperlinksWork({isTTY: false}, {FORCE_HYPERLINK: '1'}), true);
		assert.equal(hyperlinksWork(tty, {FORCE_HYPERLINK: '0', TERM_PROGRAM: 'iTerm.app'}), false);
	});

	it('are OSC 8 ended by BEL, and never carry a control character into the terminal', () => {
		assert.equal(
			hyperlink('https://box.com'),
			'\u001B]8;;https://box.com\u0007https://box.com\u001B]8;;\u0007',
		);
		assert.equal(hyperlink('https://box.com/\u0007\u001B[2J'), 'https://box.com/\u0007\u001B[2J');
	});
});

describe('a URL on screen', () => {
	const forced = process.env['FORCE_HYPERLINK'];
	afterEach(() => {
		cleanup();
		if (forced === undefined) {
			delete process.env['FORCE_HYPERLINK'];
		} else {
			process.env['FORCE_HYPERLINK'] = forced;
		}
	});

	it('broken into rows by Ink, links every row to the whole URL, and the escapes take no width', () => {
		process.env['FORCE_HYPERLINK'] = '1';
		const width = 60;
		const {lastFrame} = render(
			createElement(
				Box,
				{flexDirection: 'column', width},
				createElement(Text, null, 'Open this address:'),
				createElement(Url, {url: authorizeUrl}),
				createElement(Text, null, 'and sign in.'),
			),
		);
		const rows = rowsOf(lastFrame() ?? '');
		const urlRows = rows.slice(1, -1);
		assert.ok(urlRows.length > 1, 'longer than a row');
		assert.equal(urlRows.map((row) => row.text).join(''), authorizeUrl, 'read back whole');
		for (const row of urlRows) {
			assert.equal(row.link, authorizeUrl, `"${row.text}" opens the whole URL`);
			assert.ok(row.text.length <= width, `${row.text.length} columns in ${width}`);
		}

		assert.deepEqual(
			rows.at(-1),
			{text: 'and sign in.', link: undefined},
			'the next line in place',
		);
	});

	it('is the address alone where links are not drawn', () => {
		process.env['FORCE_HYPERLINK'] = '0';
		const {lastFrame} = render(createElement(Url, {url: 'https://app.box.com/developers/console'}));
		assert.equal(lastFrame(), 'https://app.box.com/developers/console');
	});
});
