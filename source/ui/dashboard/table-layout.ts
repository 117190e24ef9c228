// Which columns the token table shows at a terminal width, and which rows fit its height.

export type Column =
	| 'name'
	| 'type'
	| 'actsAs'
	| 'token'
	| 'left'
	| 'bar'
	| 'state'
	| 'refresh'
	| 'auto'
	| 'checked';

export const columnTitles: Record<Column, string> = {
	name: 'profile',
	type: 'type',
	actsAs: 'acts as',
	token: 'token',
	left: 'left',
	bar: 'life',
	state: 'state',
	refresh: 'refresh',
	auto: 'auto',
	checked: 'checked',
};

/** Fixed widths; the state takes what is left, and the name is as wide as the longest. */
export const columnWidths: Record<Exclude<Column, 'name' | 'state'>, number> = {
	type: 9,
	actsAs: 16,
	token: 6,
	left: 7,
	bar: 6,
	refresh: 7,
	auto: 4,
	checked: 10,
};

export const barCells = columnWidths.bar;

// Module constants, so that a row's props compare equal from one render to the next.
const wide: readonly Column[] = [
	'name',
	'type',
	'actsAs',
	'token',
	'left',
	'bar',
	'state',
	'refresh',
	'auto',
	'checked',
];
const medium: readonly Column[] = ['name', 'type', 'left', 'bar', 'state', 'auto'];
const narrow: readonly Column[] = ['name', 'left', 'state'];

/** Below 100 columns the identity, token, refresh and last check go; below 70, all but the state. */
export function tableColumns(width: number): readonly Column[] {
	if (width >= 100) {
		return wide;
	}

	return width >= 70 ? medium : narrow;
}

const longestName = 16;

export const nameWidth = (names: readonly string[]) =>
	Math.min(longestName, Math.max(columnTitles.name.length, ...names.map((name) => name.length)));

/**
 * The rows shown when not all fit in `room` lines: a window that keeps the selected row on
 * screen, as near the middle as the ends allow. `last` is exclusive.
 */
export function visibleRows(
	count: number,
	selected: number,
	room: number,
): {first: number; last: number} {
	const shown = Math.min(count, Math.max(1, room));
	const first = Math.min(Math.max(0, selected - Math.floor(shown / 2)), count - shown);
	return {first, last: first + shown};
}
