import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {cutToFit} from '../../source/ui/components/cut-to-fit.js';

describe('a part cut to fit the terminal', () => {
	it('is shown whole when the screen stays shorter than the terminal, a row to spare', () => {
		assert.deepEqual(cutToFit({frame: 12, shown: 0, whole: 10, terminalRows: 24}), {
			rows: 10,
			more: 0,
		});
	});

	it('is cut where the screen would reach the terminal, with a line saying how many are left', () => {
		// 12 rows besides the part; 24 - 1 (Ink) - 1 (spare) leaves 10, one of them for the line.
		assert.deepEqual(cutToFit({frame: 43, shown: 31, whole: 31, terminalRows: 24}), {
			rows: 9,
			more: 22,
		});
	});

	it('measures the rest of the screen the same however much of the part is shown', () => {
		const uncut = cutToFit({frame: 43, shown: 31, whole: 31, terminalRows: 24});
		assert.deepEqual(cutToFit({frame: 22, shown: 10, whole: 31, terminalRows: 24}), uncut);
	});

	it('shows none of it, only the line, when the rest fills the terminal', () => {
		assert.deepEqual(cutToFit({frame: 30, shown: 0, whole: 5, terminalRows: 24}), {
			rows: 0,
			more: 5,
		});
	});

	it('is never cut in a terminal of unknown height', () => {
		assert.deepEqual(
			cutToFit({frame: 200, shown: 150, whole: 150, terminalRows: Number.POSITIVE_INFINITY}),
			{rows: 150, more: 0},
		);
	});
});
