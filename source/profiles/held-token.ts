// What a profile records of each token it holds; the token values themselves are secrets, and
// the arithmetic on these records is in source/tokens/.

export type TokenKind = 'access' | 'refresh' | 'developer' | 'app' | 'auth-code';

/** What the user chose in the console when generating an App Token. */
export type AppTokenExpiry = '30-days' | '60-days' | 'never';

/** A token boxauth holds: when it was issued and when it stops working (null: never). */
export type HeldToken = {
	kind: TokenKind;
	/** Milliseconds on boxauth's clock. */
	issuedAt: number;
	expiresAt: number | null;
};
