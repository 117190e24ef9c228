import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Failure} from '../../source/box/failure.js';
import {diagnose, isRecognised} from '../../source/diagnosis/diagnose.js';
import {diagnosisTable, unrecognisedRow} from '../../source/diagnosis/diagnosis-table.js';
import {apiAnswer, everyClient, saidOnly, tokenAnswer, type Wrapped} from './wrappings.js';

const tokenUrl = 'https://api.box.com/oauth2/token';
const jwtBearer = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const invalidToken =
	'Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."';
const grantTypeMissing = 'Invalid grant_type parameter or parameter missing';
const cannotAuthorize = 'Unauthorized - Cannot authorize with this service';
const insufficientScope = 'Insufficient permissions for the requested scope.';
const tokenExchange = 'urn:ietf:params:oauth:grant-type:token-exchange';
const one = (label: string, failure: Failure): Wrapped => [label, failure];

/** For every row, realistic inputs in the ways they arrive; each must give that row. */
const cases: Record<string, Wrapped[]> = {
	'transport-dns': [
		one('transport', {transport: 'dns', url: tokenUrl, text: 'getaddrinfo ENOTFOUND api.box.com'}),
		...saidOnly('Error: getaddrinfo ENOTFOUND api.box.com', 'getaddrinfo EAI_AGAIN api.box.com'),
	],
	'transport-refused': [
		one('transport', {transport: 'refused'}),
		...saidOnly('connect ECONNREFUSED 127.0.0.1:8080'),
	],
	'transport-reset': [
		one('transport', {transport: 'reset'}),
		...saidOnly('read ECONNRESET', 'Error: socket hang up'),
	],
	'transport-dropped': [
		one('transport', {transport: 'dropped'}),
		...saidOnly('SocketError: other side closed', 'UND_ERR_SOCKET'),
	],
	'transport-tls': [
		one('transport', {transport: 'tls'}),
		...saidOnly(
			'unable to verify the first certificate',
			'self-signed certificate in certificate chain',
			'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
		),
	],
	'transport-proxy-auth': [
		one('transport', {transport: 'proxy-auth'}),
		one('status only', {status: 407}),
		...saidOnly('HTTP/1.1 407 Proxy Authentication Required'),
	],
	'transport-proxy-config': [
		one('transport', {
			transport: 'proxy-config',
			text: 'proxy-config: HTTPS_PROXY is set to "proxy.example.com:8080", which is not a URL',
		}),
	],
	'transport-connect-timeout': [
		one('transport', {transport: 'connect-timeout'}),
		...saidOnly(
			'ConnectTimeoutError: Connect Timeout Error (attempted address: api.box.com:443, timeout: 10000ms)',
			'connect ETIMEDOUT 10.1.2.3:443',
		),
	],
	'transport-timeout': [
		one('transport', {transport: 'timeout'}),
		...saidOnly(
			'HeadersTimeoutError: Headers Timeout Error',
			'TimeoutError: The operation was aborted due to timeout',
		),
	],
	'token-url-wrong-host': [
		one('302 from www', {status: 302, method: 'POST', url: 'https://www.box.com/api/oauth2/token'}),
		one('400 after following the redirect', {
			status: 400,
			error: 'invalid_request',
			description: grantTypeMissing,
			url: 'https://app.box.com/oauth2/token',
		}),
		one('account host', {status: 404, url: 'https://account.box.com/api/oauth2/token'}),
		one('company host', {status: 302, url: 'https://acme.app.box.com/oauth2/token'}),
		...saidOnly(
			`curl -L -X POST "https://www.box.com/api/oauth2/token" -d grant_type=client_credentials\n< HTTP/1.1 302 Found\n< HTTP/1.1 400 Bad Request\n{"error":"invalid_request","error_description":"${grantTypeMissing}"}`,
			'HTTP/1.1 302 Found',
		),
	],
	'token-url-wrong-path': [
		one('developer token in the path', {
			status: 404,
			method: 'POST',
			url: 'https://api.box.com/oauth2/T9cE5asGnuyYCCqIZFoWjFHvNbvVqHjl',
		}),
		one('as boxauth masks it', {status: 404, url: 'https://api.box.com/oauth2/T9cE…'}),
		one('under /2.0', {status: 404, url: 'https://api.box.com/2.0/oauth2/token'}),
		one('no status', {url: 'https://api.box.com/oauth2/tokens'}),
		...saidOnly(
			'> POST /oauth2/T9cE5asGnuyYCCqIZFoWjFHvNbvVqHjl HTTP/1.1\n> Host: api.box.com\n< HTTP/1.1 404 Not Found',
		),
	],
	'token-request-json-body': [
		one('full exchange', {
			status: 400,
			error: 'invalid_request',
			description: grantTypeMissing,
			url: tokenUrl,
			requestContentType: 'application/json',
		}),
		...saidOnly(
			`curl -X POST ${tokenUrl} -H 'Content-Type: application/json' -d '{"grant_type":"client_credentials"}'\n{"error":"invalid_request","error_description":"${grantTypeMissing}."}`,
			`curl ${tokenUrl} --json '{"grant_type":"client_credentials"}'\n${grantTypeMissing}`,
			`> POST /oauth2/token HTTP/2\n> Host: api.box.com\n> Content-Type: application/json\n< HTTP/2 400\n< content-type: application/json\n${grantTypeMissing}`,
		),
	],
	'grant-type-missing': tokenAnswer('invalid_request', grantTypeMissing),
	'unsupported-grant-type': [
		one('full exchange', {status: 400, error: 'unsupported_grant_type', url: tokenUrl}),
		...saidOnly('{"error":"unsupported_grant_type"}', '400; "unsupported_grant_type" - "password"'),
	],
	'answer-not-json': saidOnly(
		`Unexpected token '<', "<!DOCTYPE "... is not valid JSON`,
		'invalid json response body at https://app.box.com/2.0/users/me reason: Unexpected token < in JSON at position 0',
		'Unexpected end of JSON input',
		'Unexpected answer: The token endpoint answered 200 without access_token and expires_in',
	),
	'client-secret-is-a-token': [
		one('invalid_client', {
			status: 400,
			error: 'invalid_client',
			description: 'The client credentials are invalid',
			url: tokenUrl,
			context: {authType: 'ccg', secretLooksLikeToken: true},
		}),
		one('grant credentials', {
			status: 400,
			error: 'invalid_grant',
			description: 'Grant credentials are invalid',
			context: {authType: 'ccg', subjectType: 'enterprise', secretLooksLikeToken: true},
		}),
		one('context only', {context: {secretLooksLikeToken: true}}),
	],
	'enterprise-id-zero': [
		one('CCG', {
			status: 400,
			error: 'invalid_grant',
			description: 'Grant credentials are invalid',
			context: {authType: 'ccg', subjectType: 'enterprise', subjectId: '0'},
		}),
		one('JWT', {
			status: 400,
			error: 'invalid_grant',
			description: "Please check the 'sub' claim. The 'sub' specified is invalid.",
			context: {authType: 'jwt', grantType: jwtBearer, subjectType: 'enterprise', subjectId: '0'},
		}),
	],
	'app-not-authorized': [
		...tokenAnswer('unauthorized_client', 'This app is not authorized by the enterprise admin', {
			context: {authType: 'jwt'},
		}),
		...saidOnly('This app is not authorized by the enterprise'),
	],
	'subject-type-unauthorized': tokenAnswer(
		'unauthorized_client',
		'The "box_subject_type" value is unauthorized for this client_id',
	),
	'grant-type-unauthorized': [
		...tokenAnswer('invalid_request', 'The grant type is unauthorized for this client_id'),
		...tokenAnswer('unauthorized_client', 'The grant type is unauthorized for this client_id.'),
	],
	'user-token-not-allowed': [
		...tokenAnswer(
			'invalid_request',
			'Cannot obtain user token based on the enterprise configuration for your app',
		),
		...tokenAnswer(
			'invalid_request',
			'Cannot obtain token based on the enterprise configuration for your app',
			{context: {authType: 'jwt', subjectType: 'user', subjectId: '2635723082'}},
		),
		...everyClient({
			status: 400,
			code: 'invalid_request',
			message: 'Cannot obtain token based on the enterprise configuration for your app',
		}),
	],
	'invalid-client': [
		...tokenAnswer('invalid_client', 'The client credentials are invalid'),
		...tokenAnswer('invalid_client', 'The client credentials are invalid', {
			context: {authType: 'ccg', grantType: 'client_credentials'},
		}),
		...everyClient({
			status: 400,
			code: 'invalid_client',
			message: 'The client credentials are invalid',
		}),
		one('the old 401, code only', {status: 401, error: 'invalid_client'}),
		...saidOnly(
			'The client credentials are not valid',
			// An OAuth 2.0 app's ID with client_credentials (support.box.com 4404438713107).
			`curl -X POST ${tokenUrl} -d grant_type=client_credentials -d client_id=k8y1pq0a3rvt6xhu2m5wz9nc4ebl7dfs -d client_secret=Zs9QwErTyUiOpAsDfGhJkLzXcVbNm123\n{"error":"invalid_client","error_description":"The client credentials are invalid"}`,
		),
	],
	'ccg-grant-credentials-invalid': [
		...tokenAnswer('invalid_grant', 'Grant credentials are invalid', {
			context: {
				authType: 'ccg',
				grantType: 'client_credentials',
				subjectType: 'enterprise',
				subjectId: '575619',
			},
		}),
		...saidOnly(
			'Grant credentials are invalid [400 Bad Request] invalid_grant - Grant credentials are invalid',
			"{'error': 'invalid_grant', 'error_description': 'Grant credentials are invalid'}",
		),
	],
	'ccg-insufficient-scope-not-authorized': [
		...tokenAnswer('insufficient_scope', insufficientScope, {
			context: {authType: 'ccg', grantType: 'client_credentials', subjectType: 'enterprise'},
		}),
		...everyClient({status: 400, code: 'insufficient_scope', message: insufficientScope}),
		one('code and status', {status: 400, error: 'insufficient_scope'}),
		one('code and URL, CCG', {
			error: 'insufficient_scope',
			url: tokenUrl,
			context: {authType: 'ccg'},
		}),
		...saidOnly(
			// The public Apps Script test log (box-auth-reference.md section 10), as its author wrote it down.
			'- box_subject_type: "enterprise" の場合  ->  {"error":"insufficient_scope","error_description":"Insufficient permissions for the requested scope."}',
			`curl ${tokenUrl} -d grant_type=client_credentials -d box_subject_type=enterprise -d box_subject_id=1234567 -d scope=item_upload\n{"error":"insufficient_scope","error_description":"${insufficientScope}"}`,
		),
	],
	'token-insufficient-scope': [
		one('code and status, JWT', {
			status: 400,
			error: 'insufficient_scope',
			context: {authType: 'jwt'},
		}),
		one('a scope parameter on a JWT request', {
			status: 400,
			error: 'insufficient_scope',
			description: insufficientScope,
			url: tokenUrl,
			context: {grantType: jwtBearer},
		}),
	],
	'downscope-scope-refused': [
		...tokenAnswer('insufficient_scope', insufficientScope, {
			context: {grantType: tokenExchange},
		}).slice(0, 1),
		one('boxauth token --scope from a CCG profile', {
			status: 400,
			error: 'insufficient_scope',
			description: insufficientScope,
			url: tokenUrl,
			context: {authType: 'ccg', grantType: tokenExchange},
		}),
		one('RFC 6749 words', {
			status: 400,
			error: 'invalid_scope',
			description: 'The requested scope is invalid',
			url: tokenUrl,
			context: {authType: 'jwt', grantType: tokenExchange},
		}),
		one("401, as Box's spec says", {
			status: 401,
			url: tokenUrl,
			context: {grantType: tokenExchange},
		}),
		one('invalid_scope at the token URL', {status: 400, error: 'invalid_scope', url: tokenUrl}),
		...saidOnly(
			`curl ${tokenUrl} -d grant_type=${tokenExchange} -d scope=item_upload\n{"error":"insufficient_scope","error_description":"${insufficientScope}"}`,
		),
	],
	'downscope-subject-token-invalid': [
		...tokenAnswer('invalid_grant', 'The subject_token is invalid', {
			context: {authType: 'jwt', grantType: tokenExchange},
		}),
		one('other words, from an OAuth profile', {
			status: 400,
			error: 'invalid_grant',
			description: 'The access token provided is invalid.',
			url: tokenUrl,
			context: {authType: 'oauth', grantType: tokenExchange},
		}),
		...saidOnly(
			`curl ${tokenUrl} -d grant_type=${tokenExchange} -d subject_token=abc -d scope=item_preview\n{"error":"invalid_grant","error_description":"Expired subject token"}`,
		),
	],
	'invalid-resource': [
		...tokenAnswer('invalid_resource', 'The target resource is invalid.'),
		one('code only', {error: 'invalid_resource'}),
	],
	'revoke-token-unknown': tokenAnswer('invalid_token', 'The supplied token is invalid', {
		url: 'https://api.box.com/oauth2/revoke',
	}),
	'auth-code-expired': tokenAnswer('invalid_grant', 'The authorization code has expired', {
		context: {authType: 'oauth', grantType: 'authorization_code', credentialAgeSeconds: 41},
	}),
	'auth-code-invalid': [
		...tokenAnswer('invalid_grant', "Auth code doesn't exist or is invalid for the client"),
		...saidOnly('Auth code doesn’t exist or is invalid for the client'),
	],
	'legacy-node-sdk-expired-auth': [
		...saidOnly(
			'Expired Auth: Auth code or refresh token has expired.',
			// box/box-node-sdk#109
			'An error occurred - Expired Auth: Auth code or refresh token has expired.',
			'Error: Expired Auth: Auth code or refresh token has expired [400 Bad Request]',
		),
		one('the message and a status', {
			status: 400,
			description: 'Expired Auth: Auth code or refresh token has expired.',
		}),
	],
	'refresh-token-parameter-missing': [
		...tokenAnswer('invalid_request', 'No "refresh_token" parameter found', {
			context: {authType: 'oauth', grantType: 'refresh_token'},
		}),
		...everyClient({
			status: 400,
			code: 'invalid_request',
			message: 'No "refresh_token" parameter found',
		}),
		// boxsdk 1.x printed the body as Python bytes (box/box-python-sdk#182).
		...saidOnly(
			String.raw`Message: b'{"error":"invalid_request","error_description":"No \\"refresh_token\\" parameter found"}'
Status: 400`,
		),
	],
	'refresh-token-spent': [
		...tokenAnswer('invalid_grant', 'Refresh token has expired', {
			context: {authType: 'oauth', grantType: 'refresh_token'},
		}),
		...tokenAnswer('invalid_grant', 'Invalid refresh token'),
	],
	'authorize-url-server-app': [
		one('JWT app', {error: 'redirect_uri_mismatch', context: {authType: 'jwt'}}),
		one('CCG app, the words only', {
			text: 'The redirect_uri_mismatch error page',
			context: {authType: 'ccg'},
		}),
	],
	'redirect-uri-mismatch': [
		one('code', {error: 'redirect_uri_mismatch'}),
		one('OAuth 2.0 app', {error: 'redirect_uri_mismatch', context: {authType: 'oauth'}}),
		...saidOnly('Error: redirect_uri_mismatch'),
	],
	'redirect-uri-missing': [
		one('code', {error: 'redirect_uri_missing'}),
		...saidOnly('redirect_uri_missing'),
	],
	'login-denied': [
		one('code', {error: 'access_denied'}),
		...saidOnly(
			'http://localhost:3000/callback?error=access_denied&error_description=The+user+denied+access&state=x',
		),
	],
	'login-server-error': [
		one('code', {error: 'server_error'}),
		...saidOnly('http://localhost:3000/callback?error=server_error&error_description=107'),
	],
	'admin-client-id-unknown': saidOnly('Unable to retrieve service of enterprise app authorization'),
	'admin-cannot-authorize': saidOnly('Something went wrong with adding the app authorization'),
	'app-disabled-by-admin': saidOnly('Disabled by Administrator'),
	'jwt-exp-passed': [
		...tokenAnswer(
			'invalid_grant',
			"Current date/time MUST be before the expiration date/time listed in the 'exp' claim",
			{context: {authType: 'jwt', grantType: jwtBearer, clockOffsetSeconds: -42}},
		),
		...saidOnly(
			"Current date time must be before the expiration date time listed in the 'exp' claim.",
			'Current date time must be before the expiration date time listed in the `exp` claim.',
		),
	],
	'jwt-exp-too-far': tokenAnswer(
		'invalid_grant',
		"Please check the 'exp' claim. The 'exp' value exceeds the maximum value of 60 seconds beyond the issue time.",
	),
	'jwt-exp-not-integer': tokenAnswer(
		'invalid_grant',
		"Please check the 'exp' claim. Should be an integer",
	),
	'jwt-not-before': [
		...tokenAnswer(
			'invalid_grant',
			"Current date/time MUST be after or equal to the not-before date/time  listed in the 'nbf' or 'iat' claim",
		),
		...saidOnly(
			"Current date/time MUST be after or equal to the not-before date/time listed in the 'nbf' or 'iat' claim",
		),
	],
	'jwt-exp-claim': tokenAnswer('invalid_grant', "Please check the 'exp' claim."),
	'jwt-jti-reused': [
		...tokenAnswer(
			'invalid_grant',
			"Please check the 'jti' claim. A unique 'jti' value is required.",
		),
		...saidOnly('Please check the `jti` claim. A unique `jti` value is required.'),
	],
	'jwt-enterprise-not-found': [
		one('free account, enterprise subject', {
			status: 400,
			error: 'invalid_grant',
			description: "Please check the 'sub' claim. The 'sub' specified is invalid.",
			url: tokenUrl,
			context: {authType: 'jwt', subjectType: 'enterprise', subjectId: '1234567'},
		}),
		one('short form', {
			description: "Please check the 'sub' claim.",
			context: {authType: 'jwt', subjectType: 'enterprise', subjectId: '1234567'},
		}),
	],
	'jwt-sub-invalid': [
		...tokenAnswer(
			'invalid_grant',
			"Please check the 'sub' claim. The 'sub' specified is invalid.",
			{
				context: {authType: 'jwt', subjectType: 'user', subjectId: '2635723082'},
			},
		),
		...saidOnly("Please check the 'sub' claim.", 'Please check the `sub` claim.'),
	],
	'jwt-iss-invalid': tokenAnswer('invalid_grant', "Please check the 'iss' claim."),
	'jwt-kid-invalid': [
		...tokenAnswer('invalid_grant', '"kid" invalid, unable to lookup correct key'),
		...saidOnly('`kid` invalid, unable to lookup correct key.'),
	],
	'jwt-signature-invalid': [
		...tokenAnswer(
			'invalid_grant',
			'Signature verification error. The public key identified by "kid" must correspond to the private key used for signing.',
		),
		...tokenAnswer('invalid_grant', 'Signature verification failed'),
		...everyClient({status: 400, code: 'invalid_grant', message: 'Signature verification failed'}),
	],
	'jwt-algorithm-not-allowed': tokenAnswer('invalid_grant', 'Algorithm not allowed'),
	'jwt-claim-invalid': [
		...tokenAnswer('invalid_grant', "Please check the 'aud' claim."),
		...saidOnly("Please check the 'box_sub_type' claim."),
	],
	'jwt-config-field-missing': saidOnly(
		'Expecting "passphrase" of type "JwtConfigAppSettingsAppAuth" to be defined',
		'Expecting string for "enterpriseID" of type "JwtConfigFile"',
	),
	'jwt-clock-skew': [
		one('unknown answer, clock ahead', {
			status: 400,
			error: 'invalid_grant',
			description: 'The assertion was rejected',
			context: {authType: 'jwt', clockOffsetSeconds: 95},
		}),
		one('before any answer, clock behind', {
			context: {grantType: jwtBearer, clockOffsetSeconds: -40},
		}),
	],
	'app-not-enabled': [
		...apiAnswer(401, 'unauthorized', cannotAuthorize),
		...everyClient({
			status: 401,
			code: 'unauthorized',
			message: cannotAuthorize,
			url: 'https://api.box.com/2.0/folders/0/items',
			requestId: 'dvk5ncgtzdhgmlin',
			wwwAuthenticate: 'Bearer realm="Service"',
		}),
		one('with a developer token', {
			status: 401,
			error: 'unauthorized',
			description: cannotAuthorize,
			context: {authType: 'developer-token', credentialAgeSeconds: 120},
		}),
		one('with an App Token', {
			status: 401,
			description: cannotAuthorize,
			context: {authType: 'app-token'},
		}),
		one('the challenge alone', {status: 401, wwwAuthenticate: 'Bearer realm="Service"'}),
		...saidOnly(
			// Microsoft Defender for Cloud Apps' connector error (MicrosoftDocs/CloudAppSecurityDocs).
			'BoxServerException: Unauthorized - Cannot authorize with this service',
			// A Limited Access App's App Token (support.box.com community post 1500000289501).
			'because i am getting "401 -Unauthorized - Cannot authorize with this service"',
			'< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Bearer realm="Service"\n< Content-Length: 0',
		),
	],
	'developer-token-expired': [
		one('401 with a developer token', {
			status: 401,
			wwwAuthenticate: invalidToken,
			method: 'GET',
			url: 'https://api.box.com/2.0/users/me',
			context: {authType: 'developer-token', credentialAgeSeconds: 3900},
		}),
		...saidOnly(
			'Developer token has expired. Please provide a new one.',
			'BoxSdkError: Developer token has expired. Please provide a new one',
		),
	],
	'app-token-rejected': [
		one('401 with an App Token', {
			status: 401,
			wwwAuthenticate: invalidToken,
			context: {authType: 'app-token'},
		}),
	],
	'access-token-missing': [
		one('full exchange', {
			status: 401,
			wwwAuthenticate:
				'Bearer realm="Service", error="invalid_request", error_description="The access token was not found."',
		}),
		...saidOnly(
			'< HTTP/2 401\n< www-authenticate: Bearer realm="Service", error="invalid_request", error_description="The access token was not found."',
		),
	],
	'sdk-no-tokens': saidOnly(
		'Access and refresh tokens not available. Authenticate before making any API call first.',
		'No access token is available. Make an API call to retrieve a token before calling this method.',
	),
	'sdk-jwt-in-browser': saidOnly('JWT auth is not supported in browser environment.'),
	'preflight-upload-url-missing': saidOnly('Unable to get preflight upload URL'),
	'access-token-invalid': [
		one('full exchange', {
			status: 401,
			wwwAuthenticate: invalidToken,
			url: 'https://api.box.com/2.0/users/me',
			context: {authType: 'ccg'},
		}),
		one('header only', {wwwAuthenticate: invalidToken}),
		...saidOnly(
			'401',
			`HTTP/1.1 401 Unauthorized\nWWW-Authenticate: ${invalidToken}`,
			'The access token provided is invalid',
		),
		...apiAnswer(401, 'unauthorized', 'Unauthorized'),
	],
	'terms-of-service-required': apiAnswer(
		403,
		'terms_of_service_required',
		'User must accept custom terms of service before action can be taken',
	),
	'cors-origin-not-allowed': apiAnswer(
		403,
		'cors_origin_not_whitelisted',
		'Access denied - Did you forget to safelist your origin in the CORS configuration of your app?',
	),
	'access-denied': [
		...apiAnswer(
			403,
			'access_denied_insufficient_permissions',
			'Access denied – insufficient permission',
		),
		...apiAnswer(403, 'access_denied_insufficient_permissions', 'Access denied - '),
		...saidOnly('Access denied - insufficient permission'),
	],
	'insufficient-scope': [
		...apiAnswer(
			403,
			'insufficient_scope',
			'The request requires higher privileges than provided by the access token.',
		),
		...saidOnly('The request requires higher privileges than provided by the access token'),
	],
	'not-found': [
		...apiAnswer(404, 'not_found', 'Not Found'),
		one('status only', {status: 404}),
		...saidOnly('HTTP/2 404'),
	],
	'method-not-allowed': [
		...apiAnswer(405, 'method_not_allowed', 'Method Not Allowed'),
		one('GET on the token endpoint', {status: 405, method: 'GET', url: tokenUrl}),
	],
	'item-name-in-use': [
		...apiAnswer(409, 'item_name_in_use', 'Item with the same name already exists'),
		...saidOnly('Item with the same name already exists'),
	],
	'precondition-failed': apiAnswer(
		412,
		'precondition_failed',
		'The resource has been modified. Retrieve the resource again and retry',
	),
	'rate-limited': [
		...apiAnswer(429, 'rate_limit_exceeded', 'Request rate limit exceeded, please try again later'),
		...saidOnly('Request rate limit exceeded, try again later.'),
		one('on the token endpoint', {status: 429, url: tokenUrl}),
	],
	'upload-digest-mismatch': apiAnswer(
		400,
		'bad_digest',
		'The specified content-md5 did not match what we received',
	),
	'upload-parts-out-of-order': apiAnswer(
		400,
		'metadata_after_file_contents',
		'Metadata is included after file contents in a file upload request.',
	),
	'item-name-invalid': [
		...apiAnswer(400, 'item_name_invalid', 'Item name invalid'),
		...apiAnswer(400, 'item_name_too_long', 'Item name too long'),
	],
	'storage-limit': [
		...apiAnswer(403, 'storage_limit_exceeded', 'Account storage limit reached'),
		...apiAnswer(
			403,
			'file_size_limit_exceeded',
			'File size exceeds the folder owner’s file size limit',
		),
	],
	'box-server-error': [
		...apiAnswer(500, 'internal_server_error', 'Internal Server Error'),
		...apiAnswer(502, 'bad_gateway', 'Bad Gateway'),
		...apiAnswer(503, 'unavailable', 'Unavailable'),
		...saidOnly('HTTP/1.1 503 Service Unavailable'),
	],
	unrecognised: [
		one('nothing at all', {}),
		one('an error no row knows', {status: 400, error: 'invalid_foo', description: 'Something new'}),
		...saidOnly('something odd happened'),
	],
};

