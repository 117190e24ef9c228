import {maskSecret, maskSecrets} from '../box/mask-secrets.js';

// A diagnosis may quote what the user sent (the URL, the subject ID, the grant type) and what
// Box said, and a pasted failure may carry a token anywhere in them. Whatever a diagnosis quotes
// goes through here first: the shared masker, plus one rule for the diagnosis's purpose only.
// It quotes single values, not whole pastes, so it needs no request or client ID kept readable
// for Box support, and can mask every long run that looks random rather than only the 32+
// character mixed-case runs that `maskSecrets` recognises as Box's own tokens.

// Long runs of lowercase words and underscores are Box's own codes
// (`access_denied_insufficient_permissions`), and long digit runs are IDs: both stay readable.
const tokenLike = /[\w-]{20,}/g;
const isSecretLooking = (run: string) => /[A-Z\d]/.test(run) && !/^\d+$/.test(run);

export function hideSecrets(text: string): string {
	return maskSecrets(text).replaceAll(tokenLike, (run) =>
		isSecretLooking(run) ? maskSecret(run) : run,
	);
}
