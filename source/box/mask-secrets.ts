// People paste whole terminal sessions: a token in a header, a client secret in a form body, a
// developer token posted to `/oauth2/<token>`, a private key in a config file. Whatever boxauth
// prints, logs or keeps must be safe to share, so every secret it shows is masked here, and only
// here, by one set of rules:
// - one known secret (`maskSecret`): a token on the dashboard, a value in a masked field;
// - free text (`maskSecrets`): pastes, Box's answers, what setup and explain echo;
// - a value a diagnosis or a report quotes back (`maskQuoted`): free text, and every long run
//   that looks random;
// - boxauth's own requests as the exchange log keeps them (`redactForm`, `redactJson`,
//   `redactUrl`): the fields named as secrets, and URL paths that carry a token.
// Pure and without imports: the screens use it too.

/** How many characters a mask keeps from a secret's start; none are kept from its end. */
const shownCharacters = 4;

/**
 * The shortest secret a mask shows any of. Two rules met here: the client's (hidden whole up to 8
 * characters) and the screens' (hidden whole under 12). The stricter one stays: four characters
 * of a 9-character value are nearly half of it, a real help to a guess; from 12 on they are a
 * third at most, and an eighth or less of Box's own 32- and 64-character secrets. Nothing is
 * shown from the end, which would only double what is given away.
 */
const shortestShown = 12;

/**
 * Enough of a secret to recognise it in a log, never enough to use it: the first four characters
 * and an ellipsis. A value shorter than 12 characters is hidden whole.
 */
export function maskSecret(secret: string): string {
	return secret.length < shortestShown ? '…' : `${secret.slice(0, shownCharacters)}…`;
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
const curlUser = /((?:^|\s)(-u|--user|-U|--proxy-user)\s+['"]?[^:\s'"]*:)([^\s'"]+)/g;
// A password in a URL's user part (`http://jo:pass@proxy`, with or without the scheme) ends at its
// `@`; a slash in it, unless what comes before is a port and a path (`host:8080/a@b`).
const urlPassword =
	/((?<![\w+.-])(?:[a-z][\w+.-]*:)?\/\/[^\s:@/]+:)([^\s@/]+|(?!\d+\/)[^\s@]+)(?=@)/gi;

// A password that a person chose (a proxy's, in a URL or after curl's `--proxy-user`) is hidden
// whole: even a few characters of one help a guess. Box's secrets are random and long.
const hiddenWhole = (value: string) => (value === '' || alreadyHidden.test(value) ? value : '…');

// A run that looks like a token: 20 or more word characters and dashes, with a capital or a digit
// (Box's codes such as `access_denied_insufficient_permissions` have neither), and not only
// digits (an ID). Every token-looking URL path segment is masked, and so is every such run in a
// quoted value; elsewhere in free text only the runs `bareToken` and `oneCaseToken` recognise, so
// that request IDs stay readable for Box support.
const tokenLikeRun = /[\w-]{20,}/g;
const isTokenLike = (run: string) => /[A-Z\d]/.test(run) && !/^\d+$/.test(run);
const maskTokenLike = (text: string) =>
	text.replaceAll(tokenLikeRun, (run) => (isTokenLike(run) ? maskSecret(run) : run));

// URLs and request lines, whose path segments may be tokens (`POST /oauth2/<token>`).
const urlPath =
	/((?:(?<![\w+.-])[a-z][\w+.-]*:\/\/[^\s/"'`<>]+)|\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) |:path: )(\/[^\s"'`<>?#]*)/gi;

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

const maskPath = (path: string) => path.split('/').map(maskTokenLike).join('/');

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
			(_match, user: string, flag: string, password: string) =>
				`${user}${/^(?:-U|--proxy-user)$/.test(flag) ? hiddenWhole(password) : maskValue(password)}`,
		)
		.replaceAll(
			urlPassword,
			(_match, user: string, password: string) => `${user}${hiddenWhole(password)}`,
		)
		.replaceAll(urlPath, (_match, prefix: string, path: string) => `${prefix}${maskPath(path)}`)
		.replaceAll(keyBody, (body) => maskValue(body))
		.replaceAll(bareToken, (token) => maskValue(token))
		.replaceAll(oneCaseToken, (token) => maskValue(token));
}

/**
 * A value that a diagnosis or a report quotes back (a subject ID, a URL, a grant, a proxy
 * setting): `maskSecrets`, and every run that looks like a token too. A quoted value needs no
 * request or client ID kept readable for Box support, as a whole paste does.
 */
export function maskQuoted(text: string): string {
	return maskTokenLike(maskSecrets(text));
}

// A field of a form, a query or JSON is secret when its name is one of the secret names above, in
// any spelling. `code` is the authorization code in a form or a query, but the error code in
// Box's JSON errors (`"code": "not_found"`), as in free text.
const secretField = new RegExp(`^${secretNameWithPrefix}$`, 'i');
const isSecretField = (name: string, where: 'form' | 'json') =>
	secretField.test(name) || (where === 'form' && name === 'code');

/** A form body (or a query) as the log keeps it: the value of every secret field masked. */
export function redactForm(body: string): string {
	const form = new URLSearchParams(body);
	for (const [name, value] of form) {
		if (isSecretField(name, 'form')) {
			form.set(name, maskSecret(value));
		}
	}

	return decodeURIComponent(form.toString().replaceAll('+', ' '));
}

function redactValue(value: unknown): unknown {
	if (Array.isArray(value)) {
		return value.map(redactValue);
	}

	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(
			Object.entries(value).map(([key, inner]) => [
				key,
				isSecretField(key, 'json') && typeof inner === 'string'
					? maskSecret(inner)
					: redactValue(inner),
			]),
		);
	}

	return value;
}

/**
 * A JSON body with its secret fields masked. Text that is not JSON is masked as free text, then
 * kept only if short: masked first, so that a cut leaves no piece of a secret unrecognised.
 */
export function redactJson(body: string): string {
	try {
		return JSON.stringify(redactValue(JSON.parse(body)));
	} catch {
		const masked = maskSecrets(body);
		return masked.length > 200 ? `${masked.slice(0, 200)}…` : masked;
	}
}

/**
 * A URL with anything secret masked: a password in it, query values of secret fields, and path
 * segments that look like tokens (people post their developer token to `/oauth2/<token>`).
 */
export function redactUrl(url: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return maskQuoted(url);
	}

	if (parsed.password) {
		parsed.password = '…';
	}

	for (const [name, value] of parsed.searchParams) {
		if (isSecretField(name, 'form')) {
			parsed.searchParams.set(name, maskSecret(value));
		}
	}

	parsed.pathname = maskPath(parsed.pathname);
	return decodeURI(parsed.toString());
}
