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

const header = (profile: Profile) =>
	`boxauth doctor: profile ${profile.name} (${authTypes[profile.authType].label}, ${profile.sandbox ? "boxauth's sandbox" : profile.urls.apiUrl})`;

/** A check's line, and under a failure its diagnosis between blank lines. */
function checkLines(profile: Profile, check: Check): string[] {
	const line = `${marks[check.status]}  ${labels[check.name]}: ${check.detail}`;
	if (!check.diagnosis) {
		return [line];
	}

	// The check's line has just said what happened.
	const diagnosis = formatDiagnosis(check.diagnosis, check.failure, profile.name).replace(
		`What happened: ${check.detail}\n\n`,
		'',
	);
	return [line, '', indented(diagnosis), ''];
}

/**
 * The text report written as it grows: the header at once, then each check's line (and its
 * diagnosis) as the check finishes, then the verdict. Each write ends a line, and a blank line
 * never follows another, so that all the writes together are `formatReport`'s text and a newline.
 */
export function reportWriter(profile: Profile, write: (text: string) => void) {
	let afterBlank = false;
	const writeLines = (lines: readonly string[]) => {
		let text = '';
		for (const line of lines.join('\n').split('\n')) {
			if (line === '' && afterBlank) {
				continue;
			}

			afterBlank = line === '';
			text += `${line}\n`;
		}

		write(text);
	};

	writeLines([header(profile), '']);
	return {
		check(check: Check) {
			writeLines(checkLines(profile, check));
		},
		end(checks: readonly Check[]) {
			writeLines(['', verdict(checks)]);
		},
	};
}

/** The report for scripts: `{profile, checks: [{name, status, detail, diagnosis?}], healthy}`. */
export function reportJson(profile: Profile, checks: readonly Check[]) {
	return {
		profile: profile.name,
		checks: checks.map(({name, status, detail, diagnosis}) => ({
			name,
			status,
			detail,
			...(diagnosis ? {diagnosis} : {}),
		})),
		healthy: isHealthy(checks),
	};
}
