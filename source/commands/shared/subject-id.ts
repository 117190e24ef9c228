import {type SubjectType, checkSubjectId as subjectIdCheck} from '../../wizard/field-checks.js';
import {UsageError} from '../command-input.js';

/** The enterprise or user ID from a flag or a JWT config; bad usage when it cannot be one. */
export function checkSubjectId(type: SubjectType, source: string, value: string): string {
	const checked = subjectIdCheck(type, source, value);
	if (!checked.ok) {
		throw new UsageError(checked.problem);
	}

	return checked.value;
}
