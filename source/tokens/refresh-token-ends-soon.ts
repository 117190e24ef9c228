import type {Profile} from '../profiles/profile.js';
import {countdownWords, leftAfterThisMinute} from './countdown.js';
import {lifetimes} from './token-lifetimes.js';
import {loginCommand, refreshTokenRefused, replaceWords} from './token-states.js';

const day = 24 * 60 * 60 * 1000;
/** How long before its end a refresh token is warned about: a week to notice and act. */
const warningSpan = 7 * day;

export type RefreshTokenEndsSoon = {
	/** When the refresh token ends, on boxauth's clock. */
	endsAt: number;
	/** The command that logs in again, with the profile's name. */
	fix: string;
	/** The warning in one line, as `boxauth status`, the dashboard and `boxauth token` say it. */
	words: string;
};

/**
 * The warning for an OAuth login whose refresh token ends within a week, or undefined. Every
 * renewal brings a refresh token of a fresh 60 days (saveRenewal records its times), so this
 * warns only of a login unused for 53 days or more. Counted as the dashboard's countdowns count
 * (as of the end of the current minute), so that on the dashboard the warning appears, and its
 * days change, on the very minute the refresh countdown beside it changes.
 */
export function refreshTokenEndsSoon(
	profile: Profile,
	now: number,
): RefreshTokenEndsSoon | undefined {
	const endsAt = profile.tokens.refresh?.expiresAt;
	if (endsAt == null || refreshTokenRefused(profile)) {
		return undefined;
	}

	const left = countdownWords(endsAt, now);
	// Once the countdown says "expired", the token's own state tells the person to log in again.
	if (left === 'expired' || leftAfterThisMinute(endsAt, now) >= warningSpan) {
		return undefined;
	}

	const renewedFor = `${lifetimes.refreshToken / day} days`;
	return {
		endsAt,
		fix: loginCommand(profile),
		words: `refresh token ends in ${left}: ${replaceWords(profile, 'refresh')}, or use it before then: each renewal starts ${renewedFor} anew`,
	};
}
