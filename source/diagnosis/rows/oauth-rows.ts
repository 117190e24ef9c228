import {
	adminContact,
	authenticationMethod,
	clientCredentials,
	createPlatformApp,
	redirectUris,
	tokenUrl,
} from '../../box/console-paths.js';
import type {DiagnosisRow} from '../diagnosis-row.js';
import {usedServerApp} from '../failure-facts.js';

// OAuth 2.0: the browser login, the code exchange and refreshing; and what a Box admin sees while
// authorizing an app. Rows about getting the first token name the 'enterprise-id' step: that is
// where the wizard gets every auth type's first real token, the OAuth login included.

const oauthWithoutSdk = 'https://developer.box.com/guides/authentication/oauth2/without-sdk/';
const oauthSetup = 'https://developer.box.com/guides/authentication/oauth2/oauth2-setup/';
const authorizationErrors = 'https://developer.box.com/guides/authorization/common-errors/';
const logInAgain =
	'Log in again with `boxauth login --profile NAME` (`boxauth setup` for a new profile): it catches the redirect and exchanges the code at once';
const redirectUriMismatch = /redirect_uri_mismatch/;

// Only OAuth 2.0 apps have a login page; for a server app's client ID Box's login page says
// `redirect_uri_mismatch`, not `invalid_client` (a Box developer advocate's answer,
// box-auth-reference.md section 10).
const serverAppAtLogin =
	"The client ID is a JWT or Client Credentials Grant app's: only OAuth 2.0 apps have a login page, and Box shows this error for any other";

