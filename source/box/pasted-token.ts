/**
 * A developer token or App Token as people paste it: `Bearer ` in front, quotes, spaces or a
 * line break around it. Returns the bare token, or a problem to show at the field.
 */
export function normalizePastedToken(
	pasted: string,
): {ok: true; token: string} | {ok: false; problem: string} {
	const token = pasted
		.trim()
		.replace(/^authorization:\s*/i, '')
		.replace(/^bearer\s+/i, '')
		.replace(/^["']|["']$/g, '')
		.trim();
	if (token.length === 0) {
		return {ok: false, problem: 'Paste the token from the Developer Console.'};
	}

	if (/\s/.test(token)) {
		return {ok: false, problem: 'A token has no spaces in it: paste only the token.'};
	}

	if (/^https?:\/\//i.test(token)) {
		return {
			ok: false,
			problem: 'That is a URL, not a token: copy the token itself from the console.',
		};
	}

	return {ok: true, token};
}
