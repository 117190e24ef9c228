// The plain-text answer of `boxauth explain`: what was read from the paste, what happened, why,
// what to do, where in `boxauth setup` to go back to, the docs, and the request ID for Box support.

import type {Failure} from '../../box/failure.js';
import {type Diagnosis, wizardStepNames} from '../../diagnosis/diagnosis.js';

/** One line restating what boxauth read, so that a misreading shows at once. */
function summary(failure: Failure): string | undefined {
	const request = [failure.method, failure.url].filter(Boolean).join(' ');
	const parts = [
		failure.status?.toString(),
		failure.error,
		failure.description && `"${failure.description}"`,
		failure.transport && `no answer (${failure.transport})`,
		request && `(${request})`,
	].filter(Boolean);
	return parts.length > 0 ? `Read from your paste: ${parts.join(' ')}` : undefined;
}

const numbered = (items: readonly string[]) =>
	items.map((item, index) => `  ${index + 1}. ${item}`).join('\n');

export function formatExplanation(
	failure: Failure,
	diagnosis: Diagnosis,
	recognised: boolean,
): string {
	const sections = [
		[
			recognised ? undefined : 'boxauth does not recognise this failure yet. What usually helps:',
			`What happened: ${diagnosis.what}`,
			summary(failure),
		],
		diagnosis.why.length > 0 ? ['Why (most likely first):', numbered(diagnosis.why)] : [],
		diagnosis.fix.length > 0 ? ['What to do:', numbered(diagnosis.fix)] : [],
		[
			diagnosis.step &&
				`Wizard step: run \`boxauth setup\` and go back to ${wizardStepNames[diagnosis.step]}`,
			`Docs: ${diagnosis.docs}`,
			failure.requestId &&
				`Request ID: ${failure.requestId} (give this to Box support if the steps above do not help)`,
		],
	];
	return sections
		.map((lines) => lines.filter(Boolean).join('\n'))
		.filter((section) => section !== '')
		.join('\n\n');
}
