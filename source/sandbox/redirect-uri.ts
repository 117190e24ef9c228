import type {SandboxApp} from './sandbox-state.js';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(uri: string): URL | undefined {
	try {
		return new URL(uri);
	} catch {
		return undefined;
	}
}

/** Box lets a loopback redirect URI use any port; scheme, host, path and query must match. */
function matches(configured: string, requested: string): boolean {
	if (configured === requested) {
		return true;
	}

	const a = parse(configured);
	const b = parse(requested);
	return Boolean(
		a &&
			b &&
			loopbackHosts.has(a.hostname) &&
			a.protocol === b.protocol &&
			a.hostname === b.hostname &&
			a.pathname === b.pathname &&
			a.search === b.search,
	);
}

export type RedirectUriCheck =
	| {ok: true; redirectUri: string}
	| {ok: false; error: 'redirect_uri_missing' | 'redirect_uri_mismatch'};

/** Which redirect URI an authorize request resolves to, as Box's consent page decides it. */
export function checkRedirectUri(app: SandboxApp, requested: string | null): RedirectUriCheck {
	if (!requested) {
		const [only, ...others] = app.redirectUris;
		return only && others.length === 0
			? {ok: true, redirectUri: only}
			: {ok: false, error: 'redirect_uri_missing'};
	}

	return app.redirectUris.some((configured) => matches(configured, requested))
		? {ok: true, redirectUri: requested}
		: {ok: false, error: 'redirect_uri_mismatch'};
}
