/**
 * Enough of a secret to recognise it in a log, never enough to use it: the first four
 * characters and an ellipsis. Short values are hidden whole.
 */
export function maskSecret(secret: string): string {
	return secret.length <= 8 ? '…' : `${secret.slice(0, 4)}…`;
}
