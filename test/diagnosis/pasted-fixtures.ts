// What people paste when Box says no, one fixture per way it comes wrapped. Each names its source:
// a GitHub thread where a user pasted that text, the SDK source that builds that message, or
// box-auth-reference.md. Tokens, secrets and keys in them are made up, but shaped like Box's
// (32-character tokens and secrets, JWT assertions, PEM keys), and listed in `secrets`.

import type {Failure} from '../../source/box/failure.js';

export type Fixture = {
	name: string;
	source: string;
	input: string;
	expected: Failure;
	/** The row `boxauth explain` must answer with, where the paste is Box's answer to a known case. */
	diagnosis?: string;
	/** Every secret in `input`: none may survive into the Failure or the printed explanation. */
	secrets?: string[];
};

const developerToken = 'Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56';
const accessToken = 'Xq7Lm2Pz9Rt4Vw8Yb3Nc6Hd1Jf5Kg0Sa';
const clientSecret = 'Zs9QwErTyUiOpAsDfGhJkLzXcVbNm123';
const passphrase = '7f3c9a1e5b2d8f40c6e1a9b3d5f7e2c4';
const privateKeyBody = 'MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI3Tz6pGq8mZ4CAggA';
const assertion =
	'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJrOHkxcHEwYTNydnQ2eGh1Mm01d3o5bmM0ZWJsN2RmcyJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
const authorizationCode = 'N4vQh7Zx2Lk9Pm3Rt8Wy5Bc1Df6Gj0Hs';
const refreshToken = 'R9sT2uV4wX6yZ8aB0cD2eF4gH6iJ8kL0mN2oP4qR6sT8uV0wX2yZ4aB6cD8eF0gH';

