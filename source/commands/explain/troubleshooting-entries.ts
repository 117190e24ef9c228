// `boxauth explain --list` and `--show ID`: docs/troubleshooting.md one command away, read from
// the same rows that file is made from, so the terminal and the file say the same thing.

import {explain} from '../../diagnosis/diagnose.js';
import {
	troubleshootingEntry,
	troubleshootingRows,
} from '../../diagnosis/troubleshooting-markdown.js';
import {closestWord} from '../closest-word.js';
import {UsageError} from '../command-input.js';

/** Every entry's ID and heading: one per line, or a JSON array of {id, seen}. */
export function listEntries(json: boolean): string {
	if (json) {
		return JSON.stringify(
			troubleshootingRows.map(({id, seen}) => ({id, seen})),
			null,
			2,
		);
	}

	const width = Math.max(...troubleshootingRows.map((row) => row.id.length));
	return troubleshootingRows.map((row) => `${row.id.padEnd(width)}  ${row.seen}`).join('\n');
}

/**
 * One entry: as docs/troubleshooting.md has it, without Markdown's backslashes, which a terminal
 * would show; or, as JSON, the diagnosis `boxauth explain --json` gives for that row.
 */
export function showEntry(id: string, json: boolean): string {
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

	return json
		? JSON.stringify(explain(row, {}), null, 2)
		: troubleshootingEntry(row, (words) => words);
}
