// `boxauth explain --list` and `--show ID`: docs/troubleshooting.md one command away, read from
// the same rows that file is made from, so the terminal and the file say the same thing.

import {explain} from '../../diagnosis/diagnose.js';
import {
	troubleshootingEntry,
	troubleshootingRows,
} from '../../diagnosis/troubleshooting-markdown.js';
import {closestWord} from '../closest-word.js';
import {UsageError} from '../command-input.js';

/** Every entry's ID and heading, for `--list --json`. */
export const entryList = () => troubleshootingRows.map(({id, seen}) => ({id, seen}));

/** Every entry's ID and heading, one per line. */
export function listEntries(): string {
	const width = Math.max(...troubleshootingRows.map((row) => row.id.length));
	return troubleshootingRows.map((row) => `${row.id.padEnd(width)}  ${row.seen}`).join('\n');
}

/** The row with this ID; an unknown one is bad usage, with the nearest ID. */
function entryRow(id: string) {
	const row = troubleshootingRows.find((candidate) => candidate.id === id);
	if (!row) {
		const meant = closestWord(
			id,
			troubleshootingRows.map((each) => each.id),
		);
		throw new UsageError(
			`No troubleshooting entry "${id}".${meant === undefined ? '' : ` Did you mean ${meant}?`} Run boxauth explain --list to see them.`,
		);
	}

	return row;
}

/** One entry as docs/troubleshooting.md has it, without Markdown's backslashes, which a terminal would show. */
export const showEntry = (id: string) => troubleshootingEntry(entryRow(id), (words) => words);

/** One entry for `--show ID --json`: the diagnosis `boxauth explain --json` gives for that row. */
export const showEntryDiagnosis = (id: string) => explain(entryRow(id), {});
