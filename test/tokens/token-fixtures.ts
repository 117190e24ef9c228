import type {HeldToken} from '../../source/profiles/held-token.js';

export const start = Date.UTC(2026, 10, 22, 12, 0, 0);
export const second = 1000;
export const minute = 60 * second;
export const day = 24 * 60 * minute;

export const held = (kind: HeldToken['kind'], issuedAt: number, lifetime: number | null) =>
	({
		kind,
		issuedAt,
		expiresAt: lifetime === null ? null : issuedAt + lifetime,
	}) satisfies HeldToken;

/** A CCG profile holding an hour-long access token issued at `start`, unless changed. */
export {aProfile} from '../profiles/fixtures/profile-fixtures.js';
