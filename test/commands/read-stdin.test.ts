import assert from 'node:assert/strict';
import {Readable} from 'node:stream';
import {describe, it} from 'node:test';
import {readBounded} from '../../source/commands/shared/read-stdin.js';
import {feedCli} from '../helpers/feed-cli.js';

/** A stream of `chunk` repeated `count` times (for ever without a count), and how much it gave. */
function repeated(chunk: Buffer, count = Number.POSITIVE_INFINITY) {
	const given = {chunks: 0, closed: false};
	const stream = Readable.from(
		(function* () {
			try {
				for (; given.chunks < count; given.chunks++) {
					yield chunk;
				}
			} finally {
				given.closed = true;
			}
		})(),
	);
	return {stream, given};
}

describe('readBounded', () => {
	it('reads a short input whole', async () => {
		const read = await readBounded(
			Readable.from([Buffer.from('one\n'), Buffer.from('two')]),
			100,
			1000,
		);
		assert.deepEqual(read, {text: 'one\ntwo', cut: false, stopped: false});
	});

	it('keeps the last bytes of a longer one, and says it was cut', async () => {
		const {stream} = repeated(Buffer.from('0123456789'), 50);
		const read = await readBounded(stream, 25, 10_000);
		assert.deepEqual(read, {text: '5678901234567890123456789', cut: true, stopped: false});
	});

	it('stops reading an endless one once it has read enough, and closes it', async () => {
		const chunk = Buffer.alloc(64 * 1024, 'y\n');
		const {stream, given} = repeated(chunk);
		const read = await readBounded(stream, 100_000, 16 * 1024 * 1024);
		assert.equal(read.stopped, true);
		assert.equal(read.cut, true);
		assert.equal(read.text.length, 100_000);
		assert.ok(given.chunks <= 16 * 16 + 1, `${given.chunks} chunks read`);
		assert.ok(given.closed, 'the stream was closed');
	});

	it('never starts the kept text inside a character', async () => {
		const read = await readBounded(Readable.from([Buffer.from('ééééé')]), 5, 100);
		assert.deepEqual(read, {text: 'éé', cut: true, stopped: false});
	});
});

describe('the --*-stdin secrets are bounded (built CLI)', () => {
	const endless = Buffer.from('y'.repeat(64 * 1024));

	for (const [name, args] of [
		['profiles add', ['profiles', 'add', 'work', '--auth-type', 'developer', '--token-stdin']],
		['setup', ['setup', '--auth-type', 'developer', '--token-stdin', '--json']],
		[
			'profiles add --client-secret-stdin',
			[
				'profiles',
				'add',
				'work',
				'--auth-type',
				'ccg',
				'--client-id',
				'k8y1pq0a3rvt6xhu2m5wz9nc4ebl7dfs',
				'--enterprise-id',
				'1234567',
				'--client-secret-stdin',
			],
		],
	] as const) {
		it(`${name} refuses an endless stream with exit 2`, async () => {
			const fed = await feedCli([...args], endless, 256 * 1024 ** 2);
			assert.equal(fed.code, 2, fed.stderr);
			assert.match(fed.stderr, /--\S+-stdin read more than 64 KB on stdin, far more than a/);
			assert.ok(fed.written < 8 * 1024 ** 2, `it read on: ${fed.written} bytes written`);
			assert.ok(fed.peakMiB < 150, `peak memory ${fed.peakMiB} MiB`);
		});
	}

	it('refuses 65 KB, a key file piped by mistake, and says nothing of it', async () => {
		const fed = await feedCli(
			['profiles', 'add', 'work', '--auth-type', 'developer', '--token-stdin'],
			Buffer.from('Ab1'.repeat(1024)),
			65 * 1024,
		);
		assert.equal(fed.code, 2, fed.stderr);
		assert.match(fed.stderr, /read more than 64 KB/);
		assert.doesNotMatch(fed.stderr, /Ab1Ab1/);
	});
});
