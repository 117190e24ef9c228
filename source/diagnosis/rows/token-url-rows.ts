import {tokenUrl} from '../../box/console-paths.js';
import type {Failure} from '../../box/failure.js';
import type {DiagnosisRow} from '../diagnosis-row.js';
import {hasNoStatus, sentJson, urlUsed} from '../failure-facts.js';

// The token request did not reach Box's token endpoint in a form it reads: the wrong host, the
// wrong path, a JSON body, no grant type, or an answer that was not Box's at all.

const commonErrors =
	'https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/';

// Box's web hosts (www, app, account, a company's `*.app.box.com`) answer the token path with a
// redirect to a web page; only api.box.com serves it.
const tokenPathOnWebHost =
	/^https?:\/\/(?!api\.box\.com\b)([\w-]+\.)*box\.com(:\d+)?\/(api\/)?oauth2\/token\b/i;
const redirects = [301, 302, 303, 307, 308];

// `/oauth2/` followed by anything but token, revoke or authorize (a developer token pasted into
// the path is the classic), or `/oauth2/` under `/2.0`.
const wrongOauthPath = /\/2\.0\/oauth2\/|\/oauth2\/(?!(token|revoke|authorize)\/?([?#]|$))/i;

const grantTypeMissing = /invalid grant_type parameter or parameter missing/;

const youUsed = (failure: Failure) => {
	const url = urlUsed(failure);
	return url === undefined ? '' : ` (this one went to ${url})`;
};

export const tokenUrlRows: readonly DiagnosisRow[] = [
	{
		id: 'token-url-wrong-host',
		remedy: 'person',
		seen: '`302 Found` from `https://www.box.com/api/oauth2/token`, `app.box.com` or `account.box.com`',
		match: [
			{url: tokenPathOnWebHost},
			{status: redirects, url: /\/oauth2\/token/},
			{status: redirects, when: (failure) => failure.url === undefined},
		],
		what: (failure) =>
			`The token request went to a Box web host, not to ${tokenUrl}${youUsed(failure)}.`,
		why: [
			"Box's token endpoint lives only on `api.box.com`; `www.box.com`, `app.box.com`, `account.box.com` and company `*.app.box.com` addresses answer with a redirect (302) to a web page",
			'Following that redirect (`curl -L`) turns the POST into a GET without the form, so Box then answers `Invalid grant_type parameter or parameter missing`',
			'The login URL (`https://account.box.com/api/oauth2/authorize`) was reused for the token request',
		],
		fix: [
			`Send the token request as \`POST ${tokenUrl}\` with a form body (\`Content-Type: application/x-www-form-urlencoded\`)`,
			'Only the browser login uses `https://account.box.com/api/oauth2/authorize`; token and revoke calls go to `api.box.com`',
			'Drop `-L` from curl: a redirect from the token endpoint always means a wrong URL',
		],
		docs: commonErrors,
	},
	{
		id: 'token-url-wrong-path',
		remedy: 'person',
		seen: '`404 Not Found` from `POST https://api.box.com/oauth2/<token>`',
		match: [
			{status: [404, 405], url: wrongOauthPath},
			{url: wrongOauthPath, when: hasNoStatus},
		],
		what: (failure) =>
			`Box has no endpoint at ${urlUsed(failure) ?? 'that URL'}: tokens come from ${tokenUrl}.`,
		why: [
			'A token was put in the URL, as in `POST /oauth2/<developer token>`: a developer token needs no exchange, it already is the bearer token',
			'A typo in the path, such as `/oauth2/tokens` or `/2.0/oauth2/token`',
		],
		fix: [
			`To get a token, POST the form to \`${tokenUrl}\``,
			'To use a developer token, send it in a header: `curl -H "Authorization: Bearer $TOKEN" https://api.box.com/2.0/users/me`',
			'A token that was in a URL may sit in logs now: generate a new one',
		],
		step: 'first-call',
		docs: commonErrors,
	},
	{
		id: 'token-request-json-body',
		remedy: 'person',
		seen: '`invalid_request`: Invalid grant_type parameter or parameter missing, after sending JSON',
		match: [{description: grantTypeMissing, when: sentJson}],
		what: "The token request was sent as JSON; Box's token endpoint reads only form fields, so it found no `grant_type`.",
		why: ['The body was JSON (`Content-Type: application/json`)'],
		fix: [
			'Send the fields form-encoded, with `Content-Type: application/x-www-form-urlencoded`: `grant_type=client_credentials&client_id=…&client_secret=…&box_subject_type=enterprise&box_subject_id=…`',
			"curl: one `--data-urlencode 'name=value'` per field, not `--json` or `-d '{…}'`",
			"JavaScript: `body: new URLSearchParams({grant_type: 'client_credentials', …})`; Python requests: `data=` rather than `json=`",
		],
		docs: commonErrors,
	},
	{
		id: 'grant-type-missing',
		remedy: 'person',
		seen: '`invalid_request`: Invalid grant_type parameter or parameter missing',
		match: [{description: grantTypeMissing}],
		what: 'Box found no `grant_type` it knows in the token request.',
		why: [
			'`grant_type` is missing or misspelled; it must be `authorization_code`, `refresh_token`, `client_credentials`, `urn:ietf:params:oauth:grant-type:jwt-bearer` or `urn:ietf:params:oauth:grant-type:token-exchange`',
			'The body is not form-encoded: JSON, multipart, or no `Content-Type` header',
			'The request went to a Box web host (`www.box.com`, `app.box.com`) and a followed redirect turned it into a GET without a body',
		],
		fix: [
			`POST to \`${tokenUrl}\` with \`Content-Type: application/x-www-form-urlencoded\` and \`grant_type=…\` in the body`,
			'Run `boxauth doctor` to compare with a request that works',
		],
		docs: commonErrors,
	},
	{
		id: 'unsupported-grant-type',
		remedy: 'person',
		seen: '`unsupported_grant_type`',
		match: [{error: 'unsupported_grant_type'}],
		what: 'Box does not know the `grant_type` in the token request.',
		why: ['A misspelled `grant_type`, or one Box does not support (such as `password`)'],
		fix: [
			'Use one of `authorization_code`, `refresh_token`, `client_credentials`, `urn:ietf:params:oauth:grant-type:jwt-bearer`, `urn:ietf:params:oauth:grant-type:token-exchange`',
			'Run `boxauth setup` to pick the auth type that fits the app',
		],
		step: 'auth-type',
		docs: commonErrors,
	},
	{
		id: 'answer-not-json',
		seen: '`Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON`',
		match: [
			{
				description:
					/unexpected token .{0,40}json|is not valid json|invalid json response body|unexpected end of json input|unexpected answer/,
			},
		],
		what: "The answer was not JSON: something other than Box's API answered.",
		why: [
			'The base URL points at a web page rather than the API: `app.box.com`, `www.box.com` or a company `*.box.com` address; the API is `https://api.box.com`',
			'A proxy, Wi-Fi login page or firewall answered with its own HTML page',
			"A wrong path: the SDK reports the unreadable body of Box's 404 rather than the 404",
		],
		fix: [
			'Check the base URLs: `https://api.box.com` for tokens and the API, `https://upload.box.com/api` for uploads',
			'Run `boxauth doctor` to check the URLs and the network',
		],
		docs: commonErrors,
	},
];
