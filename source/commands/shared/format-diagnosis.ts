import type {Failure} from '../../box/failure.js';
import {type Diagnosis, wizardStepNames} from '../../diagnosis/diagnosis.js';
import {forProfile} from '../../diagnosis/for-profile.js';

const numbered = (items: readonly string[]) =>
	items.map((item, index) => `  ${index + 1}. ${item}`).join('\n');

/**
 * A diagnosis as plain text, the way every command prints one: what happened, why (most likely
 * first), what to do, the wizard step, the docs, and the request ID for Box support.
 */
export function formatDiagnosis(
	diagnosed: Diagnosis,
	failure?: Failure,
	profileName?: string,
): string {
	const diagnosis = forProfile(diagnosed, profileName);
	const sections = [
		[`What happened: ${diagnosis.what}`],
		diagnosis.why.length > 0 ? ['Why (most likely first):', numbered(diagnosis.why)] : [],
		diagnosis.fix.length > 0 ? ['What to do:', numbered(diagnosis.fix)] : [],
		[
			diagnosis.step &&
				`Wizard step: run \`boxauth setup\` and go back to ${wizardStepNames[diagnosis.step]}`,
			`Docs: ${diagnosis.docs}`,
			failure?.requestId &&
				`Request ID: ${failure.requestId} (give this to Box support if the steps above do not help)`,
		],
	];
	return sections
		.map((lines) => lines.filter(Boolean).join('\n'))
		.filter((section) => section !== '')
		.join('\n\n');
}
