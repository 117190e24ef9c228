import type {Failure} from '../../box/failure.js';
import {maskSecrets} from '../../box/mask-secrets.js';
import {diagnose} from '../../diagnosis/diagnose.js';
import type {StepFailure} from '../../wizard/wizard-state.js';

/** Box's answer in one line, as the user would find it in a log: status, code and text. */
export function boxSaid(failure: Failure): string | undefined {
	const parts = [
		failure.status === undefined ? undefined : String(failure.status),
		failure.error,
		failure.description ?? failure.text,
	].filter((part) => part !== undefined && part !== '');
	return parts.length === 0 ? undefined : maskSecrets(parts.join(' '));
}

/** A failed exchange as the wizard shows it at its step. */
export function stepFailureOf(failure: Failure): StepFailure {
	const said = boxSaid(failure);
	return {diagnosis: diagnose(failure), ...(said === undefined ? {} : {boxSaid: said})};
}