describe('every row recognises its failure however it arrives', () => {
	for (const [id, inputs] of Object.entries(cases)) {
		it(id, () => {
			for (const [label, failure] of inputs) {
				assert.equal(diagnose(failure).id, id, `${label}: ${JSON.stringify(failure)}`);
			}
		});
	}
});

describe('the table', () => {
	it('has a test input for every row, and every row is reachable', () => {
		const rowIds = [...diagnosisTable, unrecognisedRow].map((row) => row.id).sort();
		assert.deepEqual(Object.keys(cases).sort(), rowIds);
	});

	it('has unique ids', () => {
		const ids = diagnosisTable.map((row) => row.id);
		assert.equal(new Set(ids).size, ids.length);
		assert.ok(!ids.includes(unrecognisedRow.id));
	});

	it("links every row to Box's developer guides", () => {
		for (const row of [...diagnosisTable, unrecognisedRow]) {
			assert.match(row.docs, /^https:\/\/developer\.box\.com\/guides\//, row.id);
		}
	});

	it('uses no stateful regular expressions, which would match only every other time', () => {
		for (const row of diagnosisTable) {
			for (const match of row.match) {
				for (const pattern of [match.description, match.url]) {
					assert.ok(!pattern?.global && !pattern?.sticky, row.id);
				}
			}
		}
	});

	it('gives every diagnosis a what, at least one why and one fix', () => {
		for (const [id, inputs] of Object.entries(cases)) {
			const [, failure] = inputs[0] ?? ['', {}];
			const diagnosis = diagnose(failure);
			assert.ok(diagnosis.what.length > 0, id);
			assert.ok(diagnosis.why.length > 0, id);
			assert.ok(diagnosis.fix.length > 0, id);
		}
	});
});

describe('isRecognised', () => {
	it('is false only for the fallback', () => {
		assert.equal(isRecognised(diagnose({text: 'something odd happened'})), false);
		assert.equal(isRecognised(diagnose({text: 'Grant credentials are invalid'})), true);
	});
});
