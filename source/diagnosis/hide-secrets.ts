// A diagnosis may quote what the user sent (the URL, Box's message), and a pasted failure may
// carry a token: in a URL path (`POST /oauth2/<developer token>`), a query, a header. Whatever a
// diagnosis quotes goes through here first.

const secretParameter =
	/(^|[?&#;\s])(access_token|refresh_token|client_secret|code|code_verifier|assertion|token|subject_token|actor_token)=([^&#\s"']+)/gim;

const bearerValue = /(bearer\s+)(\S+)/gi;

// A proxy URL with a password in it, as in `HTTPS_PROXY=http://user:password@proxy:8080`.
const urlPassword = /(\/\/[^/\s:@]+:)([^@\s/]+)@/g;

// Box's tokens and secrets are 32 or 64 letters and digits, JWT assertions longer runs with `-`
// and `_`. Long runs of lowercase words and underscores are Box's own codes
// (`access_denied_insufficient_permissions`), and long digit runs are IDs: both stay readable.
const tokenLike = /[\w-]{20,}/g;
const isSecretLooking = (run: string) => /[A-Z\d]/.test(run) && !/^\d+$/.test(run);

/** Enough of a secret to recognise it, never enough to use it. */
const mask = (secret: string) => (secret.length <= 8 ? '…' : `${secret.slice(0, 4)}…`);

export function hideSecrets(text: string): string {
	return text
		.replaceAll(
			secretParameter,
			(_match, before: string, name: string, value: string) => `${before}${name}=${mask(value)}`,
		)
		.replaceAll(urlPassword, (_match, user: string) => `${user}…@`)
		.replaceAll(bearerValue, (_match, scheme: string, value: string) => scheme + mask(value))
		.replaceAll(tokenLike, (run) => (isSecretLooking(run) ? mask(run) : run));
}
