import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {countdownWords, nextDisplayChange} from '../../source/tokens/countdown.js';

const start = Date.UTC(2026, 10, 22, 12, 0, 0);
const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

describe('countdown words', () => {
	it('whole minutes, hours or days while more than the last minutes are left', () => {
		assert.equal(
			countdownWords(start + 47 * minute, start),
			'46 min',
			'rounded down to the minute end',
		);
		assert.equal(
			countdownWords(start + 47 * minute + 30 * second, start),
			'46 min',
			'seconds hidden',
		);
		assert.equal(countdownWords(start + 3 * hour + 5 * minute, start), '3 h', 'hours');
		assert.equal(countdownWords(start + 59 * day + hour, start), '59 days', 'days');
		assert.equal(countdownWords(null, start), 'never', 'a token that never expires');
	});

	it('stays the same all through a wall-clock minute, and changes on its boundary', () => {
		const expiresAt = start + 47 * minute + 20 * second;
		const shown = [0, 1, 20, 30, 59.999].map((seconds) =>
			countdownWords(expiresAt, start + seconds * second),
		);
		assert.deepEqual(new Set(shown), new Set(['46 min']), 'one text all minute long');
		assert.equal(countdownWords(expiresAt, start + minute), '45 min', 'the next minute, one less');
	});

	it('never promises more than is left', () => {
		for (let now = start; now < start + 10 * minute; now += 7 * second) {
			const expiresAt = start + 10 * minute;
			const words = countdownWords(expiresAt, now);
			const minutes = /^(\d+) min$/.exec(words);
			if (minutes) {
				assert.ok(Number(minutes[1]) * minute <= expiresAt - now, `${words} at ${now - start}`);
			}
		}
	});

	it('m:ss in the last minutes, then expired', () => {
		const expiresAt = start + 3 * minute + 30 * second;
		assert.equal(countdownWords(expiresAt, start), '3:29', 'under 3 min left at the minute end');
		assert.equal(countdownWords(expiresAt, start + 30 * second), '2:59', 'ticks by the second');
		assert.equal(countdownWords(expiresAt, start + 3 * minute + 28 * second), '0:01', 'nearly');
		assert.equal(countdownWords(expiresAt, start + 3 * minute + 29.5 * second), '0:00', 'last');
		assert.equal(countdownWords(expiresAt, start + 3 * minute + 30 * second), 'expired', 'end');
		assert.equal(countdownWords(expiresAt, start + hour), 'expired', 'long gone');
	});

	it('goes from minutes to seconds on a minute boundary, not in between', () => {
		const expiresAt = start + 4 * minute + 10 * second;
		assert.equal(
			countdownWords(expiresAt, start + 59 * second),
			'3 min',
			'minutes until the boundary',
		);
		assert.equal(countdownWords(expiresAt, start + minute), '3:09', 'seconds from the boundary on');
	});
});

describe('the next display change', () => {
	it('is the next wall-clock minute while a countdown shows minutes', () => {
		const expiries = [start + 47 * minute + 13 * second, start + 59 * day, null];
		assert.equal(nextDisplayChange(expiries, start + 12_345), start + minute, 'the next minute');
		assert.equal(nextDisplayChange(expiries, start + minute), start + 2 * minute, 'on a boundary');
	});

	it('sleeps until the hour or day changes when only hours or days are shown', () => {
		const inDays = start + 59 * day + 10 * hour;
		assert.equal(nextDisplayChange([inDays], start), start + 10 * hour, 'when 59 days become 58');
		const inHours = start + 5 * hour + 30 * minute + 10 * second;
		assert.equal(nextDisplayChange([inHours], start), start + 30 * minute, 'when 5 h become 4');
	});

	it('is the next wall-clock second while one token is in its last minutes', () => {
		const expiries = [start + 2 * minute + 500, start + 40 * minute];
		assert.equal(nextDisplayChange(expiries, start + 1234), start + 2000, 'the next second');
	});

	it('is null when nothing can change: never-expiring or expired tokens', () => {
		assert.equal(nextDisplayChange([null, start - minute], start), null, 'nothing to tick');
		assert.equal(nextDisplayChange([], start), null, 'no tokens');
	});

	it('agrees with the words: they change at that instant and not before', () => {
		const expiries = [start + 5 * minute + 7300, start + 3 * hour + 11 * second];
		let now = start + 4321;
		for (let step = 0; step < 1000; step++) {
			const next = nextDisplayChange(expiries, now);
			if (next === null) {
				break;
			}

			const words = (at: number) => expiries.map((expiresAt) => countdownWords(expiresAt, at));
			assert.deepEqual(words(next - 1), words(now), `no change before ${next - start}`);
			assert.notDeepEqual(words(next), words(now), `a change at ${next - start}`);
			assert.ok(next % minute === 0 || next % second === 0, 'on a wall-clock minute or second');
			assert.ok(next % minute === 0 || next - now <= second, 'seconds only one at a time');
			now = next;
		}
	});
});
