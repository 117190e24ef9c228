import {explain} from './diagnose.js';
import type {WizardStep} from './diagnosis.js';
import {diagnosisTable, unrecognisedRow} from './diagnosis-table.js';

// The readme's troubleshooting section, made from the table so the two never disagree. Rows are
// explained for an empty failure: the general text, the same on every run.

const stepNames: Record<WizardStep, string> = {
	account: 'Account',
	'auth-type': 'Auth type',
	'create-app': 'Create the Platform App',
	'admin-authorization': 'Admin authorization',
	'enterprise-id': 'Enterprise or user ID',
	'first-call': 'First call',
};

/** Escapes Markdown outside `code spans`, which the table's texts use for commands and values. */
function markdownText(text: string): string {
	return text
		.split(/(`[^`]*`)/)
		.map((part) => (part.startsWith('`') ? part : part.replaceAll(/[\\*_<[\]]/g, '\\$&')))
		.join('');
}

export function troubleshootingMarkdown(): string {
	const sections = [...diagnosisTable, unrecognisedRow].map((row) => {
		const diagnosis = explain(row, {});
		return [
			`### ${markdownText(row.seen)}`,
			'',
			markdownText(diagnosis.what),
			'',
			'Why, most likely first:',
			'',
			...diagnosis.why.map((why) => `- ${markdownText(why)}`),
			'',
			'What to do:',
			'',
			...diagnosis.fix.map((fix, index) => `${index + 1}. ${markdownText(fix)}`),
			'',
			...(diagnosis.step === undefined
				? []
				: [`In \`boxauth setup\`, go back to the step ${stepNames[diagnosis.step]}.`, '']),
			`Box's guide: <${diagnosis.docs}>`,
		].join('\n');
	});
	return [
		'## Troubleshooting',
		'',
		'Each heading is an error as Box, its SDK or your network shows it. `boxauth explain` reads the same errors from a paste and gives the same advice.',
		'',
		sections.join('\n\n'),
		'',
	].join('\n');
}
