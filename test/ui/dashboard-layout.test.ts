import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {tableColumns, visibleRows} from '../../source/ui/dashboard/table-layout.js';

describe('the token table in narrow and short terminals', () => {
	it('drops columns below 100 and below 70 columns, never the name, countdown or state', () => {
		assert.equal(tableColumns(120).length, 10, 'every column when wide');
		assert.deepEqual(
			tableColumns(99),
			['name', 'type', 'left', 'bar', 'state', 'auto'],
			'no identity, token, refresh or last check',
		);
		assert.deepEqual(tableColumns(69), ['name', 'left', 'state'], 'the essentials');
	});

	it('shows the rows that fit, keeping the selected one on screen', () => {
		assert.deepEqual(visibleRows(5, 4, 10), {first: 0, last: 5}, 'all when they fit');
		assert.deepEqual(visibleRows(50, 0, 10), {first: 0, last: 10}, 'the top');
		assert.deepEqual(visibleRows(50, 25, 10), {first: 20, last: 30}, 'the selection mid-window');
		assert.deepEqual(visibleRows(50, 49, 10), {first: 40, last: 50}, 'the bottom');
		assert.deepEqual(visibleRows(0, 0, 10), {first: 0, last: 0}, 'no rows');
	});
});
