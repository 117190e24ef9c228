import type {AppTokenExpiry, HeldToken} from '../profiles/held-token.js';

// How long each kind of Box token lives (box-auth-reference.md section 3).

const second = 1000;
const minute = 60 * second;
const day = 24 * 60 * minute;

export const lifetimes = {
	refreshToken: 60 * day,
	developerToken: 60 * minute,
	authCode: 30 * second,
} as const;

export const appTokenLifetime: Record<AppTokenExpiry, number | null> = {
	'30-days': 30 * day,
	'60-days': 60 * day,
	never: null,
};

// Box's access tokens live about an hour. A server that says "1e308 seconds" (or nothing sane)
// must not make a token look fresh for ever, nor a date that no later renewal can compute with.
const longestAccessToken = day;
const usualAccessToken = 60 * minute;

export function accessToken(receivedAt: number, expiresInSeconds: number): HeldToken {
	const lifetime =
		Number.isFinite(expiresInSeconds) && expiresInSeconds > 0
			? Math.min(expiresInSeconds * second, longestAccessToken)
			: usualAccessToken;
	return {kind: 'access', issuedAt: receivedAt, expiresAt: receivedAt + lifetime};
}

export function refreshToken(receivedAt: number): HeldToken {
	return {kind: 'refresh', issuedAt: receivedAt, expiresAt: receivedAt + lifetimes.refreshToken};
}

/** A developer token's clock starts when the console made it; the user may say how long ago. */
export function developerToken(generatedAt: number): HeldToken {
	return {
		kind: 'developer',
		issuedAt: generatedAt,
		expiresAt: generatedAt + lifetimes.developerToken,
	};
}

/**
 * Whether the token's time left is only an upper bound: a developer token may have been made
 * well before it was pasted, and boxauth counts its hour from the paste (or from when the person
 * said it was made), so it can end sooner than boxauth's clock says, never later.
 */
export const leftIsAtMost = (token: HeldToken) => token.kind === 'developer';

export function appToken(generatedAt: number, expiry: AppTokenExpiry): HeldToken {
	const lifetime = appTokenLifetime[expiry];
	return {
		kind: 'app',
		issuedAt: generatedAt,
		expiresAt: lifetime === null ? null : generatedAt + lifetime,
	};
}

/** Milliseconds left, never below zero; Infinity for a token that never expires. */
export function timeLeft(token: HeldToken, now: number): number {
	return token.expiresAt === null ? Number.POSITIVE_INFINITY : Math.max(0, token.expiresAt - now);
}

export const isExpired = (token: HeldToken, now: number) => timeLeft(token, now) === 0;
