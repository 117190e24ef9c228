import {explain} from './diagnose.js';
import {wizardStepNames} from './diagnosis.js';
import type {DiagnosisRow} from './diagnosis-row.js';
import {diagnosisTable, unrecognisedRow} from './diagnosis-table.js';

// docs/troubleshooting.md, made from the table so the two never disagree, and `boxauth explain
// --show`, which prints one entry of it. Rows are explained for an empty failure: the general
// text, the same on every run.

/** Every entry of the troubleshooting file, in its order: the table's, the fallback last. */
export const troubleshootingRows: readonly DiagnosisRow[] = [...diagnosisTable, unrecognisedRow];

/** Escapes Markdown outside `code spans`, which the table's texts use for commands and values. */
function markdownText(text: string): string {
	return text
		.split(/(`[^`]*`)/)
		.map((part) => (part.startsWith('`') ? part : part.replaceAll(/[\\*_<[\]]/g, '\\$&')))
		.join('');
}

/**
 * One row's entry: the error as people see it, what happened, why, what to do, the wizard step
 * and Box's guide. `text` prepares the table's words: Markdown escapes them for the file, and a
 * terminal, which shows the backslashes, takes them as they are.
 */
export function troubleshootingEntry(
	row: DiagnosisRow,
	text: (words: string) => string = markdownText,
): string {
	const diagnosis = explain(row, {});
	return [
		`## ${text(row.seen)}`,
		'',
		text(diagnosis.what),
		'',
		'Why, most likely first:',
		'',
		...diagnosis.why.map((why) => `- ${text(why)}`),
		'',
		'What to do:',
		'',
		...diagnosis.fix.map((fix, index) => `${index + 1}. ${text(fix)}`),
		'',
		...(diagnosis.step === undefined
			? []
			: [`In \`boxauth setup\`, go back to the step ${wizardStepNames[diagnosis.step]}.`, '']),
		`Box's guide: <${diagnosis.docs}>`,
	].join('\n');
}

export function troubleshootingMarkdown(): string {
	return [
		'Each heading is an error as Box, its SDK or your network shows it. `boxauth explain` reads the same errors from a paste and gives the same advice; `boxauth explain --list` names every entry below, and `boxauth explain --show ID` prints one.',
		'',
		troubleshootingRows.map((row) => troubleshootingEntry(row)).join('\n\n'),
		'',
	].join('\n');
}
