import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
	approvalPollingWords,
	nextApprovalCheckDelay,
	nextPollingWordsChange,
} from '../../source/wizard/approval-polling.js';

describe('waiting for the admin to authorize the app', () => {
	it('checks every 10 seconds for the first two minutes', () => {
		for (let checks = 0; checks < 12; checks++) {
			assert.equal(nextApprovalCheckDelay(checks), 10_000, `before check ${checks + 1}`);
		}
	});

	it('backs off, never shrinking, to at most a minute', () => {
		const delays = Array.from({length: 100}, (_, checks) => nextApprovalCheckDelay(checks));
		for (const [index, delay] of delays.entries()) {
			assert.ok(
				delay >= (delays[index - 1] ?? 0),
				`the delay before check ${index + 1} does not shrink`,
			);
			assert.ok(delay <= 60_000, `the delay before check ${index + 1} is at most a minute`);
		}

		assert.equal(nextApprovalCheckDelay(1000), 60_000);
	});

	it('checks once a minute only after a few minutes of waiting', () => {
		let waited = 0;
		let checks = 0;
		while (nextApprovalCheckDelay(checks) < 60_000) {
			waited += nextApprovalCheckDelay(checks);
			checks++;
		}

		assert.ok(waited >= 3 * 60_000, `not before 3 minutes (${waited} ms)`);
		assert.ok(waited <= 10 * 60_000, `within 10 minutes (${waited} ms)`);
	});

	const now = 1_700_000_000_000;

	it('says a check is under way', () => {
		assert.equal(
			approvalPollingWords({intervalMs: 10_000, lastCheckedAt: now - 9000, checking: true}, now),
			'checking now',
		);
	});

	it('says when the first check comes', () => {
		assert.equal(
			approvalPollingWords({intervalMs: 10_000, checking: false}, now),
			'first check in 10 s',
		);
	});

	it('says how often it checks and how long ago it last did', () => {
		assert.equal(
			approvalPollingWords({intervalMs: 10_000, lastCheckedAt: now - 3000, checking: false}, now),
			'checking every 10 s, last checked 3 s ago',
		);
		assert.equal(
			approvalPollingWords({intervalMs: 60_000, lastCheckedAt: now - 200, checking: false}, now),
			'checking every 1 min, last checked just now',
		);
		assert.equal(
			approvalPollingWords({intervalMs: 60_000, lastCheckedAt: now - 61_000, checking: false}, now),
			'checking every 1 min, last checked 1 min ago',
		);
	});

	it('never says a check happened in the future', () => {
		assert.equal(
			approvalPollingWords({intervalMs: 10_000, lastCheckedAt: now + 5000, checking: false}, now),
			'checking every 10 s, last checked just now',
		);
	});

	it('names the next moment its words change, and that moment only', () => {
		const polling = {intervalMs: 10_000, lastCheckedAt: now, checking: false};
		const words = (at: number) => approvalPollingWords(polling, at);
		// Every moment over 3 minutes, a millisecond at a time where it matters: the words change at
		// the moment named, and not before it.
		for (let at = now; at < now + 3 * 60_000; ) {
			const next = nextPollingWordsChange(polling, at);
			assert.ok(next !== undefined && next > at, `a moment after ${at - now} ms`);
			assert.equal(words(next - 1), words(at), `the same words up to ${next - now} ms`);
			assert.notEqual(words(next), words(at), `new words at ${next - now} ms`);
			at = next;
		}
	});

	it('names no moment while the words cannot change', () => {
		assert.equal(nextPollingWordsChange({intervalMs: 10_000, checking: true}, now), undefined);
		assert.equal(nextPollingWordsChange({intervalMs: 10_000, checking: false}, now), undefined);
	});
});
