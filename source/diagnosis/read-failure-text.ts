import type {Failure} from './failure.js';

// `boxauth explain` and pasted SDK messages hand over text only: an SDK error
// (`400; "invalid_grant" - "Grant credentials are invalid"`), a JSON body, a curl transcript with
// status lines and headers. The fields the rows match on are read from that text when the
// failure does not carry them; a field the failure has always wins.

const reasonPhrases =
	'bad request|unauthorized|forbidden|not found|method not allowed|conflict|precondition failed|too many requests|internal server error|bad gateway|service unavailable|found|moved permanently|see other|temporary redirect|proxy authentication required';

function statusIn(text: string): number | undefined {
	// After a followed redirect a transcript holds several status lines: the last one answered.
	const statusLine = [...text.matchAll(/\bHTTP\/[\d.]+\s+([1-5]\d\d)\b/gi)].at(-1);
	const found =
		statusLine ??
		/"status"\s*:\s*([1-5]\d\d)\b/.exec(text) ??
		// The SDK's BoxApiError message starts with the status: `401`, `400; …`, `429 "…"`.
		/^\s*(?:\w*Error:\s*)?([1-5]\d\d)(?=[\s;]|$)/.exec(text) ??
		/\bstatus(?:\s+code)?\s*[:=]?\s*([1-5]\d\d)\b/i.exec(text) ??
		new RegExp(`\\b([1-5]\\d\\d)\\s+(?:${reasonPhrases})\\b`, 'i').exec(text);
	return found?.[1] === undefined ? undefined : Number(found[1]);
}

const codePatterns = [
	// JSON bodies, and Python's printed dicts with single quotes.
	/["'](?:error|code)["']\s*:\s*["']([a-z_]+)["']/i,
	// The SDK's `; "invalid_grant" - "…"` and `429 "rate_limit_exceeded" "…"`.
	/;\s*"([a-z_]+)"\s+-\s+"/i,
	/^\s*(?:\w*Error:\s*)?[1-5]\d\d\s+"([a-z_]+)"/i,
	// `WWW-Authenticate: Bearer … error="invalid_token"`, and a redirect's `?error=access_denied`.
	/\berror="([a-z_]+)"/i,
	/[?&]error=([a-z_]+)/i,
];

function errorIn(text: string): string | undefined {
	for (const pattern of codePatterns) {
		const code = pattern.exec(text)?.[1];
		if (code) {
			return code.toLowerCase();
		}
	}

	return undefined;
}

// Box's error bodies link to the docs; those links are not the URL that was requested.
const docsHost = /^https?:\/\/(?:developers?|support|status)\.box\.com\b/i;

function urlIn(text: string): string | undefined {
	const url = [...text.matchAll(/https?:\/\/[^\s"'<>\\]+/gi)]
		.map((found) => found[0])
		.find((candidate) => !docsHost.test(candidate));
	if (url) {
		return url;
	}

	// curl -v: `> POST /oauth2/token HTTP/1.1` and `> Host: api.box.com`.
	const path = /^>\s*[A-Z]+\s+(\/\S*)\s+HTTP/m.exec(text)?.[1];
	const host = /^>\s*host:\s*(\S+)/im.exec(text)?.[1];
	return path && host ? `https://${host}${path}` : undefined;
}

function requestContentTypeIn(text: string): string | undefined {
	if (/(?:^|\s)--json\s/.test(text)) {
		return 'application/json';
	}

	// Only the request's header: a response's `content-type: application/json` says nothing.
	return (
		/(?:-H|--header)\s+["']?content-type:\s*([\w.+-]+\/[\w.+-]+)/i.exec(text)?.[1] ??
		/^>\s*content-type:\s*([\w.+-]+\/[\w.+-]+)/im.exec(text)?.[1]
	);
}

const wwwAuthenticateIn = (text: string) => /^[<\s]*www-authenticate:\s*(.+)$/im.exec(text)?.[1];

export function withFieldsFromText(failure: Failure): Failure {
	const text = [failure.description, failure.text, failure.wwwAuthenticate]
		.filter(Boolean)
		.join('\n');
	const wwwAuthenticate = failure.wwwAuthenticate ?? wwwAuthenticateIn(text);
	const status = failure.status ?? statusIn(text);
	const error = failure.error ?? errorIn(text);
	const url = failure.url ?? urlIn(text);
	const requestContentType = failure.requestContentType ?? requestContentTypeIn(text);
	return {
		...failure,
		...(status === undefined ? {} : {status}),
		...(error === undefined ? {} : {error}),
		...(url === undefined ? {} : {url}),
		...(wwwAuthenticate === undefined ? {} : {wwwAuthenticate}),
		...(requestContentType === undefined ? {} : {requestContentType}),
	};
}
