// People paste whole terminal sessions: a token in a header, a client secret in a form body, a
// developer token posted to `/oauth2/<token>`, a private key in a config file. Whatever boxauth
// prints or keeps must be safe to share, so every secret it shows is masked here: one value whose
// name says it is secret (`maskSecret`, as redact.ts does for request fields), or free text
// (`maskSecrets`, for pastes and for what a diagnosis quotes).

/**
 * Enough of a secret to recognise it in a log, never enough to use it: the first four
 * characters and an ellipsis. Short values are hidden whole.
 */
export function maskSecret(secret: string): string {
	return secret.length <= 8 ? '…' : `${secret.slice(0, 4)}…`;
}

/** Values that are already hidden (`---[redacted]---`, `***`, `<token>`) need no mask. */
const alreadyHidden = /…|redacted|\*{3}|^<.*>$|^x{4,}$/i;

// In free text a value found may be empty or already hidden by whoever pasted it.
const maskValue = (value: string) =>
	value === '' || alreadyHidden.test(value) ? value : maskSecret(value);

// Box's and the SDKs' names for secrets, in form, JSON, Python and prose spellings:
// `client_secret`, `clientSecret`, `"refresh_token"`, `developer token`, `private_key`...
const secretName =
	'(?:(?:access|refresh|subject|actor|developer|app|upload|id)[ _-]?token|token|client[ _-]?secret|private[ _-]?key|pass[ _-]?phrase|password|assertion|code[ _-]?verifier)';

// A named secret with its value: `name=value`, `"name": "value"`, `'name': 'value'`,
// `\"name\":\"value\"` (JSON inside a JSON string) or `name: value`.
const namedSecret = new RegExp(
	`(?<![\\w.])(\\\\?["']?)(${secretName})\\1(\\s*[:=]\\s*)(?:\\\\"((?:[^"\\\\]|\\\\[^"])*)\\\\"|"((?:[^"\\\\]|\\\\.)*)"|'((?:[^'\\\\]|\\\\.)*)'|([^\\s&"',;}\\]<>]+))`,
	'gi',
);

// `code` is the authorization code in a form body or a redirect URL, but the error code in
// Box's JSON errors (`"code": "not_found"`), so only its `code=` spelling is a secret.
const authorizationCode = /(?<![\w.])(code=)([^\s&"',;#]+)/g;

// A credential after `Bearer`/`Basic` has a digit or is long; this spares `Bearer realm="Service"`
// in WWW-Authenticate and prose such as "Bearer token expired".
const bearerOrBasic =
	/\b(Bearer|Basic)(\s+)(?![\w-]+=")(?=[\w.~+/-]*\d|[\w.~+/-]{16})([\w.~+/-]+=*)/gi;
// Not after a word character or a dash, so that a long run of them is tried once, not everywhere.
const jwt = /(?<![\w-])eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/g;
const privateKey =
	/(-----BEGIN [A-Z ]*PRIVATE KEY-----)(?:\\[nr]|[\s\w+/=:,-])*?(-----END [A-Z ]*PRIVATE KEY-----|(?=[^\\\s\w+/=:,-])|$)/g;
const curlUser = /((?:^|\s)(?:-u|--user|-U|--proxy-user)\s+['"]?[^:\s'"]*:)([^\s'"]+)/g;
const urlPassword = /((?<![\w+.-])[a-z][\w+.-]*:\/\/[^\s:@/]+:)([^\s@/]+)(?=@)/gi;

// A path segment that looks like a token (20+ letters and digits, not a numeric ID). Only
// inside URLs and request lines, so that request IDs elsewhere stay readable for Box support.
const urlPath =
	/((?:(?<![\w+.-])[a-z][\w+.-]*:\/\/[^\s/"'`<>]+)|\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) |:path: )(\/[^\s"'`<>?#]*)/gi;
const tokenSegment = /^(?=[A-Za-z\d]*\d)(?=[A-Za-z\d]*[A-Za-z])[A-Za-z\d]{20,}$/;

// A token pasted with no name: Box's tokens and secrets are 32 or 64 random letters and digits,
// so they mix cases and digits, where request IDs and client IDs are lowercase.
const bareToken =
	/(?<![\w-])(?=[A-Za-z\d]*[A-Z])(?=[A-Za-z\d]*[a-z])(?=[A-Za-z\d]*\d)[A-Za-z\d]{32,}(?![\w-])/g;

function maskPath(path: string): string {
	return path
		.split('/')
		.map((segment) => (tokenSegment.test(segment) ? maskValue(segment) : segment))
		.join('/');
}

/**
 * Free text with every secret boxauth can recognise masked: tokens, client secrets, JWT
 * assertions, authorization codes, passwords, passphrases and private keys, wherever they appear
 * (headers, form bodies, query strings, JSON, Python reprs, URL paths).
 */
export function maskSecrets(text: string): string {
	return text
		.replaceAll(privateKey, (_match, begin: string, end: string) => `${begin}…${end}`)
		.replaceAll(jwt, (token) => maskValue(token))
		.replaceAll(
			namedSecret,
			(
				_match,
				quote: string,
				name: string,
				separator: string,
				escaped?: string,
				doubleQuoted?: string,
				singleQuoted?: string,
				bare?: string,
			) => {
				const [open, value = ''] = [
					['\\"', escaped],
					['"', doubleQuoted],
					["'", singleQuoted],
					['', bare],
				].find(([, candidate]) => candidate !== undefined) ?? [''];
				return `${quote}${name}${quote}${separator}${open}${maskValue(value)}${open}`;
			},
		)
		.replaceAll(
			authorizationCode,
			(_match, name: string, value: string) => `${name}${maskValue(value)}`,
		)
		.replaceAll(
			bearerOrBasic,
			(_match, scheme: string, space: string, value: string) =>
				`${scheme}${space}${maskValue(value)}`,
		)
		.replaceAll(
			curlUser,
			(_match, user: string, password: string) => `${user}${maskValue(password)}`,
		)
		.replaceAll(
			urlPassword,
			(_match, user: string, password: string) => `${user}${maskValue(password)}`,
		)
		.replaceAll(urlPath, (_match, prefix: string, path: string) => `${prefix}${maskPath(path)}`)
		.replaceAll(bareToken, (token) => maskValue(token));
}
