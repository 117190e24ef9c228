export type RedirectResult =
	| {ok: true; code: string}
	| {ok: false; reason: 'denied' | 'state-mismatch' | 'no-code' | 'not-a-url'; problem: string};

const notAUrl: RedirectResult = {
	ok: false,
	reason: 'not-a-url',
	problem:
		"That is not the address Box sent your browser to. Copy the whole address from the browser's address bar (it starts with http://localhost) and paste it again.",
};

const noCode: RedirectResult = {
	ok: false,
	reason: 'no-code',
	problem:
		'That address has no authorization code in it. After you click Grant access, Box sends the browser to an address with code= in it: copy that whole address.',
};

const stateMismatch: RedirectResult = {
	ok: false,
	reason: 'state-mismatch',
	problem:
		'This redirect is not from this login: its state does not match, so it may come from an older browser tab or a forged link. Use the newest login link boxauth opened and finish the login there.',
};

/** The query of what was pasted or requested, or undefined when it is no redirect address at all. */
function queryOf(redirect: string | URL): URLSearchParams | undefined {
	if (redirect instanceof URL) {
		return redirect.searchParams;
	}

	const text = redirect
		.trim()
		.replace(/^["'`<]+|["'`>]+$/g, '')
		.trim();
	if (text.startsWith('?')) {
		return new URLSearchParams(text.slice(1));
	}

	// A bare query, for a browser that shows only the part after the question mark.
	if (/^(?:code|error|state)=/.test(text)) {
		return new URLSearchParams(text);
	}

	if (!URL.canParse(text)) {
		return undefined;
	}

	const url = new URL(text);
	return url.protocol === 'http:' || url.protocol === 'https:' ? url.searchParams : undefined;
}

function denial(error: string, description: string | null): RedirectResult {
	const problem =
		error === 'access_denied'
			? "The consent was denied: someone clicked Deny on Box's page that asks to grant the app access. Run the login again and click Grant access."
			: `Box did not grant access and answered ${error}${description ? ` (${description})` : ''}. Run the login again; if it happens again, check the app's OAuth settings in the Developer Console.`;
	return {ok: false, reason: 'denied', problem};
}

/**
 * Reads Box's redirect after the consent page: the request the loopback server received, or the
 * address a person pasted from a browser on another machine. The state is checked before anything
 * else is believed, so a stale tab or a forged link can neither log in nor cancel the login.
 */
export function readRedirect(redirect: string | URL, expectedState: string): RedirectResult {
	const query = queryOf(redirect);
	if (!query) {
		return notAUrl;
	}

	const code = query.get('code');
	const error = query.get('error');
	if (!code && !error) {
		return noCode;
	}

	if (query.get('state') !== expectedState) {
		return stateMismatch;
	}

	if (error) {
		return denial(error, query.get('error_description'));
	}

	return code ? {ok: true, code} : noCode;
}
