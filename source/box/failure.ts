// What went wrong in an exchange with Box, as the client saw it or as a user pasted it. It lives
// in the lowest layer that makes one (the client); the diagnosis table above reads it.

import type {AuthType} from './auth-types.js';

/** A request that got no HTTP answer at all. */
export type TransportProblem =
	| 'dns'
	| 'refused'
	| 'reset'
	| 'dropped'
	| 'tls'
	| 'proxy-auth'
	/** A proxy variable (`HTTPS_PROXY`, …) is set to something that is not a URL. */
	| 'proxy-config'
	| 'connect-timeout'
	| 'timeout';

/**
 * What ends a failure. `person`: a person must act before the same request can work (log in again,
 * paste a new token, correct a credential or a setting, an admin authorizing or enabling the
 * app). `retry`: nothing was refused; Box or the network did not answer properly this time, and
 * the same request later may work with no one doing anything. A failure that is neither, or that
 * boxauth cannot tell, has none.
 */
export type Remedy = 'person' | 'retry';

/** What boxauth knew about the attempt, beyond the HTTP exchange itself. */
export type FailureContext = {
	authType?: AuthType;
	/** The `grant_type` sent, for token requests. */
	grantType?: string;
	subjectType?: 'enterprise' | 'user';
	subjectId?: string;
	/** This machine's clock minus Box's, from the `Date` header, in seconds. */
	clockOffsetSeconds?: number;
	/** How old the developer token or auth code was when it was used, in seconds. */
	credentialAgeSeconds?: number;
	/** The client secret typed looks like a token (a 32-character developer token). */
	secretLooksLikeToken?: boolean;
	/** boxauth found this itself, before or without asking Box: its text says what to do. */
	ownFinding?: boolean;
	/** For boxauth's own finding, what ends it (a row of the diagnosis table says it for the rest). */
	remedy?: Remedy;
};

/**
 * A failed exchange with Box, as boxauth saw it or as a user pasted it. Every field is
 * optional: a pasted message may carry nothing but its text.
 */
export type Failure = {
	status?: number;
	/** The OAuth 2.0 `error`, or the `/2.0` error body's `code`. */
	error?: string;
	/** The OAuth 2.0 `error_description`, or the `/2.0` error body's `message`. */
	description?: string;
	wwwAuthenticate?: string;
	method?: string;
	/** The URL that was requested, secrets removed. */
	url?: string;
	/** The content type of the request body. */
	requestContentType?: string;
	transport?: TransportProblem;
	/** Box's `box-request-id` header or the body's `request_id`, for Box support. */
	requestId?: string;
	/** Text that matched nothing above (an exception message, a log line). */
	text?: string;
	context?: FailureContext;
};
