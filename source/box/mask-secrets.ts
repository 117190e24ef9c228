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
	'(?:(?:access|refresh|subject|actor|developer|app|upload|id)[ _-]?token|token|(?:client[ _-]?)?secret|private[ _-]?key|pass[ _-]?phrase|password|assertion|code[ _-]?verifier)';

// A name that ends in one of those names a secret too: `privateKeyPassphrase`,
// `rsa_private_key_passphrase`, `BOXAUTH_CLIENT_SECRET`, `BOX_DEVELOPER_TOKEN`. A name starts
// after no word character, dot or dash, so that a long run is tried once, not at every dash.
const secretNameWithPrefix = `[\\w-]*?${secretName}`;

// A named secret with its value: `name=value`, `"name": "value"`, `'name': 'value'`,
// `\"name\":\"value\"` (JSON inside a JSON string) or `name: value`.
const namedSecret = new RegExp(
	`(?<![\\w.-])(\\\\?["']?)(${secretNameWithPrefix})\\1(\\s*[:=]\\s*)(?:\\\\"((?:[^"\\\\]|\\\\[^"])*)\\\\"|"((?:[^"\\\\]|\\\\.)*)"|'((?:[^'\\\\]|\\\\.)*)'|([^\\s&"',;}\\]<>]+))`,
	'gi',
);

// In prose the value follows the name after a space (`developer token T9cE5as…`): a value mixes
// letters and digits or is long, so that "token expired" and "token HTTP/1.1" stay as they are.
const proseSecret = new RegExp(
	`(?<![\\w.-])(${secretNameWithPrefix})(\\s+)(?:(?=[\\w.~+/-]*[a-z])(?=[\\w.~+/-]*\\d)|(?=[\\w.~+/-]{24}))([\\w.~+/-]{10,}=*)`,
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

// A secret in one case is still 32 or 64 letters and digits: the passphrase in a console config
// is 32 lowercase hex characters. So is a client ID, which stays readable where it is named
// (`client_id=`, `"clientID": "`, `Client ID `, the user of curl's `-u`), as a request ID does.
const oneCaseToken =
	/(?<![\w-]|(?:client|request)[ _-]?id\W{0,6}|(?:-u|--user)\s{1,3}['"]?)(?=[a-z\d]*[a-z])(?=[a-z\d]*\d)(?:[a-z\d]{64}|[a-z\d]{32})(?![\w-])/gi;

// A private key's body pasted without its BEGIN line: a run of 40+ base64 characters that mixes
// cases and digits (the dots, dashes and spaces of paths and prose break such a run), with the
// whole base64 lines that follow it, the key's short last line included.
const base64 = '[A-Za-z\\d+/]';
const keyBody = new RegExp(
	`(?<![\\w+/-])(?=${base64}*[A-Z])(?=${base64}*[a-z])(?=${base64}*\\d)${base64}{40,}={0,2}(?:(?:\\\\n|\\r?\\n)${base64}+={0,2}(?=\\\\n|\\r?\\n|["']|$))*`,
	'g',
);

// Whoever wrote a pasted response body controls what its escape sequences do to the terminal it
// is shown on: OSC 52 writes the clipboard, others clear the screen or move the cursor. Whole
// sequences go first (CSI; OSC, DCS and the other strings, up to their terminator or the line's
// end; two-character escapes), so that no `]52;c;…` is left behind; then every other C0 and C1
// control but tab and newline.
const escapeSequence =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
	/(?:\u001b\[|\u009b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\x20-\x2f]*[\x30-\x7e]?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text from outside with nothing left that a terminal would act on, but tabs and line breaks. */
export const withoutControls = (text: string) =>
	text.replaceAll(escapeSequence, '').replaceAll(control, '');

function maskPath(path: string): string {
	return path
		.split('/')
		.map((segment) => (tokenSegment.test(segment) ? maskValue(segment) : segment))
		.join('/');
}

/**
 * Free text, safe to show: every secret boxauth can recognise masked (tokens, client secrets, JWT
 * assertions, authorization codes, passwords, passphrases and private keys, wherever they appear:
 * headers, form bodies, query strings, JSON, Python reprs, URL paths, prose), and its control
 * characters taken out first, so that none can split a secret or reach the terminal.
 */
export function maskSecrets(text: string): string {
	return withoutControls(text)
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
			proseSecret,
			(_match, name: string, space: string, value: string) => `${name}${space}${maskValue(value)}`,
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
		.replaceAll(keyBody, (body) => maskValue(body))
		.replaceAll(bareToken, (token) => maskValue(token))
		.replaceAll(oneCaseToken, (token) => maskValue(token));
}
