import {renews, replacedByPerson} from '../box/auth-types.js';
import type {Profile} from '../profiles/profile.js';
import type {ProfileTrouble} from './dashboard-actions.js';
import {bearerTokenOf} from './held-access-token.js';
import {renewalVerdict} from './refresh-schedule.js';
import {refreshTokenEndsSoon} from './refresh-token-ends-soon.js';
import {replaceWords} from './token-states.js';

/** What the dashboard knows of a profile beyond what is stored: this session's renewals. */
export type RowFacts = {
	profile: Profile;
	renewing: boolean;
	/** Why the last renewal or check failed; cleared by the next success. */
	trouble?: ProfileTrouble;
};

export type RowStateKind =
	| 'fresh'
	/** Fresh, but the login's refresh token ends within the week. */
	| 'ending-soon'
	| 'renewing'
	| 'due'
	| 'expired'
	| 'failing'
	| 'unreachable'
	| 'no-token';

export type RowState = {kind: RowStateKind; words: string};

const isPast = (expiresAt: number | null | undefined, now: number) =>
	expiresAt != null && expiresAt <= now;

/** A token only the person can replace that has run out, with what to do about it. */
function replaceNeeded(profile: Profile, now: number): string | undefined {
	const name = replacedByPerson(profile.authType);
	return name !== undefined && isPast(profile.tokens[name]?.expiresAt, now)
		? replaceWords(profile, name)
		: undefined;
}

/** The bearer token's own state, with the warning of a login that ends soon after it. */
function tokenState(profile: Profile, now: number): RowState {
	const state = bearerState(profile, now);
	const ending = refreshTokenEndsSoon(profile, now);
	if (!ending) {
		return state;
	}

	return {
		kind: state.kind === 'fresh' ? 'ending-soon' : state.kind,
		words: `${state.words}; ${ending.words}`,
	};
}

function bearerState(profile: Profile, now: number): RowState {
	const {held} = bearerTokenOf(profile);
	if (!held) {
		return {kind: 'no-token', words: 'no token yet'};
	}

	// Random 0: the latest moment any boxauth process would renew, as `boxauth status` says it.
	const verdict = renewalVerdict(held, now, 0);
	if (verdict === 'expired') {
		return {kind: 'expired', words: 'expired'};
	}

	// Only a token boxauth can renew is ever due; a console token is simply used to its end.
	return verdict === 'renew' && renews(profile.authType)
		? {kind: 'due', words: 'due'}
		: {kind: 'fresh', words: 'fresh'};
}

/**
 * A dashboard row's state in words, the same words as `boxauth status` where they overlap: a
 * renewal under way first, then an unreachable Box, a token only the person can replace, a
 * failing renewal with its diagnosis, and the bearer token's own state, with a warning when the
 * login ends within the week.
 */
export function rowState({profile, renewing, trouble}: RowFacts, now: number): RowState {
	if (renewing) {
		return {kind: 'renewing', words: 'renewing…'};
	}

	if (trouble?.unreachable) {
		return {kind: 'unreachable', words: 'Box unreachable'};
	}

	const fix = replaceNeeded(profile, now);
	if (fix) {
		return {kind: 'expired', words: `expired: ${fix}`};
	}

	if (trouble) {
		return {kind: 'failing', words: `failing: ${trouble.diagnosis.what}`};
	}

	return tokenState(profile, now);
}
