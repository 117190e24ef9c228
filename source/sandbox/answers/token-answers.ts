import {
	capture,
	catalogue,
	docs,
	guess,
	staffAnswer,
	supportArticle,
	type TokenAnswer,
	tokenError,
} from './answer-rows.js';

// `POST /oauth2/token`, word for word as users have captured Box's answers
// (box-auth-reference.md sections 2, 3 and 4.1, corrected by section 10).

const grantCredentialsInvalid = 'Grant credentials are invalid';
const grantTypeUnauthorized = 'The grant type is unauthorized for this client_id';
const clientCredentialsInvalid = 'The client credentials are invalid';
const insufficientScope = 'Insufficient permissions for the requested scope.';
const refreshTokenHasExpired = 'Refresh token has expired';
const ccgGuide =
	'developer.box.com guides/authentication/client-credentials (causes of this error)';
const ccgMisuse =
	"support.box.com 4404438713107 and a Box developer advocate's community answer (2021)";
const appsScriptLog = 'a public Apps Script test log of real answers (box-auth-reference.md §10)';

const issued = (body: string, provenance: Omit<TokenAnswer, 'type' | 'status' | 'body'>) =>
	({type: 'token', status: 200, body, ...provenance}) satisfies TokenAnswer;

export const tokenAnswers = catalogue({
	grantTypeMissing: tokenError(
		'invalid_request',
		'Invalid grant_type parameter or parameter missing',
		{
			when: 'no grant_type field: none sent, a body that is not form-encoded (JSON), or a GET',
			evidence: capture(
				"maengkom/boxapi#25 (a GET after Box's redirect); box/box-windows-sdk-v2#550 (a malformed body)",
			),
		},
	),
	grantTypeUnknown: tokenError(
		'invalid_request',
		'Invalid grant_type parameter or parameter missing',
		{
			when: 'a grant_type Box does not have, such as `password`',
			evidence: guess(
				'the answer to a missing grant_type',
				"a capture of Box's answer to an unknown grant_type (RFC 6749 would say `unsupported_grant_type`)",
			),
		},
	),
	invalidClient: tokenError('invalid_client', clientCredentialsInvalid, {
		when: 'an unknown client_id or a wrong client_secret with the authorization code, refresh token or JWT grant',
		evidence: capture(
			"scribejava/scribejava#842, cburnette/boxr#22, Box's JWT sample READMEs (wrong secret)",
		),
	}),
	grantTypeNotForApp: tokenError('unauthorized_client', grantTypeUnauthorized, {
		when: 'authorization_code or refresh_token with a JWT, CCG or Limited Access app, or a JWT assertion with an app that is not a JWT app',
		evidence: supportArticle(
			'support.box.com 360044193033; support posts 27182297132819, 360051777473',
		),
	}),

	ccgUnknownClient: tokenError('invalid_client', clientCredentialsInvalid, {
		when: 'client_credentials with a client_id Box does not know, or none in the body (sent by HTTP Basic)',
		evidence: guess(
			'what the other grants answer',
			'a capture of client_credentials with an unknown client_id (Box\'s CCG guide lists a wrong client ID under "Grant credentials are invalid")',
		),
	}),
	ccgOnOAuthApp: tokenError('invalid_client', clientCredentialsInvalid, {
		when: "client_credentials with an OAuth 2.0 app's credentials, whatever the subject",
		evidence: staffAnswer(ccgMisuse),
	}),
	ccgOnServerApp: tokenError('unauthorized_client', grantTypeUnauthorized, {
		when: "client_credentials with a JWT or Limited Access app's credentials",
		evidence: guess(
			"support.box.com 360044193033 (a grant that does not match the app's auth method)",
			"a capture of client_credentials with a JWT app's credentials: an OAuth 2.0 app got `invalid_client` instead, so a JWT app may too",
		),
	}),
	ccgWrongSecret: tokenError('invalid_grant', grantCredentialsInvalid, {
		when: "client_credentials with a CCG app's client_id and a wrong client_secret",
		evidence: docs(`${ccgGuide}; box/box-python-sdk-gen#220 shows the answer`),
	}),
	ccgPendingAppWrongSecret: tokenError('invalid_grant', grantCredentialsInvalid, {
		when: 'a wrong client_secret for a CCG app the admin has not authorized yet: the secret is checked first',
		evidence: guess(
			'each condition alone gives this answer (with a user subject, both do)',
			'a capture from an app that is both unauthorized and sent a wrong secret, with an enterprise subject (alone, that subject gets `insufficient_scope`)',
		),
	}),
	ccgWithoutSubjectType: tokenError('invalid_client', clientCredentialsInvalid, {
		when: 'client_credentials from a CCG app, right secret, without box_subject_type',
		evidence: staffAnswer(ccgMisuse),
	}),
	ccgUnknownSubjectType: tokenError(
		'unauthorized_client',
		'The "box_subject_type" value is unauthorized for this client_id',
		{
			when: 'a box_subject_type other than `enterprise` or `user`',
			evidence: guess(
				`the text from ${appsScriptLog}, where Box gave it for other mistakes`,
				'a capture with an unknown box_subject_type such as `group`',
			),
		},
	),
	ccgWrongEnterprise: tokenError('invalid_grant', grantCredentialsInvalid, {
		when: 'an enterprise subject whose ID is not the app\'s enterprise (or "0")',
		evidence: docs(ccgGuide),
	}),
	ccgPendingAppWrongEnterprise: tokenError('invalid_grant', grantCredentialsInvalid, {
		when: 'a CCG app the admin has not authorized yet, with an enterprise ID that is not its own: the subject is checked first',
		evidence: guess(
			'a wrong enterprise ID alone gives this answer',
			'a capture from an unauthorized app with a wrong enterprise ID (with the right one it gets `insufficient_scope`)',
		),
	}),
	ccgPendingAppEnterprise: tokenError('insufficient_scope', insufficientScope, {
		when: 'a CCG app the admin has not authorized yet, enterprise subject, with or without `scope=`',
		evidence: capture(appsScriptLog),
	}),
	ccgPendingAppUser: tokenError('invalid_grant', grantCredentialsInvalid, {
		when: 'a CCG app the admin has not authorized yet, user subject (the same answer as a wrong secret)',
		evidence: staffAnswer(
			`support.box.com community post 8109267464595; ${ccgGuide} lists "not authorized in the Admin Console"`,
		),
	}),
	ccgUnknownUser: tokenError('invalid_grant', grantCredentialsInvalid, {
		when: "a user subject that is not a user of the app's enterprise",
		evidence: docs(ccgGuide),
	}),
	ccgUserNotAllowed: tokenError('invalid_grant', grantCredentialsInvalid, {
		when: 'a user subject the app may not act as: App Access Only, or "Generate user access tokens" off',
		evidence: docs(ccgGuide),
	}),
	ccgScopeParameter: tokenError('insufficient_scope', insufficientScope, {
		when: 'an authorized CCG app whose request carries `scope=`',
		evidence: guess(
			`the only capture of this answer (${appsScriptLog}) came from an app not authorized yet, where scope= changed nothing`,
			"a capture of an authorized CCG app's request with `scope=`",
		),
	}),

	jwtAppNotAuthorized: tokenError(
		'unauthorized_client',
		'This app is not authorized by the enterprise admin',
		{
			when: 'a JWT app the admin has not authorized (or has deauthorized)',
			evidence: capture('box/boxcli#154, box/box-java-sdk#799; support.box.com 360049154134'),
		},
	),
	assertionMalformed: tokenError(
		'invalid_grant',
		'Please check the assertion. It is not a valid JWT.',
		{
			when: 'an assertion that is not a JWS at all',
			evidence: guess(
				"the pattern of Box's claim errors",
				"a capture of Box's answer to an assertion that is not a JWT",
			),
		},
	),
	algorithmNotAllowed: tokenError('invalid_grant', 'Algorithm not allowed', {
		when: 'an assertion signed with anything but RS256, RS384 or RS512',
		evidence: capture('box/box-windows-sdk-v2#880'),
	}),
	kidInvalid: tokenError('invalid_grant', '"kid" invalid, unable to lookup correct key', {
		when: "a `kid` that is not one of the app's public keys",
		evidence: capture('rapltech/box-sdk#37'),
	}),
	signatureInvalid: tokenError(
		'invalid_grant',
		'Signature verification error. The public key identified by "kid" must correspond to the private key used for signing.',
		{
			when: "a signature none of the app's keys verifies",
			evidence: docs(
				'developer.box.com common errors (Box has also answered "Signature verification failed": support.box.com profile 23912548887)',
			),
		},
	),
	issClaim: tokenError('invalid_grant', "Please check the 'iss' claim.", {
		when: "`iss` is not the app's client ID",
		evidence: docs("developer.box.com common errors; Box's JWT sample READMEs"),
	}),
	audClaim: tokenError('invalid_grant', "Please check the 'aud' claim.", {
		when: '`aud` is not https://api.box.com/oauth2/token',
		evidence: guess(
			"the pattern of Box's claim errors",
			'a capture of an assertion with a wrong `aud`',
		),
	}),
	expNotInteger: tokenError('invalid_grant', "Please check the 'exp' claim. Should be an integer", {
		when: '`exp` missing or not a whole number',
		evidence: capture('box/box-node-sdk#713'),
	}),
	expPassed: tokenError(
		'invalid_grant',
		"Current date/time MUST be before the expiration date/time listed in the 'exp' claim",
		{
			when: "`exp` already past by the sandbox's clock (the client's clock is behind)",
			evidence: capture('box/box-windows-sdk-v2#265, box/box-node-sdk#109, box/box-java-sdk#1019'),
		},
	),
	expTooFar: tokenError(
		'invalid_grant',
		"Please check the 'exp' claim. The 'exp' value exceeds the maximum value of 60 seconds beyond the issue time.",
		{
			when: "`exp` more than 60 seconds ahead of the sandbox's clock",
			evidence: capture('cburnette/boxr#69'),
		},
	),
	notBeforeFuture: tokenError(
		'invalid_grant',
		"Current date/time MUST be after or equal to the not-before date/time  listed in the 'nbf' or 'iat' claim",
		{
			when: "`iat` or `nbf` later than the sandbox's clock, with no leeway at all",
			evidence: guess(
				'box/box-node-sdk#96: this text, and no leeway, in 2016',
				"a current capture with `iat` a few seconds ahead of Box's clock",
			),
		},
	),
	jtiClaim: tokenError(
		'invalid_grant',
		"Please check the 'jti' claim. A unique 'jti' value is required.",
		{
			when: 'a `jti` used before, missing, or not 16 to 128 characters',
			evidence: capture('maengkom/boxapi#18'),
		},
	),
	subClaimShort: tokenError('invalid_grant', "Please check the 'sub' claim.", {
		when: 'a `sub` that is not a string (a number)',
		evidence: capture('cburnette/boxr#35'),
	}),
	subClaimInvalid: tokenError(
		'invalid_grant',
		"Please check the 'sub' claim. The 'sub' specified is invalid.",
		{
			when: 'a `sub` that is not the app\'s enterprise (or "0") or not a user of it',
			evidence: capture('box/box-python-sdk#868, #822'),
		},
	),
	boxSubTypeClaim: tokenError('invalid_grant', "Please check the 'box_sub_type' claim.", {
		when: '`box_sub_type` missing or not `enterprise` or `user`',
		evidence: guess(
			"the pattern of Box's claim errors",
			'a capture of an assertion without `box_sub_type`',
		),
	}),
	jwtUserNotAllowed: tokenError(
		'invalid_request',
		'Cannot obtain user token based on the enterprise configuration for your app',
		{
			when: 'a user `sub` the JWT app may not act as',
			evidence: capture('box/box-java-sdk#439'),
		},
	),

	authCodeUnknown: tokenError(
		'invalid_grant',
		"Auth code doesn't exist or is invalid for the client",
		{
			when: 'a code that does not exist, was used already, or belongs to another app',
			evidence: capture('drotiro/boxfs2#12 (the text; the error code is not shown there)'),
		},
	),
	authCodeExpired: tokenError('invalid_grant', 'The authorization code has expired', {
		when: 'a code older than 30 seconds',
		evidence: capture('box/box-java-sdk#246, #172'),
	}),
	redirectUriAtExchange: tokenError('invalid_grant', 'The redirect_uri does not match', {
		when: "a redirect_uri at the exchange that differs from the authorize request's",
		evidence: guess('RFC 6749 section 4.1.3', 'a capture of such an exchange'),
	}),
	codeVerifierInvalid: tokenError('invalid_grant', 'The code_verifier is invalid', {
		when: 'a PKCE code_verifier that does not match the code_challenge, or none',
		evidence: guess(
			'RFC 7636 leaves the text to the server',
			'a capture of a PKCE exchange with a wrong verifier',
		),
	}),

	refreshTokenMissing: tokenError('invalid_request', 'No "refresh_token" parameter found', {
		when: 'the refresh grant without a refresh_token field (or with an empty one)',
		evidence: capture('box/box-python-sdk#182, #618'),
	}),
	refreshTokenUnknown: tokenError('invalid_grant', 'Invalid refresh token', {
		when: 'a refresh token Box never issued, or issued to another app',
		evidence: capture('box/box-python-sdk#730, #587'),
	}),
	refreshTokenReused: tokenError('invalid_grant', refreshTokenHasExpired, {
		when: 'a refresh token used once already (each refresh rotates it)',
		evidence: staffAnswer('box/box-java-sdk#165; support.box.com 360049133654'),
	}),
	refreshTokenExpired: tokenError('invalid_grant', refreshTokenHasExpired, {
		when: 'a refresh token older than 60 days',
		evidence: capture('box/box-java-sdk#165, iterate-ch/cyberduck#13003, cburnette/boxr#73'),
	}),
	refreshTokenRevoked: tokenError('invalid_grant', refreshTokenHasExpired, {
		when: 'a refresh token revoked with `POST /oauth2/revoke`',
		evidence: guess(
			'the answer to a used refresh token',
			'a capture of a refresh with a revoked refresh token (it could be "Invalid refresh token")',
		),
	}),

	subjectTokenInvalid: tokenError('invalid_grant', 'The subject_token is invalid', {
		when: 'a token exchange without a live subject_token or with another subject_token_type',
		evidence: guess('RFC 8693', 'a capture of a downscope with an expired or unknown token'),
	}),
	downscopeScopeUnknown: tokenError('insufficient_scope', insufficientScope, {
		when: "a token exchange asking for no scope, or for a word that is not one of Box's downscope scopes (developer.box.com guides/api-calls/permissions-and-errors/scopes)",
		evidence: guess(
			"Box's one captured scope refusal at /oauth2/token is this answer (a CCG request with `scope=item_upload`); RFC 6749 would say `invalid_scope`",
			'a capture of a downscope asking for a misspelt scope such as `item_previw`',
		),
	}),
	downscopeScopeNotHeld: tokenError('insufficient_scope', insufficientScope, {
		when: 'a token exchange asking for a scope the subject token does not hold: a standard scope (`root_readwrite`, `manage_groups`, …) its app lacks, or, for an already downscoped token, any scope it was not given',
		evidence: guess(
			'Box\'s spec says such a call "will error with 401 Unauthorized" without showing the body; the code and words are those of Box\'s one captured scope refusal',
			'a capture of a downscope asking for a scope the subject token lacks (its status: 400 or 401)',
		),
	}),
	invalidResource: tokenError('invalid_resource', 'The target resource is invalid.', {
		when: 'a token exchange for a resource that does not exist or the subject cannot see',
		evidence: capture('box/box-node-sdk#168, box/box-python-sdk#532'),
	}),
	resourceOutsideSubject: tokenError('invalid_resource', 'The target resource is invalid.', {
		when: 'a token exchange of an already downscoped token for a resource outside the item it is held to',
		evidence: guess(
			'the answer to a resource the subject cannot see',
			'a capture of a downscope of a downscoped token for another file',
		),
	}),
	sharedLinkResource: tokenError('invalid_resource', 'The target resource is invalid.', {
		when: 'a token exchange for a box_shared_link (the sandbox has no shared links)',
		evidence: guess(
			'the answer to a resource the subject cannot see',
			'a capture of a downscope for a shared link that does not exist',
		),
	}),

	oauthTokens: issued(
		'`{"access_token", "expires_in", "restricted_to": [], "refresh_token", "token_type": "bearer"}`',
		{
			when: 'an authorization code or a refresh token is exchanged',
			evidence: capture('public captures of 193-byte answers (box-auth-reference.md §3)'),
		},
	),
	serverToken: issued(
		'`{"access_token", "expires_in", "restricted_to": [], "token_type": "bearer"}`, no refresh token',
		{
			when: 'a CCG or JWT app gets a token (even while the admin has it disabled)',
			evidence: capture(
				"box-java-sdk's BoxDeveloperEditionAPIConnectionTest; a public capture (expires_in 3646)",
			),
		},
	),
	downscopedToken: issued(
		'`{"access_token", "expires_in", "issued_token_type", "restricted_to": [...], "token_type": "bearer"}`',
		{
			when: 'a token exchange succeeds: each scope in `restricted_to`, with the resource as its `object` when one was given (an already downscoped token passes its own on)',
			evidence: docs('developer.box.com guides/authentication/tokens/downscope'),
		},
	),
	downscopedTokenCapped: issued(
		"the downscoped token, its `expires_in` cut to what is left of the subject token's life",
		{
			when: 'a token exchange whose subject token ends sooner than a new token would',
			evidence: guess(
				"Box does not document a downscoped token's lifetime (its sample shows 4175 s, as long as a new token); RFC 8693 lets a server end it with its subject",
				'a capture of a downscope of a token in its last minutes',
			),
		},
	),
});
