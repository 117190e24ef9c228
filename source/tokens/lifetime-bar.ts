import type {HeldToken} from '../profiles/held-token.js';

const full = '#';
const empty = '-';

/**
 * The part of a token's lifetime left, as `cells` characters of plain ASCII: '#' left, '-' gone.
 * Any time left shows at least one '#', so only an expired token shows an empty bar. The bar
 * stands beside the countdown and the state in words; it is never the only signal.
 */
export function lifetimeBar(token: HeldToken | undefined, now: number, cells: number): string {
	if (!token) {
		return empty.repeat(cells);
	}

	if (token.expiresAt === null) {
		return full.repeat(cells);
	}

	const lifetime = token.expiresAt - token.issuedAt;
	const left = Math.min(Math.max(token.expiresAt - now, 0), lifetime);
	const filled = lifetime > 0 ? Math.ceil((left / lifetime) * cells) : 0;
	return full.repeat(filled) + empty.repeat(cells - filled);
}
