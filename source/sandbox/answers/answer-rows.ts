// The sandbox plays Box, so every answer it gives says why we believe Box gives it. An answer is
// a row: what is sent, when, and the evidence; when new evidence arrives, the row changes.

export type EvidenceKind =
	| 'capture'
	| 'support-article'
	| 'staff-answer'
	| 'docs'
	| 'sdk-code'
	| 'guess';

export const evidenceKinds: readonly EvidenceKind[] = [
	'capture',
	'support-article',
	'staff-answer',
	'docs',
	'sdk-code',
	'guess',
];

/** Where the answer comes from; a guess also says what would settle it. */
export type Evidence =
	| {kind: Exclude<EvidenceKind, 'guess'>; source: string}
	| {kind: 'guess'; source: string; settledBy: string};

export type Provenance = {
	/** The condition that triggers the answer, in words. */
	when: string;
	evidence: Evidence;
};

/** A value of the row, or one computed from what the request named (a folder ID, a status). */
type Given<Value, Values> = Value | ((values: Values) => Value);

export type TokenErrorAnswer = Provenance & {
	type: 'token-error';
	status: 400;
	error: string;
	description: string;
};

export type TokenAnswer = Provenance & {type: 'token'; status: 200; body: string};

export type ApiErrorAnswer<Values = void> = Provenance & {
	type: 'api-error';
	status: Given<number, Values>;
	code: string;
	message: string;
	contextInfo?: (values: Values) => Record<string, unknown>;
	headers?: Given<Record<string, string>, Values>;
};

export type ApiAnswer = Provenance & {type: 'api'; status: number; body: string};

/** A `/2.0` 401 with no body: the reason is only in `WWW-Authenticate`. */
export type ChallengeAnswer = Provenance & {type: 'challenge'; status: 401; challenge: string};

/** A page of the browser login: the consent form, or an error page that never redirects. */
export type PageAnswer = Provenance & {type: 'page'; status: number; heading: string; text: string};

export type RedirectAnswer = Provenance & {type: 'redirect'; status: 302; query: string};

export type EmptyAnswer = Provenance & {type: 'empty'; status: 200};

export type Answer =
	| TokenErrorAnswer
	| TokenAnswer
	// Any values: a function of a narrower parameter still fits `never`.
	| ApiErrorAnswer<never>
	| ApiAnswer
	| ChallengeAnswer
	| PageAnswer
	| RedirectAnswer
	| EmptyAnswer;

export const given = <Value, Values>(value: Given<Value, Values>, values: Values): Value =>
	typeof value === 'function' ? (value as (values: Values) => Value)(values) : value;

const catalogued = new WeakSet<Answer>();

/** Registers a section's rows: only registered rows may be sent (see `assertCatalogued`). */
export function catalogue<Rows extends Record<string, Answer>>(rows: Rows): Rows {
	for (const row of Object.values(rows)) {
		catalogued.add(row);
	}

	return rows;
}

/** Refuses an answer made up on the spot: it would have no row, so nobody could check it. */
export function assertCatalogued(row: Answer): void {
	if (!catalogued.has(row)) {
		throw new Error(
			`the sandbox tried to send an answer that is not in its catalogue: ${row.when}`,
		);
	}
}

export const capture = (source: string): Evidence => ({kind: 'capture', source});
export const supportArticle = (source: string): Evidence => ({kind: 'support-article', source});
export const staffAnswer = (source: string): Evidence => ({kind: 'staff-answer', source});
export const docs = (source: string): Evidence => ({kind: 'docs', source});
export const sdkCode = (source: string): Evidence => ({kind: 'sdk-code', source});
export const guess = (source: string, settledBy: string): Evidence => ({
	kind: 'guess',
	source,
	settledBy,
});

export const tokenError = (
	error: string,
	description: string,
	provenance: Provenance,
): TokenErrorAnswer => ({type: 'token-error', status: 400, error, description, ...provenance});

export const apiError = <Values = void>(
	status: Given<number, Values>,
	code: string,
	message: string,
	rest: Provenance & Pick<ApiErrorAnswer<Values>, 'contextInfo' | 'headers'>,
	// The catalogue's type must not decide the values: they come from the row's own functions.
): ApiErrorAnswer<NoInfer<Values>> => ({type: 'api-error', status, code, message, ...rest});
