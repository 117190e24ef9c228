import type {HeldToken} from '../profiles/held-token.js';

const minute = 60_000;

/**
 * When to renew an access token: once four fifths of its life are gone (about 48 minutes into
 * Box's hour, as Box advises caching for about 50), and never later than 10 minutes before the
 * end, minus up to 2 minutes of jitter so that many profiles and processes do not renew in step.
 * `random` is in [0, 1).
 */
export function renewAt(token: HeldToken, random: number): number | null {
	if (token.expiresAt === null) {
		return null;
	}

	const lifetime = token.expiresAt - token.issuedAt;
	const margin = Math.max(lifetime / 5, Math.min(10 * minute, lifetime / 2));
	return token.expiresAt - margin - random * Math.min(2 * minute, lifetime / 10);
}

export type RenewalVerdict =
	/** Good for now: use it. */
	| 'fresh'
	/** Still works, but renew it now (in the background for the dashboard, first for `token`). */
	| 'renew'
	/** Dead: renew, or say how to get a new one. */
	| 'expired';

export function renewalVerdict(token: HeldToken, now: number, random: number): RenewalVerdict {
	if (token.expiresAt !== null && now >= token.expiresAt) {
		return 'expired';
	}

	const due = renewAt(token, random);
	return due !== null && now >= due ? 'renew' : 'fresh';
}
