import {authTypes} from '../box/auth-types.js';
import type {Profile} from '../profiles/profile.js';
import {bearerTokenOf} from './held-access-token.js';
import {renewAt} from './refresh-schedule.js';
import {isExpired} from './token-lifetimes.js';

const second = 1000;
const minute = 60 * second;

const firstRetry = 15 * second;
const longestRetry = 5 * minute;
/** However the tokens look, never ask Box again sooner than this after a renewal. */
const shortestGap = 15 * second;

/** How long to wait after the nth failure in a row: 15 s, 30 s, 1 min, 2 min, 4 min, then 5 min. */
export function retryDelay(failuresSoFar: number): number {
	return Math.min(firstRetry * 2 ** Math.max(0, failuresSoFar - 1), longestRetry);
}

export type RenewalFacts = {
	profile: Profile;
	/** The person may turn automatic renewal off for a profile; "refresh now" still works. */
	autoRefresh: boolean;
	/** Failed renewals in a row; 0 after a success. */
	failuresSoFar: number;
	lastFailureAt?: number;
	lastRenewedAt?: number;
	/** In [0, 1): this profile's jitter, so that profiles do not all renew in the same second. */
	random: number;
	now: number;
};

/**
 * When the dashboard should next ask Box about this profile, or null for never (until something
 * changes): a server app or OAuth renews its access token on renewAt's schedule and retries a
 * failure with backoff; a developer token or App Token, which only the person can replace, is
 * checked once as it expires, so that the row can show the fix.
 */
export function nextRenewal(facts: RenewalFacts): number | null {
	const {profile, now} = facts;
	const held = bearerTokenOf(profile).held;
	if (authTypes[profile.authType].renewal.kind === 'none') {
		return held?.expiresAt != null && held.expiresAt > now ? held.expiresAt : null;
	}

	const refresh = profile.tokens.refresh;
	const loginNeeded =
		authTypes[profile.authType].renewal.kind === 'refresh-token' &&
		refresh?.expiresAt != null &&
		refresh.expiresAt <= now;
	if (!facts.autoRefresh || loginNeeded) {
		return null;
	}

	if (facts.failuresSoFar > 0 && facts.lastFailureAt !== undefined) {
		return facts.lastFailureAt + retryDelay(facts.failuresSoFar);
	}

	// No token yet: get one now.
	const planned = held ? renewAt(held, facts.random) : now;
	if (planned === null) {
		return null;
	}

	return facts.lastRenewedAt === undefined
		? planned
		: Math.max(planned, facts.lastRenewedAt + shortestGap);
}

/**
 * How often the dashboard asks Box whether it still takes a held token: the clock cannot see a
 * revoked token or an app an admin disabled, and a row should not say "fresh" for an hour after.
 */
export const checkEvery = 15 * minute;

/**
 * When the dashboard should next ask Box whether it takes the profile's held token (one light
 * request), or null while no unexpired token is held. A profile whose automatic renewal was
 * turned off is left alone; a developer token or App Token, which nothing renews, is checked.
 */
export function nextCheck({
	profile,
	autoRefresh,
	now,
}: Pick<RenewalFacts, 'profile' | 'autoRefresh' | 'now'>): number | null {
	const {held} = bearerTokenOf(profile);
	if (!held || isExpired(held, now)) {
		return null;
	}

	if (authTypes[profile.authType].renewal.kind !== 'none' && !autoRefresh) {
		return null;
	}

	return Math.max(profile.lastCheck?.at ?? held.issuedAt, held.issuedAt) + checkEvery;
}
