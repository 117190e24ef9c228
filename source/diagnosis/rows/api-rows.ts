import {
	adminAddApp,
	adminContact,
	adminEnableServerApp,
	adminEnableUserApp,
	adminReauthorize,
	appScopes,
	corsDomains,
	generateAppToken,
	generateDeveloperToken,
	submitForAuthorization,
	submitForEnablement,
	unpublishedAppsSetting,
	whoIsTheToken,
} from '../../box/console-paths.js';
import type {Failure} from '../../box/failure.js';
import type {DiagnosisRow} from '../diagnosis-row.js';
import {usedAuthType, usedServerApp} from '../failure-facts.js';

// A token in hand and an API call that failed: `/2.0` errors, and what Box's SDK says instead.

const commonErrors =
	'https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/';
const scopesGuide = 'https://developer.box.com/guides/api-calls/permissions-and-errors/scopes/';
const preflightGuide = 'https://developer.box.com/guides/uploads/check/';
const freshToken = 'Get a fresh token: `boxauth token --profile NAME` (it refreshes when needed)';

// An app its enterprise has not enabled gets tokens, then a 401 on every call whose challenge
// names no error, where an expired or revoked token's names `invalid_token` (box-auth-reference.md
// section 10; box/box-python-sdk#618).
const challengeNamesNoError = (failure: Failure) =>
	/^bearer realm="service"$/i.test(failure.wwwAuthenticate?.trim() ?? '');

// Server apps (JWT, Client Credentials Grant, and Limited Access Apps with their App Tokens) are
// authorized and enabled; OAuth 2.0 apps, and so their Developer Tokens, are only enabled.
type AppKind = 'server' | 'user';

function appKinds(failure: Failure): AppKind[] {
	if (usedServerApp(failure)) {
		return ['server'];
	}

	return failure.context?.authType === undefined ? ['server', 'user'] : ['user'];
}

const notEnabledCauses: Record<AppKind, string> = {
	server:
		'A JWT, Client Credentials Grant or Limited Access App was authorized but not enabled: with that setting on, it needs both',
	user: 'An OAuth 2.0 app (a Developer Token is one of its tokens) that the enterprise has not enabled: these apps are enabled rather than authorized',
};

const notEnabledFixes: Record<AppKind, string> = {
	server: `Ask your admin to authorize and enable the app: ${adminAddApp}, then ${adminEnableServerApp}; or ask from the Developer Console: ${submitForAuthorization}`,
	user: `Ask your admin to enable the app: ${adminEnableUserApp}; or ask from the Developer Console: ${submitForEnablement}`,
};

