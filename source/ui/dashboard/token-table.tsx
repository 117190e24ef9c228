import {Box, Text} from 'ink';
import {memo} from 'react';
import type {RowStateKind} from '../../tokens/row-state.js';
import type {RowView} from './row-view.js';
import {type Column, columnTitles, columnWidths, nameWidth} from './table-layout.js';

// Colour only underlines the words: every state is also written out.
const stateColours: Partial<Record<RowStateKind, string>> = {
	fresh: 'green',
	'ending-soon': 'yellow',
	renewing: 'cyan',
	due: 'yellow',
	unreachable: 'yellow',
	failing: 'red',
	expired: 'red',
};

type CellProps = {
	readonly column: Column;
	readonly widthOfNames: number;
	readonly text: string;
	readonly color?: string;
	readonly dim?: boolean;
};

function Cell({column, widthOfNames, text, color, dim}: CellProps) {
	const grows = column === 'state';
	const width = column === 'name' ? widthOfNames : grows ? undefined : columnWidths[column];
	return (
		<Box
			flexBasis={grows ? 0 : undefined}
			flexGrow={grows ? 1 : 0}
			flexShrink={grows ? 1 : 0}
			marginRight={1}
			width={width}
		>
			<Text color={color} dimColor={dim} wrap="truncate-end">
				{text}
			</Text>
		</Box>
	);
}

type RowProps = RowView & {
	readonly selected: boolean;
	readonly columns: readonly Column[];
	readonly widthOfNames: number;
};

/** One profile; memoised on its texts, so that a row whose words did not change is not redrawn. */
const TableRow = memo(function TableRow(props: RowProps) {
	return (
		<Box>
			<Text>{props.selected ? '› ' : '  '}</Text>
			{props.columns.map((column) => (
				<Cell
					color={column === 'state' ? stateColours[props.stateKind] : undefined}
					column={column}
					key={column}
					text={props[column]}
					widthOfNames={props.widthOfNames}
				/>
			))}
		</Box>
	);
});

type TableProps = {
	readonly views: readonly RowView[];
	readonly selected: number;
	readonly columns: readonly Column[];
	/** The rows that fit on screen; `last` is exclusive. */
	readonly shown: {readonly first: number; readonly last: number};
};

/** Every profile's tokens at a glance: a header, then the rows the terminal has room for. */
export function TokenTable({views, selected, columns, shown}: TableProps) {
	const {first, last} = shown;
	const widthOfNames = nameWidth(views.map((view) => view.name));
	return (
		<Box flexDirection="column">
			<Box>
				<Text>{'  '}</Text>
				{columns.map((column) => (
					<Cell
						column={column}
						dim
						key={column}
						text={columnTitles[column]}
						widthOfNames={widthOfNames}
					/>
				))}
			</Box>
			{views.slice(first, last).map((view, index) => (
				<TableRow
					key={view.name}
					{...view}
					columns={columns}
					selected={first + index === selected}
					widthOfNames={widthOfNames}
				/>
			))}
		</Box>
	);
}
