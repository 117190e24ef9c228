import type {HeldToken} from '../../source/profiles/held-token.js';
import type {Profile} from '../../source/profiles/profile.js';

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
export function aProfile(name: string, changes: Partial<Profile> = {}): Profile {
	return {
		name,
		authType: 'ccg',
		urls: {
			apiUrl: 'https://api.box.com',
			uploadUrl: 'https://upload.box.com/api',
			authorizeUrl: 'https://account.box.com/api/oauth2/authorize',
		},
		sandbox: false,
		clientId: 'client-id-1',
		subject: {type: 'enterprise', id: '123'},
		tokens: {access: held('access', start, 60 * minute)},
		secretLocation: 'keychain',
		createdAt: start,
		...changes,
	};
}
