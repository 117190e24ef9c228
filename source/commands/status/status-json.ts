import type {Profile} from '../../profiles/profile.js';
import {refreshTokenEndsSoon} from '../../tokens/refresh-token-ends-soon.js';
import {camelCaseKeys} from '../shared/json-output.js';
import {profileJson} from '../shared/profile-json.js';
import type {ProfileStatus} from './profile-status.js';

const isoTime = (milliseconds: number) => new Date(milliseconds).toISOString();

const secondsLeft = (expiresAt: number, now: number) =>
	Math.max(0, Math.floor((expiresAt - now) / 1000));

/** The refresh token's warning, for scripts: present only within the week before its end. */
function endsSoonField(profile: Profile, now: number) {
	const ending = refreshTokenEndsSoon(profile, now);
	return ending
		? {
				refreshTokenEndsSoon: {
					endsAt: isoTime(ending.endsAt),
					secondsLeft: secondsLeft(ending.endsAt, now),
					fix: ending.fix,
					says: ending.words,
				},
			}
		: {};
}

/**
 * `boxauth status --json`: the same facts as the text, with times as ISO 8601 and seconds, and the
 * secrets' names in camelCase (`clientSecret`), as every key boxauth prints in JSON.
 */
export function statusJson(
	paths: {configPath: string; secretsFile: string},
	statuses: readonly ProfileStatus[],
	now: number,
) {
	return {
		configPath: paths.configPath,
		secretsFile: paths.secretsFile,
		profiles: statuses.map(({profile, isDefault, health, tokens, secrets}) => ({
			...profileJson(profile),
			default: isDefault,
			healthy: health.healthy,
			tokens: Object.fromEntries(
				tokens.map((token) => [
					token.token,
					{
						state: token.state,
						expiresAt: token.expiresAt === null ? null : isoTime(token.expiresAt),
						secondsLeft: token.expiresAt === null ? null : secondsLeft(token.expiresAt, now),
						says: token.words,
					},
				]),
			),
			secrets: camelCaseKeys(secrets),
			lastCheck: profile.lastCheck
				? {
						at: isoTime(profile.lastCheck.at),
						ok: profile.lastCheck.ok,
						summary: profile.lastCheck.summary,
						...(profile.lastCheck.diagnosisId === undefined
							? {}
							: {diagnosisId: profile.lastCheck.diagnosisId}),
					}
				: null,
			...endsSoonField(profile, now),
			...(health.problem ? {problem: health.problem} : {}),
		})),
	};
}
