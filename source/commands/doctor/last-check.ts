import type {LastCheck} from '../../profiles/profile.js';
import type {Check} from './check.js';

/** What `boxauth status` shows of this run: healthy, or the first failure and its diagnosis. */
export function lastCheckOf(checks: readonly Check[], at: number): LastCheck {
	const failure = checks.find((check) => check.status === 'failed');
	if (!failure) {
		return {at, ok: true, summary: 'boxauth doctor: nothing failed'};
	}

	return {
		at,
		ok: false,
		...(failure.diagnosis ? {diagnosisId: failure.diagnosis.id} : {}),
		summary: `boxauth doctor: ${failure.name} failed: ${failure.detail}`,
	};
}
