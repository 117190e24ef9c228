// How long each kind of Box token lives (box-auth-reference.md section 3).

export type TokenKind = 'access' | 'refresh' | 'developer' | 'app' | 'auth-code';

const second = 1000;
const minute = 60 * second;
const day = 24 * 60 * minute;

export const lifetimes = {
	refreshToken: 60 * day,
	developerToken: 60 * minute,
	authCode: 30 * second,
} as const;

/** What the user chose in the console when generating an App Token. */
export type AppTokenExpiry = '30-days' | '60-days' | 'never';

export const appTokenLifetime: Record<AppTokenExpiry, number | null> = {
	'30-days': 30 * day,
	'60-days': 60 * day,
	never: null,
};

/** A token boxauth holds: when it was issued and when it stops working (null: never). */
export type HeldToken = {
	kind: TokenKind;
	/** Milliseconds on boxauth's clock. */
	issuedAt: number;
	expiresAt: number | null;
};

export function accessToken(receivedAt: number, expiresInSeconds: number): HeldToken {
	return {kind: 'access', issuedAt: receivedAt, expiresAt: receivedAt + expiresInSeconds * second};
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
