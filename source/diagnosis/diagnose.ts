import type {DiagnosisRow} from './diagnosis-row.js';
import {diagnosisTable, unrecognisedRow} from './diagnosis-table.js';
import type {Diagnosis, Failure} from './failure.js';
import {matchesFailure} from './match-failure.js';
import {withFieldsFromText} from './read-failure-text.js';

export function explain(row: DiagnosisRow, failure: Failure): Diagnosis {
	const {what, why, fix} = row;
	return {
		id: row.id,
		what: typeof what === 'function' ? what(failure) : what,
		why: [...(typeof why === 'function' ? why(failure) : why)],
		fix: [...(typeof fix === 'function' ? fix(failure) : fix)],
		...(row.step === undefined ? {} : {step: row.step}),
		docs: row.docs,
	};
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
