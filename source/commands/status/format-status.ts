import {authTypes} from '../../box/auth-types.js';
import {actsAs} from '../../profiles/acts-as.js';
import {refreshTokenEndsSoon} from '../../tokens/refresh-token-ends-soon.js';
import {agoWords} from '../../tokens/time-words.js';
import {secretPlaceWords} from '../shared/secret-words.js';
import type {ProfileStatus} from './profile-status.js';

function whereWords({profile}: ProfileStatus): string {
	if (profile.sandbox) {
		return "boxauth's sandbox";
	}

	const {apiUrl} = profile.urls;
	return URL.canParse(apiUrl) ? new URL(apiUrl).host : apiUrl;
}

function lastCheckWords({profile}: ProfileStatus, now: number): string {
	const {lastCheck} = profile;
	return lastCheck
		? `last check: ${lastCheck.ok ? 'passed' : 'FAILED'} ${agoWords(now - lastCheck.at)}: ${lastCheck.summary}`
		: 'last check: none yet';
}

/** Each token's line; a refresh token that ends within the week says so, with the fix. */
function tokenLines({profile, tokens}: ProfileStatus, now: number): string[] {
	const ending = refreshTokenEndsSoon(profile, now);
	return tokens.map(
		(token) => `  ${ending && token.token === 'refresh' ? ending.words : token.words}`,
	);
}

function profileBlock(status: ProfileStatus, secretsFile: string, now: number): string {
	const {profile, health} = status;
	const lines = [
		`${profile.name}${status.isDefault ? ' (default)' : ''}: ${health.healthy ? 'healthy' : 'NEEDS ATTENTION'}`,
		`  ${authTypes[profile.authType].label} at ${whereWords(status)}, acting as ${actsAs(profile)}`,
		...tokenLines(status, now),
		`  secrets: ${secretPlaceWords(status.secrets, secretsFile)}`,
		`  ${lastCheckWords(status, now)}`,
	];
	if (health.problem) {
		lines.push(
			`  problem: ${health.problem.what}`,
			...(health.problem.fix.length > 0 ? ['  what to do:'] : []),
			...health.problem.fix.map((step, index) => `    ${index + 1}. ${step}`),
		);
	}

	return lines.join('\n');
}

/** `boxauth status` as text: a block per profile, then the config file and a verdict. */
export function formatStatus(
	paths: {configPath: string; secretsFile: string},
	statuses: readonly ProfileStatus[],
	now: number,
): string {
	const unhealthy = statuses.filter((status) => !status.health.healthy).length;
	const verdict =
		unhealthy === 0
			? `All ${statuses.length} profile${statuses.length === 1 ? ' is' : 's are'} healthy.`
			: `${unhealthy} of ${statuses.length} profile${statuses.length === 1 ? '' : 's'} need${unhealthy === 1 ? 's' : ''} attention.`;
	return [
		...statuses.map((status) => profileBlock(status, paths.secretsFile, now)),
		`Config file: ${paths.configPath}\n${verdict}`,
	].join('\n\n');
}
