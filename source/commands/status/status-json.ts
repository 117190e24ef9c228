import {actsAs} from '../../profiles/acts-as.js';
import type {ProfileStatus} from './profile-status.js';

const isoTime = (milliseconds: number) => new Date(milliseconds).toISOString();

/** `boxauth status --json`: the same facts as the text, with times as ISO 8601 and seconds. */
export function statusJson(
	paths: {configPath: string; secretsFile: string},
	statuses: readonly ProfileStatus[],
	now: number,
) {
	return {
		configPath: paths.configPath,
		secretsFile: paths.secretsFile,
		profiles: statuses.map(({profile, isDefault, health, tokens, secrets}) => ({
			name: profile.name,
			authType: profile.authType,
			default: isDefault,
			sandbox: profile.sandbox,
			apiUrl: profile.sandbox ? null : profile.urls.apiUrl,
			identity: profile.identity ?? null,
			actsAs: actsAs(profile),
			healthy: health.healthy,
			tokens: Object.fromEntries(
				tokens.map((token) => [
					token.token,
					{
						state: token.state,
						expiresAt: token.expiresAt === null ? null : isoTime(token.expiresAt),
						secondsLeft:
							token.expiresAt === null
								? null
								: Math.max(0, Math.floor((token.expiresAt - now) / 1000)),
						says: token.words,
					},
				]),
			),
			secrets,
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
			...(health.problem ? {problem: health.problem} : {}),
		})),
	};
}
