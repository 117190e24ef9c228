import type {Failure} from '../box/failure.js';
import type {Diagnosis} from './diagnosis.js';
import type {DiagnosisRow} from './diagnosis-row.js';
import {diagnosisTable, unrecognisedRow} from './diagnosis-table.js';
import {matchesFailure} from './match-failure.js';
import {parsePastedFailure} from './pasted-failure/parse-pasted-failure.js';

export function explain(row: DiagnosisRow, failure: Failure): Diagnosis {
	const {what, why, fix} = row;
	const remedy = typeof row.remedy === 'function' ? row.remedy(failure) : row.remedy;
	return {
		id: row.id,
		what: typeof what === 'function' ? what(failure) : what,
		why: [...(typeof why === 'function' ? why(failure) : why)],
		fix: [...(typeof fix === 'function' ? fix(failure) : fix)],
		...(row.step === undefined ? {} : {step: row.step}),
		docs: row.docs,
		...(remedy === undefined ? {} : {remedy}),
	};
}

/**
 * Pasted errors and SDK messages hand over text only. The fields the rows match on are read from
 * that text as `boxauth explain` reads a paste; a field the failure carries always wins. The
 * reading's `description` and `text` are that same text again: the rows already match on it.
 */
function withFieldsFromText(failure: Failure): Failure {
	const said = [failure.description, failure.text, failure.wwwAuthenticate]
		.filter(Boolean)
		.join('\n');
	if (said === '') {
		return failure;
	}

	const {description: _description, text: _text, ...read} = parsePastedFailure(said);
	const carried = Object.entries(failure).filter(([, value]) => value !== undefined);
	return {...read, ...Object.fromEntries(carried)};
}

export function diagnose(failure: Failure): Diagnosis {
	const complete = withFieldsFromText(failure);
	const row =
		diagnosisTable.find((candidate) =>
			candidate.match.some((match) => matchesFailure(match, complete)),
		) ?? unrecognisedRow;
	return explain(row, complete);
}

export const isRecognised = (diagnosis: Diagnosis) => diagnosis.id !== unrecognisedRow.id;
