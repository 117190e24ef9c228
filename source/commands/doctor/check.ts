import type {Failure} from '../../box/failure.js';
import {diagnose, isRecognised} from '../../diagnosis/diagnose.js';
import type {Diagnosis} from '../../diagnosis/diagnosis.js';

/** A warning leaves the profile healthy; a skipped check says why it was not run. */
export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'warning';

/** The checks in the order doctor runs them; the names are stable for `--json` scripts. */
export const checkNames = [
	'box-reachable',
	'proxy',
	'clock',
	'credentials',
	'app-authorization',
	'subject',
	'users-me',
] as const;

export type CheckName = (typeof checkNames)[number];

export type Check = {
	name: CheckName;
	status: CheckStatus;
	/** One line in the user's words; never a secret. */
	detail: string;
	/** Why a failed check failed, and the fix. */
	diagnosis?: Diagnosis;
	/** What Box answered, for the request ID under the diagnosis. */
	failure?: Failure;
};

export const passed = (name: CheckName, detail: string): Check => ({
	name,
	status: 'passed',
	detail,
});

export const warning = (name: CheckName, detail: string): Check => ({
	name,
	status: 'warning',
	detail,
});

export const skipped = (name: CheckName, why: string): Check => ({
	name,
	status: 'skipped',
	detail: why,
});

/**
 * A check that failed on this answer. A problem found before any request (a secret the profile
 * lacks, a key that won't decrypt) says itself in its text and has no row in the diagnosis
 * table, so it gets no diagnosis rather than the table's "no rule for this failure".
 */
export function failed(name: CheckName, failure: Failure, diagnosis = diagnose(failure)): Check {
	const local = failure.status === undefined && failure.transport === undefined;
	if (local && !isRecognised(diagnosis) && failure.text) {
		return {name, status: 'failed', detail: failure.text, failure};
	}

	return {name, status: 'failed', detail: diagnosis.what, diagnosis, failure};
}