export const fixtures: Fixture[] = [
	// Bare JSON bodies.
	{
		name: 'JSON body with escaped slashes',
		source: 'box/box-windows-sdk-v2#265',
		input: String.raw`{"error":"invalid_grant","error_description":"Current date\/time MUST be before the expiration date\/time listed in the 'exp' claim"}`,
		expected: {
			error: 'invalid_grant',
			description:
				"Current date/time MUST be before the expiration date/time listed in the 'exp' claim",
		},
	},
	{
		name: 'pretty-printed JSON body under the request',
		source: 'iterate-ch/cyberduck#13003',
		input: `POST https://api.box.com/oauth2/token/
{
  "error": "invalid_grant",
  "error_description": "Refresh token has expired"
}`,
		expected: {
			method: 'POST',
			url: 'https://api.box.com/oauth2/token/',
			error: 'invalid_grant',
			description: 'Refresh token has expired',
		},
	},
	{
		name: '/2.0 ClientError body, PHP-style escaped slashes',
		source: 'box-auth-reference.md 4.3',
		input: String.raw`{"type":"error","status":404,"code":"not_found","context_info":{"errors":[{"reason":"invalid_parameter","name":"parent","message":"Invalid value 'd_123'. 'parent' with value 'd_123' not found"}]},"help_url":"http:\/\/developers.box.com\/docs\/#errors","message":"Not Found","request_id":"3llc7h400r53ja0"}`,
		expected: {
			status: 404,
			error: 'not_found',
			description: 'Not Found',
			requestId: '3llc7h400r53ja0',
		},
	},
	{
		name: 'JSON body in a log line',
		source: 'box/box-python-sdk#730 (the body), in an application log line',
		input:
			'2026-11-22T10:15:03.120Z ERROR [sync-worker] token refresh failed: {"error":"invalid_grant","error_description":"Invalid refresh token"}',
		expected: {error: 'invalid_grant', description: 'Invalid refresh token'},
	},
	{
		name: 'JSON body escaped inside a structured (pino) log line',
		source: 'box/box-java-sdk#799 (the body), logged as a JSON string',
		input: String.raw`{"level":50,"time":1795384503120,"msg":"Box token request failed","statusCode":400,"body":"{\"error\":\"unauthorized_client\",\"error_description\":\"This app is not authorized by the enterprise admin\"}"}`,
		expected: {
			status: 400,
			error: 'unauthorized_client',
			description: 'This app is not authorized by the enterprise admin',
		},
	},
	{
		name: 'Guzzle exception with the request and the body inline',
		source: 'rapltech/box-sdk#37',
		input:
			String.raw`GuzzleHttp\Exception\ClientException
Client error: ` +
			'`POST https://api.box.com/oauth2/token` resulted in a `400 Bad Request` response: ' +
			String.raw`{"error":"invalid_grant","error_description":"\"kid\" invalid, unable to lookup correct key"}`,
		expected: {
			status: 400,
			method: 'POST',
			url: 'https://api.box.com/oauth2/token',
			error: 'invalid_grant',
			description: '"kid" invalid, unable to lookup correct key',
		},
	},

	// Python: boxsdk (v3) and box_sdk_gen.
	{
		name: 'boxsdk BoxOAuthException after a traceback',
		source: 'box/box-python-sdk#868; layout from boxsdk/exception.py',
		input: `Traceback (most recent call last):
  File "/app/scripts/box_test.py", line 5, in <module>
    service_account = client.user().get()
  File "/usr/local/lib/python3.7/site-packages/boxsdk/auth/jwt_auth.py", line 273, in _refresh
    return self._auth_with_jwt(self._user_id, 'user')
boxsdk.exception.BoxOAuthException:
Message: Please check the 'sub' claim. The 'sub' specified is invalid.
Status: 400
URL: https://api.box.com/oauth2/token
Method: POST
Headers: {'Date': 'Mon, 26 Feb 2024 09:12:44 GMT', 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'Connection': 'keep-alive', 'Strict-Transport-Security': 'max-age=31536000', 'Cache-Control': 'no-store'}`,
		expected: {
			status: 400,
			description: "Please check the 'sub' claim. The 'sub' specified is invalid.",
			url: 'https://api.box.com/oauth2/token',
			method: 'POST',
		},
	},
	{
		name: "boxsdk's logging network: request line, headers dict, body dict, then the exception",
		source: 'box/box-python-sdk#587',
		input: `"POST https://api.box.com/oauth2/token" 400 69
{'Date': 'Wed, 18 May 2022 16:51:48 GMT', 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'Connection': 'keep-alive', 'Strict-Transport-Security': 'max-age=31536000', 'Set-Cookie': 'box_visitor_id=6285242462e3a1.97511108; expires=Thu, 18-May-2023 16:51:48 GMT; Max-Age=31536000; path=/; domain=.box.com; secure', 'Cache-Control': 'no-store'}
{'error': 'invalid_grant', 'error_description': 'Invalid refresh token'}

Message: Invalid refresh token
Status: 400
URL: https://api.box.com/oauth2/token
Method: POST`,
		expected: {
			status: 400,
			error: 'invalid_grant',
			description: 'Invalid refresh token',
			url: 'https://api.box.com/oauth2/token',
			method: 'POST',
		},
	},
	{
		name: 'box_sdk_gen BoxAPIError str(), with the form body it sent',
		source: 'box/box-python-sdk-gen#220 and #217; layout from box_sdk_gen/box/errors.py',
		input: `box_sdk_gen.box.errors.BoxAPIError: 	
Timestamp: 2024-07-12 09:41:07.118350
Underlying error: None
Message: 400 ; Request ID: 
Request: 
	Method: POST
	URL: https://api.box.com/oauth2/token
	Query params: 
{}
	Headers: 
{       'User-Agent': 'box-python-generated-sdk-1.1.0',
        'X-Box-UA': 'agent=box-python-generated-sdk/1.1.0; env=python/3.11.9'}
	Body: 
'grant_type=client_credentials&client_id=jygzytv1jgtixjtbbipwdfa5m2yh4k4u&client_secret=${clientSecret}&box_subject_type=user&box_subject_id=31234567'
Response: 
	Status code: 400
	Headers: 
{       'cache-control': 'no-store',
        'content-type': 'application/json',
        'date': 'Fri, 12 Jul 2024 09:41:07 GMT',
        'strict-transport-security': 'max-age=31536000',
        'via': '1.1 google'}
	Code: None
	Context Info: 
{}
	Request Id: None
	Help Url: None
	Body: 
{       'error': 'invalid_grant',
        'error_description': 'Grant credentials are invalid'}`,
		diagnosis: 'ccg-grant-credentials-invalid',
		expected: {
			status: 400,
			error: 'invalid_grant',
			description: 'Grant credentials are invalid',
			method: 'POST',
			url: 'https://api.box.com/oauth2/token',
			context: {grantType: 'client_credentials', subjectType: 'user', subjectId: '31234567'},
		},
		secrets: [clientSecret],
	},
	{
		name: 'box_sdk_gen error from syslog, tabs as #011 and curly quotes',
		source: 'box/box-python-sdk-gen#220',
		input: `{‘error’: ‘invalid_grant’, ‘error_description’: ‘Grant credentials are invalid’}
#011Raw body: {“error”:“invalid_grant”,“error_description”:“Grant credentials are invalid”} CODE: 400
Underlying error: None
Message: 400 ; Request ID:
Request:
#011Method: POST
#011URL: https://api.box.com/oauth2/token`,
		expected: {
			status: 400,
			error: 'invalid_grant',
			description: 'Grant credentials are invalid',
			method: 'POST',
			url: 'https://api.box.com/oauth2/token',
		},
	},
	{
		name: 'box_sdk_gen /2.0 error: box-request-id header and body request_id',
		source:
			'layout from box_sdk_gen/box/errors.py and box_network_client.py; IDs from box-auth-reference.md 4.3',
		input: `box_sdk_gen.box.errors.BoxAPIError: 	
Timestamp: 2026-11-22 10:02:11.501277
Underlying error: None
Message: 404 Not Found; Request ID: z3s63bgu2g25ans1
Request: 
	Method: GET
	URL: https://api.box.com/2.0/folders/123456789
	Query params: 
{}
	Headers: 
{       'Authorization': '---[redacted]---',
        'User-Agent': 'box-python-generated-sdk-1.19.0'}
	Body: 
None
Response: 
	Status code: 404
	Headers: 
{       'box-request-id': '0de4280d7c30a4c605598d8e59a14cde7',
        'content-type': 'application/json'}
	Code: not_found
	Context Info: 
None
	Request Id: z3s63bgu2g25ans1
	Help Url: http://developers.box.com/docs/#errors
	Body: 
{       'code': 'not_found',
        'help_url': 'http://developers.box.com/docs/#errors',
        'message': 'Not Found',
        'request_id': 'z3s63bgu2g25ans1',
        'status': 404,
        'type': 'error'}`,
		expected: {
			status: 404,
			error: 'not_found',
			description: 'Not Found',
			requestId: '0de4280d7c30a4c605598d8e59a14cde7',
			method: 'GET',
			url: 'https://api.box.com/2.0/folders/123456789',
		},
	},

	{
		name: "boxsdk's logging network: a 401 refusing the app, then the SDK's refresh without a refresh token",
		source:
			"box/box-python-sdk#618 (Box's answer to the app is the root cause, its maintainer said; the body's code as Box sends it, box-auth-reference.md section 10)",
		input: `"GET https://api.box.com/2.0/folders/0/items?offset=0" 401 201
{'Date': 'Mon, 30 Aug 2021 18:23:38 GMT', 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'Connection': 'keep-alive', 'x-envoy-upstream-service-time': '64', 'www-authenticate': 'Bearer realm="Service"', 'box-request-id': '0ff1c23d25aa7ef3747a79ff81da4f1be', 'cache-control': 'no-cache, no-store', 'strict-transport-security': 'max-age=31536000'}
{'code': 'unauthorized',
 'help_url': 'http://developers.box.com/docs/#errors',
 'message': 'Unauthorized - Cannot authorize with this service',
 'request_id': 'dvk5ncgtzdhgmlin',
 'status': 401,
 'type': 'error'}

"POST https://api.box.com/oauth2/token" 400 86
{'Date': 'Mon, 30 Aug 2021 18:23:39 GMT', 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'Connection': 'keep-alive', 'Strict-Transport-Security': 'max-age=31536000', 'Cache-Control': 'no-store'}
{'error': 'invalid_request', 'error_description': 'No "refresh_token" parameter found'}

Message: No "refresh_token" parameter found
Status: 400
URL: https://api.box.com/oauth2/token
Method: POST`,
		diagnosis: 'app-not-enabled',
		expected: {
			status: 401,
			error: 'unauthorized',
			description: 'Unauthorized - Cannot authorize with this service',
			wwwAuthenticate: 'Bearer realm="Service"',
			requestId: '0ff1c23d25aa7ef3747a79ff81da4f1be',
			url: 'https://api.box.com/oauth2/token',
			method: 'POST',
		},
	},
	{
		name: 'boxsdk 1.x BoxOAuthException with the body as Python bytes',
		source: 'box/box-python-sdk#182',
		input: String.raw`Message: b'{"error":"invalid_request","error_description":"No \\"refresh_token\\" parameter found"}'
Status: 400`,
		diagnosis: 'refresh-token-parameter-missing',
		expected: {
			status: 400,
			error: 'invalid_request',
			description: 'No "refresh_token" parameter found',
		},
	},
	{
		name: 'boxsdk BoxAPIException: Message, Status, Code, Request ID, Headers, URL, Method',
		source:
			'layout from boxsdk/exception.py (BoxAPIException.__str__); values from box/box-python-sdk#618',
		input: `Traceback (most recent call last):
  File "list_folder.py", line 12, in <module>
    for item in items:
boxsdk.exception.BoxAPIException: Message: Unauthorized - Cannot authorize with this service
Status: 401
Code: unauthorized
Request ID: dvk5ncgtzdhgmlin
Headers: {'Date': 'Mon, 30 Aug 2021 18:23:38 GMT', 'Content-Type': 'application/json', 'www-authenticate': 'Bearer realm="Service"', 'box-request-id': '0ff1c23d25aa7ef3747a79ff81da4f1be', 'cache-control': 'no-cache, no-store'}
URL: https://api.box.com/2.0/folders/0/items
Method: GET
Context Info: None`,
		diagnosis: 'app-not-enabled',
		expected: {
			status: 401,
			error: 'unauthorized',
			description: 'Unauthorized - Cannot authorize with this service',
			wwwAuthenticate: 'Bearer realm="Service"',
			requestId: '0ff1c23d25aa7ef3747a79ff81da4f1be',
			url: 'https://api.box.com/2.0/folders/0/items',
			method: 'GET',
		},
	},
	{
		name: 'boxsdk BoxOAuthException with a Code line and no request ID',
		source: 'layout from boxsdk/exception.py; the answer from box/box-python-sdk-gen#217',
		input: `boxsdk.exception.BoxOAuthException: 
Message: Grant credentials are invalid
Status: 400
Code: invalid_grant
Request ID: None
Headers: {'Date': 'Thu, 11 Jul 2024 14:03:22 GMT', 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'Connection': 'keep-alive', 'Cache-Control': 'no-store'}
URL: https://api.box.com/oauth2/token
Method: POST`,
		diagnosis: 'ccg-grant-credentials-invalid',
		expected: {
			status: 400,
			error: 'invalid_grant',
			description: 'Grant credentials are invalid',
			url: 'https://api.box.com/oauth2/token',
			method: 'POST',
		},
	},

	// Node: box-node-sdk 10 and earlier.
	{
		name: 'box-node-sdk 10 BoxApiError message, logged after a prefix',
		source: 'box-auth-reference.md 4.4; box-node-sdk src/networking/boxNetworkClient.ts',
		input: 'Token request failed: 400; "invalid_grant" - "Grant credentials are invalid"',
		expected: {status: 400, error: 'invalid_grant', description: 'Grant credentials are invalid'},
	},
	{
		name: 'box-node-sdk 10 BoxApiError message for a /2.0 error with a request ID',
		source: 'box-auth-reference.md 4.4',
		input:
			'BoxApiError: 429 "rate_limit_exceeded" "Request rate limit exceeded, please try again later"; Request ID: "1c2d8n6hvj6ro8de"',
		expected: {
			status: 429,
			error: 'rate_limit_exceeded',
			description: 'Request rate limit exceeded, please try again later',
			requestId: '1c2d8n6hvj6ro8de',
		},
	},
	{
		name: 'box-node-sdk 10 uncaught BoxApiError (its toJSON, as Node prints it)',
		source: 'printed by box-node-sdk 10.12.0 against a local mock (BoxApiError.toString)',
		input: `node:internal/process/promises:391
    triggerUncaughtException(err, true /* fromPromise */);
    ^

{
  "name": "BoxApiError",
  "message": "400; \\"invalid_grant\\" - \\"Grant credentials are invalid\\"",
  "timestamp": "1795384522754",
  "requestInfo": {
    "method": "POST",
    "url": "https://api.box.com/oauth2/token",
    "queryParams": {},
    "headers": {
      "Content-Type": "application/x-www-form-urlencoded",
      "User-Agent": "Box JavaScript generated SDK v10.12.0 (Node v20.20.2)",
      "X-Box-UA": "agent=box-javascript-generated-sdk/10.12.0; env=Node/20.20.2"
    },
    "body": "grant_type=client_credentials&client_id=---[redacted]---&client_secret=---[redacted]---&box_subject_type=enterprise&box_subject_id=1234567"
  },
  "responseInfo": {
    "statusCode": 400,
    "headers": {
      "cache-control": "no-store",
      "connection": "close",
      "content-type": "application/json",
      "date": "Sun, 22 Nov 2026 21:55:22 GMT",
      "transfer-encoding": "chunked"
    },
    "body": {
      "error": "invalid_grant",
      "error_description": "Grant credentials are invalid"
    }
  }
}

Node.js v20.20.2`,
		expected: {
			status: 400,
			error: 'invalid_grant',
			description: 'Grant credentials are invalid',
			method: 'POST',
			url: 'https://api.box.com/oauth2/token',
			requestContentType: 'application/x-www-form-urlencoded',
			context: {grantType: 'client_credentials', subjectType: 'enterprise', subjectId: '1234567'},
		},
	},
	{
		name: 'box-node-sdk 10 BoxSdkError for an expired developer token',
		source: 'printed by box-node-sdk 10.12.0 (src/box/developerTokenAuth.ts)',
		input: `BoxSdkError: Developer token has expired. Please provide a new one.
    at BoxDeveloperTokenAuth.<anonymous> (/app/node_modules/box-node-sdk/lib/box/developerTokenAuth.js:53:19)
    at Generator.next (<anonymous>)
    at /app/node_modules/box-node-sdk/lib/box/developerTokenAuth.js:8:71
    at new Promise (<anonymous>)
    at BoxRetryStrategy.<anonymous> (/app/node_modules/box-node-sdk/lib/networking/retries.js:62:41) {
  timestamp: undefined,
  error: undefined
}`,
		expected: {description: 'Developer token has expired. Please provide a new one.'},
	},
	{
		name: 'box-node-sdk before 10: Auth Error with the status in brackets',
		source: 'box/box-node-sdk#713',
		input:
			"(node:17496) UnhandledPromiseRejectionWarning: Error: Auth Error: Please check the 'exp' claim. Should be an integer [400 Bad Request] invalid_grant - Please check the 'exp' claim. Should be an integer",
		diagnosis: 'jwt-exp-not-integer',
		expected: {
			status: 400,
			error: 'invalid_grant',
			description: "Please check the 'exp' claim. Should be an integer",
		},
	},

	{
		name: "box-node-sdk 1.x: Expired Auth, then the error's JSON with Box's body",
		source: 'box/box-node-sdk#109 (the "..." are the reporter\'s)',
		input: `An error occurred - Expired Auth: Auth code or refresh token has expired.
{
  "statusCode":400,
  "response":{
    "statusCode":400,
    "body":{
      "error":"invalid_grant",
      "error_description":"Current date/time MUST be before the expiration date/time listed in the 'exp' claim"
    },
    "headers": ...,
    "request":{
      "uri":{
        ...
        "href":"https://api.box.com/oauth2/token"
      },
      "method":"POST",
      "headers": ...
    }
  },
  "authExpired":true
}`,
		diagnosis: 'jwt-exp-passed',
		expected: {
			status: 400,
			error: 'invalid_grant',
			description:
				"Current date/time MUST be before the expiration date/time listed in the 'exp' claim",
			url: 'https://api.box.com/oauth2/token',
		},
	},
	{
		name: 'box-node-sdk 1.x: Expired Auth and its stack, nothing more',
		source: 'box/box-node-sdk#167',
		input: `Trace: { Error: Expired Auth: Auth code or refresh token has expired.
at Object.buildResponseError (/usr/src/app/node_modules/box-node-sdk/lib/util/errors.js:57:23)
at Object.buildExpiredAuthError (/usr/src/app/node_modules/box-node-sdk/lib/util/errors.js:70:28)
at /usr/src/app/node_modules/box-node-sdk/lib/token-manager.js:213:21
at /usr/src/app/node_modules/box-node-sdk/lib/api-request.js:285:3
at _combinedTickCallback (internal/process/next_tick.js:67:7)`,
		diagnosis: 'legacy-node-sdk-expired-auth',
		expected: {
			description: 'Trace: { Error: Expired Auth: Auth code or refresh token has expired.',
		},
	},

	// Box CLI.
	{
		name: 'Box CLI: Unexpected API Response',
		source: 'box/boxcli#154',
		input:
			'Unexpected API Response [400 Bad Request] unauthorized_client - This app is not authorized by the enterprise admin',
		expected: {
			status: 400,
			error: 'unauthorized_client',
			description: 'This app is not authorized by the enterprise admin',
		},
	},
	{
		name: 'Box CLI with a request ID, in red',
		source: 'box/boxcli test/commands/folders.test.js',
		input:
			'\u001b[31mUnexpected API Response [412 Precondition Failed | 1wne91fxf8871ide] precondition_failed - The resource has been modified. Please retrieve the resource again and retry\u001b[39m',
		expected: {
			status: 412,
			error: 'precondition_failed',
			description: 'The resource has been modified. Please retrieve the resource again and retry',
			requestId: '1wne91fxf8871ide',
		},
	},

	// Java.
	{
		name: 'box-java-sdk BoxAPIResponseException with its stack',
		source: 'box/box-java-sdk#799 (unwrapped from an 80-column console)',
		input: `Exception in thread "main" com.box.sdk.BoxAPIResponseException: The API returned an error code [400] unauthorized_client - This app is not authorized by the enterprise admin
	at com.box.sdk.BoxAPIResponse.<init>(BoxAPIResponse.java:92)
	at com.box.sdk.BoxJSONResponse.<init>(BoxJSONResponse.java:32)
	at com.box.sdk.BoxAPIRequest.trySend(BoxAPIRequest.java:677)
	at com.box.sdk.BoxDeveloperEditionAPIConnection.authenticate(BoxDeveloperEditionAPIConnection.java:342)`,
		expected: {
			status: 400,
			error: 'unauthorized_client',
			description: 'This app is not authorized by the enterprise admin',
		},
	},
	{
		name: 'box-java-sdk with a request ID and a dash in the message',
		source:
			'layout from box-java-sdk BoxAPIResponseException.java; message from box-auth-reference.md 4.3',
		input:
			'com.box.sdk.BoxAPIResponseException: The API returned an error code [403 | 1c2d8n6hvj6ro8de] access_denied_insufficient_permissions - Access denied - insufficient permission',
		expected: {
			status: 403,
			error: 'access_denied_insufficient_permissions',
			description: 'Access denied - insufficient permission',
			requestId: '1c2d8n6hvj6ro8de',
		},
	},
	{
		name: 'box-java-sdk before the bracket layout: status, then the body',
		source: 'box/box-java-sdk#172',
		input: `The API returned an error code 400

{"error":"invalid_grant","error_description":"The authorization code has expired"}`,
		expected: {
			status: 400,
			error: 'invalid_grant',
			description: 'The authorization code has expired',
		},
	},

	{
		name: 'box-java-sdk exception broken at 80 columns by the Windows console, words cut in two',
		source: 'box/box-java-sdk#799',
		input: `> Task :runCreateAppUser
SLF4J: Failed to load class "org.slf4j.impl.StaticLoggerBinder".
SLF4J: Defaulting to no-operation (NOP) logger implementation
SLF4J: See http://www.slf4j.org/codes.html#StaticLoggerBinder for further detail
s.
Exception in thread "main" com.box.sdk.BoxAPIResponseException: The API returned
 an error code [400] unauthorized_client - This app is not authorized by the ent
erprise admin
        at com.box.sdk.BoxAPIResponse.<init>(BoxAPIResponse.java:92)
        at com.box.sdk.BoxJSONResponse.<init>(BoxJSONResponse.java:32)
        at com.box.sdk.BoxAPIRequest.trySend(BoxAPIRequest.java:677)
        at com.box.sdk.BoxAPIRequest.sendWithoutRetry(BoxAPIRequest.java:326)
        at com.box.sdk.BoxDeveloperEditionAPIConnection.authenticate(BoxDevelope
rEditionAPIConnection.java:342)
        at com.box.sdk.BoxDeveloperEditionAPIConnection.tryRestoreUsingAccessTok
enCache(BoxDeveloperEditionAPIConnection.java:468)`,
		diagnosis: 'app-not-authorized',
		expected: {
			status: 400,
			error: 'unauthorized_client',
			description: 'This app is not authorized by the enterprise admin',
		},
	},
	{
		name: 'a JSON body in a log line, broken at 80 columns inside an escaped slash',
		source: 'box/box-windows-sdk-v2#265 (the body), as an 80-column console copies it',
		input: String.raw`C:\Users\dev\box> node token.js
Token request failed: {"error":"invalid_grant","error_description":"Current date
\/time MUST be before the expiration date\/time listed in the 'exp' claim"}`,
		diagnosis: 'jwt-exp-passed',
		expected: {
			error: 'invalid_grant',
			description:
				"Current date/time MUST be before the expiration date/time listed in the 'exp' claim",
		},
	},
	{
		name: "Microsoft Defender for Cloud Apps' Box connector error",
		source:
			'MicrosoftDocs/CloudAppSecurityDocs, troubleshooting-api-connectors-using-error-messages.md',
		input: 'BoxServerException: Unauthorized - Cannot authorize with this service',
		diagnosis: 'app-not-enabled',
		expected: {description: 'Unauthorized - Cannot authorize with this service'},
	},

	// .NET.
	{
		name: 'box-windows-sdk-v2 BoxSessionInvalidatedException',
		source: 'layout from Box.V2/Exceptions/BoxException.cs and Box.V2/Auth/AuthRepository.cs',
		input: `Box.V2.Exceptions.BoxSessionInvalidatedException: The API returned an error [BadRequest] invalid_grant - Refresh token has expired
   at Box.V2.Auth.AuthRepository.RefreshAccessTokenAsync(String accessToken)
   at Box.V2.Request.AuthenticatedRequestHandler.RetryWithRefreshedTokenAsync[T](IBoxRequest request)`,
		expected: {status: 400, error: 'invalid_grant', description: 'Refresh token has expired'},
	},
	{
		name: 'box-windows-sdk-v2 BoxAPIException for a 401 with IDs',
		source: 'layout from Box.V2/Exceptions/BoxException.cs (GetErrorMessage)',
		input:
			'Box.V2.Exceptions.BoxAPIException: The API returned an error [Unauthorized | .0de4280d7c30a4c605598d8e59a14cde7]',
		expected: {status: 401, requestId: '0de4280d7c30a4c605598d8e59a14cde7'},
	},
	{
		name: 'box-windows-sdk-v2 before 4.0: code, colon, description',
		source: 'box/box-windows-sdk-v2#72',
		input: 'Box.V2.Exceptions.BoxException: invalid_grant: Refresh token has expired.',
		expected: {error: 'invalid_grant', description: 'Refresh token has expired.'},
	},

	// curl.
	{
		name: 'curl -i for a Client Credentials Grant, command included',
		source: 'box/box-python-sdk-gen#217 (response headers); box-auth-reference.md 2.3',
		input: `$ curl -i -X POST https://api.box.com/oauth2/token \\
    -d grant_type=client_credentials \\
    -d client_id=9eug2el8027rpt44mtx4fj3fg30gios3 \\
    -d client_secret=${clientSecret} \\
    -d box_subject_type=enterprise \\
    -d box_subject_id=1234567
HTTP/2 400
date: Thu, 11 Jul 2024 14:03:22 GMT
content-type: application/json
set-cookie: box_visitor_id=66900a7a0c27e1.58231190; expires=Fri, 11-Jul-2025 14:03:22 GMT; Max-Age=31536000; path=/; domain=.box.com; secure; SameSite=None
cache-control: no-store
strict-transport-security: max-age=31536000
via: 1.1 google
alt-svc: h3=":443"; ma=2592000,h3-29=":443"; ma=2592000

{"error":"invalid_grant","error_description":"Grant credentials are invalid"}`,
		diagnosis: 'ccg-grant-credentials-invalid',
		expected: {
			status: 400,
			method: 'POST',
			url: 'https://api.box.com/oauth2/token',
			requestContentType: 'application/x-www-form-urlencoded',
			error: 'invalid_grant',
			description: 'Grant credentials are invalid',
			context: {grantType: 'client_credentials', subjectType: 'enterprise', subjectId: '1234567'},
		},
		secrets: [clientSecret],
	},
	{
		name: 'curl -v sending JSON to the token endpoint',
		source: 'box-auth-reference.md 2 (JSON body) and 4.1',
		input: `*   Trying 74.112.186.157:443...
* Connected to api.box.com (74.112.186.157) port 443
* ALPN: curl offers h2,http/1.1
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS
* using HTTP/2
> POST /oauth2/token HTTP/2
> Host: api.box.com
> User-Agent: curl/8.5.0
> Accept: */*
> Content-Type: application/json
> Content-Length: 151
>
< HTTP/2 400
< date: Sun, 22 Nov 2026 09:30:12 GMT
< content-type: application/json
< cache-control: no-store
< strict-transport-security: max-age=31536000
<
{"error":"invalid_request","error_description":"Invalid grant_type parameter or parameter missing"}* Connection #0 to host api.box.com left intact`,
		expected: {
			status: 400,
			method: 'POST',
			url: 'https://api.box.com/oauth2/token',
			requestContentType: 'application/json',
			error: 'invalid_request',
			description: 'Invalid grant_type parameter or parameter missing',
		},
	},
	{
		name: 'curl -v for /2.0/users/me with an expired token: 401, empty body, WWW-Authenticate',
		source: 'box/box-node-sdk#157 (header); box-auth-reference.md 4.3',
		input: `$ curl -v https://api.box.com/2.0/users/me -H "Authorization: Bearer ${accessToken}"
* Host api.box.com:443 was resolved.
*   Trying 74.112.186.157:443...
* Connected to api.box.com (74.112.186.157) port 443
* [HTTP/2] [1] OPENED stream for https://api.box.com/2.0/users/me
* [HTTP/2] [1] [:method: GET]
* [HTTP/2] [1] [:path: /2.0/users/me]
* [HTTP/2] [1] [authorization: Bearer ${accessToken}]
> GET /2.0/users/me HTTP/2
> Host: api.box.com
> User-Agent: curl/8.5.0
> Accept: */*
> Authorization: Bearer ${accessToken}
>
< HTTP/2 401
< date: Sun, 22 Nov 2026 09:31:40 GMT
< content-length: 0
< www-authenticate: Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."
< box-request-id: 0de4280d7c30a4c605598d8e59a14cde7
< strict-transport-security: max-age=31536000
<
* Connection #0 to host api.box.com left intact`,
		expected: {
			status: 401,
			method: 'GET',
			url: 'https://api.box.com/2.0/users/me',
			wwwAuthenticate:
				'Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."',
			requestId: '0de4280d7c30a4c605598d8e59a14cde7',
		},
		secrets: [accessToken],
	},
	{
		name: 'curl -v posting to /oauth2/<developer token>',
		source: 'box-auth-reference.md 1 (wrong path) and 9.1',
		input: `> POST /oauth2/${developerToken} HTTP/1.1
> Host: api.box.com
> User-Agent: curl/8.5.0
> Accept: */*
> Content-Type: application/x-www-form-urlencoded
>
< HTTP/1.1 404 Not Found
< Content-Length: 0
<`,
		expected: {
			status: 404,
			method: 'POST',
			url: 'https://api.box.com/oauth2/Ab12…',
			requestContentType: 'application/x-www-form-urlencoded',
		},
		secrets: [developerToken],
	},
	{
		name: 'curl -v -L after a redirect from www.box.com',
		source: 'maengkom/boxapi#25',
		input: `$ curl -v -L https://www.box.com/api/oauth2/token -d grant_type=authorization_code -d code=${authorizationCode} -d client_id=k8y1pq0a3rvt6xhu2m5wz9nc4ebl7dfs -d client_secret=${clientSecret}
> POST /api/oauth2/token HTTP/1.1
> Host: www.box.com
> User-Agent: curl/7.68.0
> Accept: */*
> Content-Type: application/x-www-form-urlencoded
>
< HTTP/1.1 302 Found
< Location: https://api.box.com/oauth2/token
<
* Issue another request to this URL: 'https://api.box.com/oauth2/token'
* Switch from POST to GET
> GET /oauth2/token HTTP/1.1
> Host: api.box.com
> User-Agent: curl/7.68.0
> Accept: */*
>
< HTTP/1.1 400 Bad Request
< Content-Type: application/json
< Cache-Control: no-store
<
{"error":"invalid_request","error_description":"Invalid grant_type parameter or parameter missing"}`,
		diagnosis: 'token-url-wrong-host',
		expected: {
			status: 400,
			method: 'POST',
			url: 'https://www.box.com/api/oauth2/token',
			requestContentType: 'application/x-www-form-urlencoded',
			error: 'invalid_request',
			description: 'Invalid grant_type parameter or parameter missing',
			context: {grantType: 'authorization_code'},
		},
		secrets: [authorizationCode, clientSecret],
	},
	{
		name: 'curl with client credentials in HTTP Basic',
		source: 'scribejava/scribejava#842; box-auth-reference.md 2',
		input: `curl -u k8y1pq0a3rvt6xhu2m5wz9nc4ebl7dfs:${clientSecret} https://api.box.com/oauth2/token -d grant_type=client_credentials -d box_subject_type=enterprise -d box_subject_id=1234567
{"error":"invalid_client","error_description":"The client credentials are invalid"}`,
		diagnosis: 'invalid-client',
		expected: {
			method: 'POST',
			url: 'https://api.box.com/oauth2/token',
			requestContentType: 'application/x-www-form-urlencoded',
			error: 'invalid_client',
			description: 'The client credentials are invalid',
			context: {grantType: 'client_credentials', subjectType: 'enterprise', subjectId: '1234567'},
		},
		secrets: [clientSecret],
	},
	{
		name: 'curl with a JWT assertion',
		source: 'box/box-windows-sdk-v2#880 (the error); box-auth-reference.md 2.4',
		input: `curl https://api.box.com/oauth2/token -d "grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=${assertion}&client_id=k8y1pq0a3rvt6xhu2m5wz9nc4ebl7dfs&client_secret=${clientSecret}"
{"error":"invalid_grant","error_description":"Algorithm not allowed"}`,
		expected: {
			method: 'POST',
			url: 'https://api.box.com/oauth2/token',
			requestContentType: 'application/x-www-form-urlencoded',
			error: 'invalid_grant',
			description: 'Algorithm not allowed',
			context: {grantType: 'urn:ietf:params:oauth:grant-type:jwt-bearer'},
		},
		secrets: [assertion, clientSecret],
	},
	{
		name: 'curl: could not resolve host',
		source: 'curl exit code 6',
		input: `curl -sS https://api.box.com/2.0/users/me -H "Authorization: Bearer ${developerToken}"
curl: (6) Could not resolve host: api.box.com`,
		expected: {
			transport: 'dns',
			text: 'curl: (6) Could not resolve host: api.box.com',
			method: 'GET',
			url: 'https://api.box.com/2.0/users/me',
		},
		secrets: [developerToken],
	},
	{
		name: 'curl -v: connection refused',
		source: 'curl exit code 7',
		input: `*   Trying 74.112.186.157:443...
* connect to 74.112.186.157 port 443 failed: Connection refused
* Failed to connect to api.box.com port 443 after 3 ms: Couldn't connect to server
* Closing connection
curl: (7) Failed to connect to api.box.com port 443 after 3 ms: Couldn't connect to server`,
		expected: {
			transport: 'refused',
			text: "curl: (7) Failed to connect to api.box.com port 443 after 3 ms: Couldn't connect to server",
		},
	},
	{
		name: 'curl: connect timeout',
		source: 'curl exit code 28',
		input:
			'curl: (28) Failed to connect to api.box.com port 443 after 10002 ms: Timeout was reached',
		expected: {
			transport: 'connect-timeout',
			text: 'curl: (28) Failed to connect to api.box.com port 443 after 10002 ms: Timeout was reached',
		},
	},
	{
		name: 'curl: operation timed out',
		source: 'curl exit code 28',
		input: 'curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received',
		expected: {
			transport: 'timeout',
			text: 'curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received',
		},
	},
	{
		name: "curl: a TLS-inspecting proxy's certificate",
		source: 'curl exit code 60',
		input: `curl: (60) SSL certificate problem: self-signed certificate in certificate chain
More details here: https://curl.se/docs/sslcerts.html

curl failed to verify the legitimacy of the server and therefore could not
establish a secure connection to it.`,
		expected: {
			transport: 'tls',
			text: 'curl: (60) SSL certificate problem: self-signed certificate in certificate chain',
		},
	},
	{
		name: 'curl: TLS handshake cut',
		source: 'curl exit code 35',
		input: 'curl: (35) OpenSSL/3.0.13: error:0A000126:SSL routines::unexpected eof while reading',
		expected: {
			transport: 'tls',
			text: 'curl: (35) OpenSSL/3.0.13: error:0A000126:SSL routines::unexpected eof while reading',
		},
	},
	{
		name: 'curl: empty reply',
		source: 'curl exit code 52',
		input: 'curl: (52) Empty reply from server',
		expected: {transport: 'dropped', text: 'curl: (52) Empty reply from server'},
	},
	{
		name: 'curl: connection reset',
		source: 'curl exit code 56',
		input: 'curl: (56) Recv failure: Connection reset by peer',
		expected: {transport: 'reset', text: 'curl: (56) Recv failure: Connection reset by peer'},
	},
	{
		name: 'curl -v through a proxy that wants credentials',
		source: 'curl exit code 56 after CONNECT answered 407',
		input: `$ curl -v https://api.box.com/oauth2/token -d grant_type=client_credentials
* Uses proxy env variable https_proxy == 'http://proxy.corp.example:3128'
*   Trying 10.0.0.5:3128...
* Connected to proxy.corp.example (10.0.0.5) port 3128
* CONNECT tunnel: HTTP/1.1 negotiated
* Establish HTTP proxy tunnel to api.box.com:443
> CONNECT api.box.com:443 HTTP/1.1
> Host: api.box.com:443
> User-Agent: curl/8.5.0
> Proxy-Connection: Keep-Alive
>
< HTTP/1.1 407 Proxy Authentication Required
< Proxy-Authenticate: Basic realm="corp"
< Content-Length: 0
<
* CONNECT tunnel failed, response 407
* Closing connection
curl: (56) CONNECT tunnel failed, response 407`,
		expected: {
			transport: 'proxy-auth',
			method: 'POST',
			url: 'https://api.box.com/oauth2/token',
			requestContentType: 'application/x-www-form-urlencoded',
			context: {grantType: 'client_credentials'},
		},
	},

	// Node network errors, as Node prints them.
	{
		name: 'Node fetch: ENOTFOUND',
		source: 'printed by Node 20 (fetch to an unknown host)',
		input: `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {
  [cause]: Error: getaddrinfo ENOTFOUND api.box.com
      at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:122:26) {
    errno: -3008,
    code: 'ENOTFOUND',
    syscall: 'getaddrinfo',
    hostname: 'api.box.com'
  }
}`,
		expected: {transport: 'dns', text: '[cause]: Error: getaddrinfo ENOTFOUND api.box.com'},
	},
	{
		name: 'Node fetch: ECONNREFUSED',
		source: 'printed by Node 20 (fetch to a closed port)',
		input: `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13 {
  [cause]: Error: connect ECONNREFUSED 127.0.0.1:8765
      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16) {
    errno: -111,
    code: 'ECONNREFUSED',
    syscall: 'connect',
    address: '127.0.0.1',
    port: 8765
  }
}`,
		expected: {transport: 'refused', text: '[cause]: Error: connect ECONNREFUSED 127.0.0.1:8765'},
	},
	{
		name: 'Node: ECONNRESET',
		source: "Node's system error layout",
		input: `Error: read ECONNRESET
    at TLSWrap.onStreamRead (node:internal/stream_base_commons:218:20) {
  errno: -104,
  code: 'ECONNRESET',
  syscall: 'read'
}`,
		expected: {transport: 'reset', text: 'Error: read ECONNRESET'},
	},
	{
		name: 'Node: ETIMEDOUT',
		source: "Node's system error layout",
		input: `Error: connect ETIMEDOUT 74.112.186.157:443
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16) {
  errno: -110,
  code: 'ETIMEDOUT',
  syscall: 'connect',
  address: '74.112.186.157',
  port: 443
}`,
		expected: {transport: 'connect-timeout', text: 'Error: connect ETIMEDOUT 74.112.186.157:443'},
	},
	{
		name: 'undici: connect timeout',
		source: "undici's ConnectTimeoutError layout",
		input: `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13 {
  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: api.box.com:443, timeout: 10000ms)
      at onConnectTimeout (node:internal/deps/undici/undici:2331:28) {
    code: 'UND_ERR_CONNECT_TIMEOUT'
  }
}`,
		expected: {
			transport: 'connect-timeout',
			text: '[cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: api.box.com:443, timeout: 10000ms)',
		},
	},
	{
		name: 'undici: headers timeout',
		source: "undici's HeadersTimeoutError layout",
		input: `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13 {
  [cause]: HeadersTimeoutError: Headers Timeout Error
      at Timeout.onParserTimeout [as callback] (node:internal/deps/undici/undici:6120:32) {
    code: 'UND_ERR_HEADERS_TIMEOUT'
  }
}`,
		expected: {transport: 'timeout', text: '[cause]: HeadersTimeoutError: Headers Timeout Error'},
	},
	{
		name: 'Node: certificate not trusted',
		source: "Node's TLS error layout",
		input: `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13 {
  [cause]: Error: unable to verify the first certificate
      at TLSSocket.onConnectSecure (node:_tls_wrap:1677:34) {
    code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'
  }
}`,
		expected: {transport: 'tls', text: '[cause]: Error: unable to verify the first certificate'},
	},
	{
		name: 'Node: socket hang up',
		source: 'printed by Node 20 (server closed the connection)',
		input: `Error: socket hang up
    at Socket.socketOnEnd (node:_http_client:528:25)
    at Socket.emit (node:events:536:35) {
  code: 'ECONNRESET'
}`,
		expected: {transport: 'reset', text: 'Error: socket hang up'},
	},

	// Other runtimes' network errors.
	{
		name: 'Python requests: name resolution',
		source: "urllib3 2's NameResolutionError layout",
		input: `requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.box.com', port=443): Max retries exceeded with url: /oauth2/token (Caused by NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f1c2b3d4e50>: Failed to resolve 'api.box.com' ([Errno -3] Temporary failure in name resolution)"))`,
		expected: {
			transport: 'dns',
			text: `requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.box.com', port=443): Max retries exceeded with url: /oauth2/token (Caused by NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f1c2b3d4e50>: Failed to resolve 'api.box.com' ([Errno -3] Temporary failure in name resolution)"))`,
		},
	},
	{
		name: 'Java: PKIX path building failed',
		source: "the JDK's SSLHandshakeException message",
		input:
			'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
		expected: {
			transport: 'tls',
			text: 'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
		},
	},

	// A status line or a status label with little else.
	{
		name: 'status line and WWW-Authenticate only',
		source: 'box/box-node-sdk#157',
		input: `HTTP/1.1 401 Unauthorized
WWW-Authenticate: Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."
BOX-REQUEST-ID: 0de4280d7c30a4c605598d8e59a14cde7`,
		expected: {
			status: 401,
			wwwAuthenticate:
				'Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."',
			requestId: '0de4280d7c30a4c605598d8e59a14cde7',
		},
	},
	{
		name: 'status and reason, then the body',
		source: 'box/box-node-sdk#12 (status), box-auth-reference.md 4.1 (body)',
		input: `400 Bad Request
{"error":"invalid_client","error_description":"The client credentials are invalid"}`,
		expected: {
			status: 400,
			error: 'invalid_client',
			description: 'The client credentials are invalid',
		},
	},
	{
		name: 'a status label alone',
		source: 'boxsdk/exception.py (the Status line of its printout)',
		input: 'Status: 401',
		expected: {status: 401},
	},

	// Just words.
	{
		name: 'the error text alone',
		source: 'box-auth-reference.md 4.1',
		input: 'This app is not authorized by the enterprise admin',
		expected: {description: 'This app is not authorized by the enterprise admin'},
	},
	{
		name: 'the error text inside a question',
		source: 'box/box-java-sdk#799, retold',
		input: `Hi, when my script starts I get this:

This app is not authorized by the enterprise admin

What am I doing wrong?`,
		expected: {
			text: `Hi, when my script starts I get this:
This app is not authorized by the enterprise admin
What am I doing wrong?`,
		},
	},

	{
		name: 'a token answer written down in a code comment, with the subject type it was for',
		source: 'the public Apps Script test log of box-auth-reference.md section 10',
		input:
			'//  - box_subject_type: "enterprise" の場合  ->  {"error":"insufficient_scope","error_description":"Insufficient permissions for the requested scope."}',
		diagnosis: 'ccg-insufficient-scope-not-authorized',
		expected: {
			error: 'insufficient_scope',
			description: 'Insufficient permissions for the requested scope.',
			context: {subjectType: 'enterprise'},
		},
	},

	// Secrets all over.
	{
		name: 'a whole JWT config file pasted with the error',
		source: 'box/box-python-sdk#868 (the error); box-auth-reference.md 2.4 (the config file)',
		input: `My config.json:
{
  "boxAppSettings": {
    "clientID": "k8y1pq0a3rvt6xhu2m5wz9nc4ebl7dfs",
    "clientSecret": "${clientSecret}",
    "appAuth": {
      "publicKeyID": "q1w2e3r4",
      "privateKey": "-----BEGIN ENCRYPTED PRIVATE KEY-----\\n${privateKeyBody}\\nMAwGCCqGSIb3DQIJBQAwFAYIKoZIhvcNAwcECJ0pQ7vX9kLmBIIEyE2sZ1Lq4w==\\n-----END ENCRYPTED PRIVATE KEY-----\\n",
      "passphrase": "${passphrase}"
    }
  },
  "enterpriseID": "0"
}
and I get: {"error":"invalid_grant","error_description":"Please check the 'sub' claim. The 'sub' specified is invalid."}`,
		expected: {
			error: 'invalid_grant',
			description: "Please check the 'sub' claim. The 'sub' specified is invalid.",
		},
		secrets: [clientSecret, privateKeyBody, passphrase],
	},
	{
		name: 'a refresh request logged with its form body and the redirect that gave the code',
		source: 'box/box-python-sdk#587 (the error); box-auth-reference.md 2.1 and 2.2',
		input: `GET http://localhost:3000/callback?code=${authorizationCode}&state=b7Yq2LpX9mZ4
POST https://api.box.com/oauth2/token grant_type=refresh_token&client_id=k8y1pq0a3rvt6xhu2m5wz9nc4ebl7dfs&client_secret=${clientSecret}&refresh_token=${refreshToken}
<- 400 Bad Request {"error":"invalid_grant","error_description":"Refresh token has expired"}`,
		expected: {
			status: 400,
			method: 'POST',
			url: 'https://api.box.com/oauth2/token',
			error: 'invalid_grant',
			description: 'Refresh token has expired',
			context: {grantType: 'refresh_token'},
		},
		secrets: [authorizationCode, clientSecret, refreshToken],
	},
];