export const apiRows: readonly DiagnosisRow[] = [
	{
		id: 'app-not-enabled',
		remedy: 'person',
		seen: '`401 unauthorized`: Unauthorized - Cannot authorize with this service',
		match: [{description: /cannot authorize with this service/}, {when: challengeNamesNoError}],
		what: 'Box refuses every API call from this app: it is not enabled in your enterprise, or an admin disabled it. A new token will not help.',
		why: (failure) => [
			'Your enterprise turned on "Disable unpublished apps by default" and no admin has enabled this app yet: Box still issues its tokens, then refuses every call made with them',
			...appKinds(failure).map((kind) => notEnabledCauses[kind]),
			'An admin disabled or removed the app',
		],
		fix: (failure) => [
			...appKinds(failure).map((kind) => notEnabledFixes[kind]),
			`The admin finds the setting at ${unpublishedAppsSetting}; don't know your admin? ${adminContact}`,
			'Once the admin has acted, check with `boxauth doctor --profile NAME`',
		],
		step: 'admin-authorization',
		docs: 'https://developer.box.com/guides/authorization/',
	},
	{
		id: 'developer-token-expired',
		remedy: 'person',
		seen: '`Developer token has expired. Please provide a new one.`, or a 401 with a developer token',
		match: [
			{description: /developer token has expired/},
			{status: 401, when: usedAuthType('developer-token')},
		],
		what: (failure) => {
			const age = failure.context?.credentialAgeSeconds;
			return age === undefined
				? 'The developer token has expired: developer tokens last 60 minutes and cannot be refreshed.'
				: `The developer token is ${Math.floor(age / 60)} minutes old: developer tokens last 60 minutes and cannot be refreshed.`;
		},
		why: [
			'It is more than 60 minutes old',
			'It was revoked in the Developer Console',
			'It was copied incompletely',
			"The app is not enabled in your enterprise: Box's SDK 10 reports every 401 with a developer token as expired, even when Box said `Cannot authorize with this service`",
		],
		fix: [
			`Generate a new one: ${generateDeveloperToken}`,
			'Paste it with `boxauth login --profile NAME` (the profile keeps its name and settings)',
			`A brand-new token refused too means the app needs enabling: ${adminEnableUserApp}`,
			'Need more than an hour? Choose Client Credentials Grant, JWT or OAuth 2.0 in `boxauth setup`: their tokens renew themselves',
		],
		step: 'create-app',
		docs: 'https://developer.box.com/guides/authentication/tokens/developer-tokens/',
	},
	{
		id: 'app-token-rejected',
		remedy: 'person',
		seen: 'A 401 with an App Token',
		match: [{status: 401, when: usedAuthType('app-token')}],
		what: 'Box no longer accepts this App Token.',
		why: [
			'It expired: App Tokens last 30 days, 60 days or for ever, as chosen when generated',
			'It was revoked, or replaced when the tokens were rotated',
			"An admin removed the app's authorization",
		],
		fix: [
			`Generate a new one: ${generateAppToken}`,
			'Paste it with `boxauth login --profile NAME` (the profile keeps its name and settings)',
			'If the app lost its authorization, ask the admin to authorize it again under Admin Console > Integrations > Platform Apps Manager',
		],
		step: 'create-app',
		docs: 'https://developer.box.com/guides/authentication/app-token/',
	},
	{
		id: 'access-token-missing',
		remedy: 'person',
		seen: '`401` with `WWW-Authenticate: Bearer realm="Service", error="invalid_request", error_description="The access token was not found."`',
		match: [{description: /access token was not found/}],
		what: 'The API call carried no access token.',
		why: [
			'No `Authorization` header on the request',
			'The header is malformed: it must be `Authorization: Bearer <token>`',
			'The token variable was empty, so the header said only `Bearer`',
			'A proxy or redirect dropped the header',
		],
		fix: [
			`Send the header, for example ${whoIsTheToken}`,
			'`boxauth token --format header` prints the whole header',
		],
		step: 'first-call',
		docs: 'https://developer.box.com/guides/authentication/tokens/api-calls/',
	},
	{
		id: 'sdk-no-tokens',
		remedy: 'person',
		seen: '`Access and refresh tokens not available. Authenticate before making any API call first.`',
		match: [{description: /access and refresh tokens not available|no access token is available/}],
		what: "Box's SDK has no token to send: its token storage is empty.",
		why: [
			"The OAuth 2.0 login was not completed, so the SDK's token storage is empty",
			"Saved tokens were not put in the SDK's token storage before the first call",
			'A new auth object (with empty storage) was made after the login',
		],
		fix: [
			'Complete the login, or store saved tokens first: `oauth.tokenStorage.store({accessToken, refreshToken})`',
			'Or let boxauth hand out tokens: `boxauth token --profile NAME`',
		],
		step: 'enterprise-id',
		docs: 'https://developer.box.com/guides/authentication/oauth2/with-sdk/',
	},
	{
		id: 'sdk-jwt-in-browser',
		remedy: 'person',
		seen: '`JWT auth is not supported in browser environment.`',
		match: [{description: /jwt auth is not supported in browser/}],
		what: 'JWT works only in server code: a browser cannot keep the private key secret.',
		why: ['The SDK with JWT auth was bundled into browser code'],
		fix: [
			'Get tokens on a server and hand the browser a downscoped token',
			'Or use OAuth 2.0 for apps that run in the browser',
		],
		step: 'auth-type',
		docs: 'https://developer.box.com/guides/authentication/jwt/with-sdk/',
	},
	{
		id: 'preflight-upload-url-missing',
		seen: '`Unable to get preflight upload URL`',
		match: [{description: /unable to get preflight upload url/}],
		what: 'The upload check answered without the URL to upload to.',
		why: [
			'Something other than Box answered the check: a proxy, or a mock server without `upload_url`',
			'The base URL for uploads is wrong',
		],
		fix: [
			'Check with `OPTIONS https://api.box.com/2.0/files/content` and a JSON body `{"name":"a.txt","size":1,"parent":{"id":"0"}}`: the answer has `upload_url`',
			'Set the upload base URL to `https://upload.box.com/api`',
		],
		step: 'first-call',
		docs: preflightGuide,
	},
	{
		id: 'access-token-invalid',
		seen: '`401` with `WWW-Authenticate: Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."`',
		match: [
			{description: /access token provided (is invalid|has expired)/},
			{error: ['invalid_token', 'unauthorized']},
			{status: 401},
		],
		what: 'Box did not accept the access token (401).',
		why: [
			'It expired: access tokens last about an hour',
			'It was revoked: by `boxauth revoke`, in the Developer Console, or by an admin',
			'It was copied wrong: cut short, with spaces or quotes, or a refresh token in its place',
			'It was issued elsewhere: by the sandbox, or for another Box account',
		],
		fix: [freshToken, `Check it: ${whoIsTheToken}`, 'Run `boxauth doctor --profile NAME`'],
		step: 'first-call',
		docs: commonErrors,
	},
	{
		id: 'terms-of-service-required',
		remedy: 'person',
		seen: '`403 terms_of_service_required`: User must accept custom terms of service before action can be taken',
		match: [
			{error: 'terms_of_service_required'},
			{description: /must accept custom terms of service/},
		],
		what: "The user has not accepted your enterprise's custom terms of service.",
		why: [
			'A managed user (the token subject, or the `As-User` user) has not accepted them yet; service accounts and app users are exempt',
		],
		fix: [
			'The user signs in to the Box web app once and accepts the terms',
			"Or act as the app's service account instead",
		],
		step: 'enterprise-id',
		docs: 'https://developer.box.com/guides/security/terms-of-service/',
	},
	{
		id: 'cors-origin-not-allowed',
		remedy: 'person',
		seen: '`403 cors_origin_not_whitelisted`: Did you forget to safelist your origin in the CORS configuration of your app?',
		match: [{error: 'cors_origin_not_whitelisted'}, {description: /safelist your origin/}],
		what: "Box refused a browser call from a web page whose origin the app doesn't list.",
		why: ["The page's origin (scheme, host and port) is not in the app's CORS domains"],
		fix: [
			`Add the origin, such as \`https://example.com\` (no path), at ${corsDomains}, then Save Changes`,
		],
		step: 'create-app',
		docs: 'https://developer.box.com/guides/security/cors/',
	},
	{
		id: 'access-denied',
		remedy: 'person',
		seen: '`403 access_denied_insufficient_permissions`: Access denied - insufficient permission',
		match: [
			{error: 'access_denied_insufficient_permissions'},
			{description: /access denied - insufficient permission/},
		],
		what: "The token's user may not do this, or the app lacks the scope for it.",
		why: [
			'The token acts as someone without access to the item: a service account or app user sees only its own content and folders it is collaborated on',
			'The app lacks the scope for this call, such as "Write all files and folders" or "Manage users"',
			'An `As-User` header without "Make API calls using the as-user header" turned on, or for a user the app may not act for',
			'An App Token or downscoped token calling an endpoint it does not allow',
		],
		fix: [
			`See who the token acts as: ${whoIsTheToken}`,
			'Share the folder with that user: invite its login (a service account is `AutomationUser_…@boxdevedition.com`) as a collaborator',
			`Turn the scope on at ${appScopes}, have the admin re-authorize (${adminReauthorize}), then get a new token`,
		],
		step: 'first-call',
		docs: scopesGuide,
	},
	{
		id: 'insufficient-scope',
		remedy: 'person',
		seen: '`403 insufficient_scope`: The request requires higher privileges than provided by the access token.',
		match: [
			{error: 'insufficient_scope'},
			{description: /requires higher privileges than provided by the access token/},
		],
		what: 'The token lacks a scope this call needs.',
		why: [
			"The app's scopes changed after it was authorized: tokens carry the scopes of the last authorization, so the app needs re-authorizing",
			'The scope is not turned on for the app',
			'An OAuth 2.0 login that asked for fewer scopes (`scope=` in the login URL), or a downscoped token',
		],
		fix: [
			`Have the admin re-authorize the app: ${adminReauthorize}`,
			`Check the scope is on at ${appScopes}`,
			'Then get a new token: `boxauth token --profile NAME` (OAuth 2.0: log in again with `boxauth login --profile NAME`; developer token: generate a new one and paste it there)',
		],
		step: 'admin-authorization',
		docs: scopesGuide,
	},
	{
		id: 'not-found',
		seen: '`404 not_found`: Not Found',
		match: [{error: 'not_found'}, {status: 404}],
		what: "Box says the item does not exist, or the token's user cannot see it (404).",
		why: [
			'The token acts as someone who cannot see the item: Box answers 404, not 403, for items a user has no access to, and a service account starts with an empty All Files',
			'A wrong ID: a folder ID used as a file ID, or the `d_`/`f_` prefix from an error message left in',
			'A wrong path: a typo, or `/2.0` missing',
		],
		fix: [
			`Check who the token acts as: ${whoIsTheToken}`,
			'Collaborate that user (a service account is `AutomationUser_…@boxdevedition.com`) on the folder, or call as a user who has access',
			'Take the ID from the web URL: `https://app.box.com/folder/ID` or `https://app.box.com/file/ID`',
		],
		step: 'first-call',
		docs: 'https://developer.box.com/guides/security/',
	},
	{
		id: 'method-not-allowed',
		seen: '`405 method_not_allowed`: Method Not Allowed',
		match: [{error: 'method_not_allowed'}, {status: 405}],
		what: (failure) =>
			/\/oauth2\/token/.test(failure.url ?? '') && failure.method !== undefined
				? `The token endpoint takes only POST; this was ${failure.method.toUpperCase()}.`
				: 'Box does not take this HTTP method on this URL (405).',
		why: [
			'The wrong HTTP method: token requests and uploads are POST, updates PUT, the upload check OPTIONS',
			'A path for another kind of item',
			'A redirect followed with curl `-L` that turned a POST into a GET',
		],
		fix: [
			'Check the method and path in the API reference: https://developer.box.com/reference/',
			'For a token: `curl -X POST https://api.box.com/oauth2/token -d grant_type=…`',
		],
		step: 'first-call',
		docs: commonErrors,
	},
	{
		id: 'item-name-in-use',
		seen: '`409 item_name_in_use`: Item with the same name already exists',
		match: [{error: 'item_name_in_use'}, {description: /item with the same name already exists/}],
		what: 'A file or folder with this name is already in that folder.',
		why: ['The upload or create used a name taken in the parent folder'],
		fix: [
			'Check before uploading: `OPTIONS https://api.box.com/2.0/files/content` with `{"name":"report.pdf","size":1024,"parent":{"id":"0"}}`; 200 means the name is free',
			"On 409, take the existing file's ID from `context_info.conflicts` (an object for files, a list for folders) and upload a new version: `POST https://upload.box.com/api/2.0/files/ID/content`",
			'Or choose another name',
		],
		docs: preflightGuide,
	},
	{
		id: 'precondition-failed',
		seen: '`412 precondition_failed`: The resource has been modified. Retrieve the resource again and retry',
		match: [{error: 'precondition_failed'}, {status: 412}],
		what: 'The item changed since it was read, so the `If-Match` etag no longer fits.',
		why: [
			'Someone or something changed the item after you read its `etag`',
			'An etag from another item',
		],
		fix: [
			'GET the item again for its current `etag`, then retry with `If-Match: <etag>`',
			'Leave `If-Match` out when overwriting is fine',
		],
		docs: 'https://developer.box.com/guides/api-calls/ensure-consistency/',
	},
	{
		id: 'rate-limited',
		remedy: 'retry',
		seen: '`429 rate_limit_exceeded`: Request rate limit exceeded, please try again later',
		match: [
			{error: 'rate_limit_exceeded'},
			{status: 429},
			{description: /request rate limit exceeded/},
		],
		what: 'Box is slowing this user down: too many requests (429).',
		why: [
			'Too many calls too fast for one user: about 1000 API calls a minute, 240 uploads a minute, 6 searches a second',
			'Several programs share one user or service account, so their calls add up',
			'A new token fetched for every call, rather than reused for its hour',
		],
		fix: [
			'Wait the `Retry-After` seconds Box sent, then retry with growing pauses; boxauth does this by itself',
			'Reuse the access token: `boxauth token` hands out the cached one',
			'Slow down batch jobs, or spread them over several users',
		],
		docs: 'https://developer.box.com/guides/api-calls/permissions-and-errors/rate-limits/',
	},
	{
		id: 'upload-digest-mismatch',
		seen: '`400 bad_digest`: The specified content-md5 did not match what we received',
		match: [{error: 'bad_digest'}, {description: /content-md5 did not match/}],
		what: 'The uploaded bytes do not match the `Content-MD5` header.',
		why: [
			'`Content-MD5` is not the SHA-1 (hex) of the exact bytes sent: an MD5, base64, or the hash of another version of the file',
			'The file changed while it was being uploaded',
		],
		fix: ['Send the hex SHA-1 of the bytes as `Content-MD5`, or leave the header out'],
		docs: 'https://developer.box.com/guides/uploads/direct/file/',
	},
	{
		id: 'upload-parts-out-of-order',
		seen: '`400 metadata_after_file_contents`',
		match: [
			{error: 'metadata_after_file_contents'},
			{description: /metadata is included after file contents/},
		],
		what: 'The upload sent the file before its `attributes`.',
		why: ['In the multipart body the `file` part comes before the `attributes` part'],
		fix: ['Put the `attributes` part first, then the `file` part'],
		docs: 'https://developer.box.com/guides/uploads/direct/file/',
	},
	{
		id: 'item-name-invalid',
		seen: '`400 item_name_invalid` or `item_name_too_long`',
		match: [{error: ['item_name_invalid', 'item_name_too_long']}],
		what: 'Box does not accept this file or folder name.',
		why: [
			'It is longer than 255 characters',
			'It contains `/` or `\\`, non-printable characters, or spaces at either end, or it is `.` or `..`',
		],
		fix: ['Rename the item within those rules and try again'],
		docs: commonErrors,
	},
	{
		id: 'storage-limit',
		seen: '`403 storage_limit_exceeded` or `file_size_limit_exceeded`',
		match: [{error: ['storage_limit_exceeded', 'file_size_limit_exceeded']}],
		what: 'The upload does not fit: the account is full, or the file is bigger than its plan allows.',
		why: [
			"The account's storage is used up (a service account starts with the enterprise's default quota)",
			"The file is bigger than the folder owner's plan allows",
		],
		fix: [
			'Free space, or ask the admin for a larger quota',
			'Upload into a folder owned by a user whose plan allows the size',
		],
		docs: commonErrors,
	},
	{
		id: 'box-server-error',
		remedy: 'retry',
		seen: '`500 internal_server_error`, `502 bad_gateway` or `503 unavailable`',
		match: [
			{status: [500, 502, 503, 504]},
			{error: ['internal_server_error', 'bad_gateway', 'unavailable']},
		],
		what: (failure) =>
			`Box had a problem on its side${failure.status === undefined ? '' : ` (${failure.status})`}.`,
		why: [
			'A passing fault or maintenance at Box',
			'A busy moment: a 503 may say in `Retry-After` when to come back',
			'Rarely, a request Box cannot handle: then it fails the same way every time',
		],
		fix: (failure) => [
			'Try again after a pause; boxauth retries these by itself',
			'Check https://status.box.com',
			failure.requestId === undefined
				? "If it keeps happening, contact Box support with the answer's `box-request-id` header"
				: `If it keeps happening, contact Box support with the request ID \`${failure.requestId}\``,
		],
		docs: commonErrors,
	},
];
