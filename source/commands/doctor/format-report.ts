import {authTypes} from '../../box/auth-types.js';
import type {Profile} from '../../profiles/profile.js';
import {formatDiagnosis} from '../shared/format-diagnosis.js';
import type {Check, CheckName, CheckStatus} from './check.js';

const labels: Record<CheckName, string> = {
	'box-reachable': 'Box reachable',
	proxy: 'Proxy',
	clock: 'Clock',
	credentials: 'Credentials',
	'app-authorization': 'App authorization',
	subject: 'Enterprise or user',
	'users-me': 'users/me',
};

// A mark and a word for each status: the report is read without colour, and by screen readers.
const marks: Record<CheckStatus, string> = {
	passed: '✔ passed ',
	failed: '✖ failed ',
	skipped: '– skipped',
	warning: '! warning',
};

export const isHealthy = (checks: readonly Check[]) =>
	checks.every((check) => check.status !== 'failed');

const indented = (text: string) =>
	text
		.split('\n')
		.map((line) => (line === '' ? line : `      ${line}`))
		.join('\n');

function verdict(checks: readonly Check[]): string {
	const count = (status: CheckStatus) => checks.filter((check) => check.status === status).length;
	const plural = (number: number, word: string) => `${number} ${word}${number === 1 ? '' : 's'}`;
	const warnings = count('warning');
	if (isHealthy(checks)) {
		return `Healthy: nothing failed${warnings > 0 ? ` (${plural(warnings, 'warning')})` : ''}.`;
	}

	return `Not healthy: ${plural(count('failed'), 'check')} failed. Fix the first one, then run boxauth doctor again.`;
}

/** The report as text: one line per check, and under each failure its diagnosis. */
export function formatReport(profile: Profile, checks: readonly Check[]): string {
	const lines = [
		`boxauth doctor: profile ${profile.name} (${authTypes[profile.authType].label}, ${profile.sandbox ? "boxauth's sandbox" : profile.urls.apiUrl})`,
		'',
	];
	for (const check of checks) {
		lines.push(`${marks[check.status]}  ${labels[check.name]}: ${check.detail}`);
		if (check.diagnosis) {
			// The check's line has just said what happened.
			const diagnosis = formatDiagnosis(check.diagnosis, check.failure, profile.name).replace(
				`What happened: ${check.detail}\n\n`,
				'',
			);
			lines.push('', indented(diagnosis), '');
		}
	}

	lines.push('', verdict(checks));
	return lines.join('\n').replaceAll(/\n{3,}/g, '\n\n');
}

/** The report for scripts: `{profile, checks: [{name, status, detail, diagnosis?}], healthy}`. */
export function reportJson(profile: Profile, checks: readonly Check[]): string {
	return JSON.stringify({
		profile: profile.name,
		checks: checks.map(({name, status, detail, diagnosis}) => ({
			name,
			status,
			detail,
			...(diagnosis ? {diagnosis} : {}),
		})),
		healthy: isHealthy(checks),
	});
}