export const oauthRows: readonly DiagnosisRow[] = [
	{
		id: 'auth-code-expired',
		remedy: 'person',
		seen: '`invalid_grant`: The authorization code has expired',
		match: [{description: /authorization code has expired/}],
		what: (failure) => {
			const age = failure.context?.credentialAgeSeconds;
			return age === undefined
				? 'The authorization code expired before it was exchanged: codes last 30 seconds.'
				: `The authorization code was ${age} s old when it was exchanged: codes last 30 seconds.`;
		},
		why: [
			"More than 30 seconds passed between Box's redirect and the token request: a code copied by hand, a paused debugger, a slow step in between",
			'Even a few seconds can be too many: codes have been reported expired well inside the window',
		],
		fix: [logInAgain, 'In your own code, exchange the code first thing in the redirect handler'],
		step: 'enterprise-id',
		docs: oauthWithoutSdk,
	},
	{
		id: 'auth-code-invalid',
		remedy: 'person',
		seen: "`invalid_grant`: Auth code doesn't exist or is invalid for the client",
		match: [{description: /auth code doesn't exist or is invalid/}],
		what: 'Box does not know this authorization code for this app.',
		why: [
			'The code was exchanged once already: codes work only once',
			"The code was issued to another app's client ID than the one in the token request",
			"The code was cut short, or left URL-encoded, when copied from the browser's address bar",
		],
		fix: [logInAgain, 'Use the same client ID in the login URL and in the token request'],
		step: 'enterprise-id',
		docs: oauthWithoutSdk,
	},
	{
		id: 'refresh-token-spent',
		remedy: 'person',
		seen: '`invalid_grant`: Refresh token has expired, or Invalid refresh token',
		// Not the legacy Node SDK's "Auth code or refresh token has expired", said of any 400.
		match: [{description: /(?<!auth code or )refresh token has expired|invalid refresh token/}],
		what: 'Box no longer accepts this refresh token.',
		why: [
			'It was used once already: each refresh returns a new refresh token and ends the old one, so another program, or an earlier run that did not save the new token, has spent it',
			'It is older than 60 days',
			'It was revoked: by `boxauth revoke`, by the user removing the app, or by an admin',
			'It is not a refresh token: an access token, or a value cut short',
		],
		fix: [
			'Log in again: `boxauth login --profile NAME`',
			'Let one program own each refresh token, and store the new refresh token from every refresh before using the access token (boxauth does, and locks out a second boxauth process)',
		],
		step: 'enterprise-id',
		docs: 'https://developer.box.com/guides/authentication/tokens/refresh/',
	},
	{
		id: 'refresh-token-parameter-missing',
		remedy: 'person',
		seen: '`invalid_request`: No "refresh_token" parameter found',
		// Python's bytes printout escapes the quotes once more (box/box-python-sdk#182).
		match: [{description: /no \\?'refresh_token\\?' parameter found/}],
		what: 'The refresh request had no `refresh_token` field, so Box had nothing to refresh.',
		why: [
			'The variable meant to hold the refresh token was empty or unset, so the form said `refresh_token=` or nothing at all',
			'The refresh token was not sent as a form field: it went in a JSON body, the URL or a header',
			'An SDK given only an access token tried to refresh it after a 401: then that 401 is the real failure (box/box-python-sdk#618), or the access token went where the SDK expects another argument (box/box-python-sdk#182)',
		],
		fix: [
			`Send it as a form field and check the variable first: \`curl -X POST ${tokenUrl} -d grant_type=refresh_token -d client_id=… -d client_secret=… --data-urlencode "refresh_token=$REFRESH_TOKEN"\``,
			'In an SDK, pass the refresh token by name, such as `OAuth2(client_id=…, client_secret=…, access_token=…, refresh_token=…)` in Python',
			'No refresh token saved? Log in again: `boxauth login --profile NAME`; after that `boxauth token` refreshes by itself',
		],
		step: 'enterprise-id',
		docs: 'https://developer.box.com/guides/authentication/tokens/refresh/',
	},
	{
		id: 'authorize-url-server-app',
		remedy: 'person',
		seen: '`redirect_uri_mismatch` on the Box login page, for a JWT or Client Credentials Grant app',
		match: [
			{error: 'redirect_uri_mismatch', when: usedServerApp},
			{description: redirectUriMismatch, when: usedServerApp},
		],
		what: "Box's login page is only for OAuth 2.0 apps, and this client ID is a server app's.",
		why: [serverAppAtLogin],
		fix: [
			`Check the app's method at ${authenticationMethod}`,
			'Server apps need no login: run `boxauth setup` and choose Client Credentials Grant or JWT',
			`To act as a user who logs in, create an OAuth 2.0 app: ${createPlatformApp} > User Authentication (OAuth 2.0)`,
		],
		step: 'auth-type',
		docs: 'https://developer.box.com/guides/authentication/select/',
	},
	{
		id: 'redirect-uri-mismatch',
		remedy: 'person',
		seen: '`redirect_uri_mismatch` on the Box login page',
		match: [{error: 'redirect_uri_mismatch'}, {description: redirectUriMismatch}],
		what: "The login URL's `redirect_uri` is not one of the app's redirect URIs, or the app has no login page.",
		why: [
			'The URIs differ in scheme, host, path or query; only the port of a `localhost` URI may differ',
			serverAppAtLogin,
			'One says `localhost` and the other `127.0.0.1`',
		],
		fix: [
			`Add the redirect URI boxauth shows (such as \`http://localhost:3000/callback\`) at ${redirectUris}, then Save Changes`,
			'Log in again with `boxauth login --profile NAME` (`boxauth setup` for a new profile)',
			`No redirect URI setting on the app's Configuration tab? It is not an OAuth 2.0 app (see ${authenticationMethod}): choose its own method in \`boxauth setup\``,
		],
		step: 'create-app',
		docs: oauthSetup,
	},
	{
		id: 'redirect-uri-missing',
		remedy: 'person',
		seen: '`redirect_uri_missing` on the Box login page',
		match: [{error: 'redirect_uri_missing'}, {description: /redirect_uri_missing/}],
		what: 'The login URL has no `redirect_uri`, and the app has more than one, so Box cannot tell where to return.',
		why: ['The app lists several redirect URIs and the login URL names none'],
		fix: [
			"Add `redirect_uri=` with one of the app's URIs to the login URL; `boxauth setup` does this",
			`Or keep a single URI at ${redirectUris}`,
		],
		step: 'create-app',
		docs: oauthSetup,
	},
	{
		id: 'login-denied',
		remedy: 'person',
		seen: '`error=access_denied` on the redirect after the Box login',
		match: [{error: 'access_denied'}],
		what: "The login ended without access: Box's consent page was declined.",
		why: [
			'Deny was chosen on the consent page',
			'The enterprise does not allow this app for its users (an admin has to enable it)',
		],
		fix: [
			'Log in again (`boxauth login --profile NAME`, or `boxauth setup` for a new profile) and choose Grant access to Box',
			`If your company blocks the app, ask your admin to enable it (find them at ${adminContact})`,
		],
		step: 'enterprise-id',
		docs: oauthWithoutSdk,
	},
	{
		id: 'login-server-error',
		remedy: 'retry',
		seen: '`error=server_error` on the redirect after the Box login',
		match: [{error: 'server_error'}],
		what: "The Box login failed on Box's side.",
		why: ['A passing fault at Box'],
		fix: [
			'Log in again with `boxauth login --profile NAME` in a minute; check https://status.box.com',
		],
		step: 'enterprise-id',
		docs: oauthWithoutSdk,
	},
	{
		id: 'admin-client-id-unknown',
		remedy: 'person',
		seen: 'Admin Console: "Unable to retrieve service of enterprise app authorization"',
		match: [{description: /unable to retrieve service of enterprise app authorization/}],
		what: 'The client ID the admin entered does not belong to any app.',
		why: ['It was mistyped, cut short, or copied with extra characters around it'],
		fix: [
			`Copy the client ID again from ${clientCredentials} and send it to the admin as plain text`,
			'The admin pastes it again, with nothing before or after it',
		],
		step: 'admin-authorization',
		docs: authorizationErrors,
	},
	{
		id: 'admin-cannot-authorize',
		remedy: 'person',
		seen: 'Admin Console: "Something went wrong with adding the app authorization"',
		match: [{description: /something went wrong with adding the app authorization/}],
		what: 'The admin who tried may view enterprise settings but not change them.',
		why: ['A co-admin without permission to edit enterprise settings tried to authorize the app'],
		fix: [
			'Ask the primary admin, or a co-admin allowed to edit settings, to authorize the app',
			`Find the admin at ${adminContact}`,
		],
		step: 'admin-authorization',
		docs: authorizationErrors,
	},
	{
		id: 'app-disabled-by-admin',
		remedy: 'person',
		seen: 'Admin Console: "Disabled by Administrator"',
		match: [{description: /disabled by administrator/}],
		what: 'The app is not fully authorized for this enterprise.',
		why: [
			'Not every authorization step is done: server apps need authorizing, unpublished OAuth 2.0 apps may need enabling',
			'An admin disabled the app',
		],
		fix: [
			'Ask the admin to authorize or enable the app under Admin Console > Integrations > Platform Apps Manager',
			`Find the admin at ${adminContact}`,
		],
		step: 'admin-authorization',
		docs: 'https://developer.box.com/guides/authorization/',
	},
];
