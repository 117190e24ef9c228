import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Failure} from '../../source/box/failure.js';
import {diagnose} from '../../source/diagnosis/diagnose.js';
import type {Diagnosis} from '../../source/diagnosis/diagnosis.js';

const tokenUrl = 'https://api.box.com/oauth2/token';
const fixOf = (failure: Failure) => diagnose(failure).fix.join('\n');
const textOf = (diagnosis: Diagnosis) =>
	[diagnosis.what, ...diagnosis.why, ...diagnosis.fix].join('\n');

describe('fixes name the exact clicks or command', () => {
	const expected: Array<[string, Failure, string[]]> = [
		[
			'app not authorized',
			{description: 'This app is not authorized by the enterprise admin'},
			[
				'Admin Console > Integrations > Platform Apps Manager > Server Authentication Apps > Add App, paste the client ID',
				'Account Settings > Account > Admin Contact',
				'> your app > Authorization > Review and Submit',
			],
		],
		[
			'user token not allowed',
			{description: 'Cannot obtain user token based on the enterprise configuration for your app'},
			[
				'> Configuration > Advanced Features > Generate user access tokens',
				'> Application Access > App + Enterprise Access',
				'Reauthorize App',
			],
		],
		[
			'stale authorization',
			{status: 403, error: 'insufficient_scope'},
			['Reauthorize App', '> Configuration > Application Scopes'],
		],
		[
			'developer token',
			{text: 'Developer token has expired. Please provide a new one.'},
			['> Developer Token > Generate Developer Token'],
		],
		['developer token as secret', {context: {secretLooksLikeToken: true}}, ['Fetch Client Secret']],
		[
			'wrong path',
			{status: 404, url: 'https://api.box.com/oauth2/abc'},
			[tokenUrl, 'Authorization: Bearer'],
		],
		[
			'wrong host',
			{status: 302, url: 'https://www.box.com/api/oauth2/token'},
			[`POST ${tokenUrl}`, '-L'],
		],
		[
			'JSON body',
			{
				description: 'Invalid grant_type parameter or parameter missing',
				requestContentType: 'application/json',
			},
			['application/x-www-form-urlencoded', '--data-urlencode'],
		],
		['proxy', {transport: 'proxy-auth'}, ['HTTPS_PROXY=http://USER:PASSWORD@', 'NO_PROXY=']],
		['no DNS', {transport: 'dns'}, ['HTTPS_PROXY', 'NO_PROXY', 'boxauth doctor']],
		['not found', {status: 404, error: 'not_found'}, ['https://api.box.com/2.0/users/me']],
		[
			'name in use',
			{status: 409, error: 'item_name_in_use'},
			[
				'OPTIONS https://api.box.com/2.0/files/content',
				'POST https://upload.box.com/api/2.0/files/ID/content',
			],
		],
		['clock', {description: "Please check the 'exp' claim."}, ['timedatectl set-ntp true']],
		['refresh token', {description: 'Refresh token has expired'}, ['boxauth login --profile NAME']],
		[
			'free account',
			{
				description: "Please check the 'sub' claim. The 'sub' specified is invalid.",
				context: {subjectType: 'enterprise', subjectId: '1'},
			},
			['https://account.box.com/signup/n/developer', 'Copy Enterprise ID'],
		],
		[
			'app not enabled, Developer Token',
			{
				status: 401,
				description: 'Unauthorized - Cannot authorize with this service',
				context: {authType: 'developer-token'},
			},
			[
				'Platform Apps Manager > User Authentication Apps > Add App',
				'Disable unpublished apps by default',
				'Account Settings > Account > Admin Contact',
			],
		],
		[
			'app not enabled, JWT',
			{status: 401, wwwAuthenticate: 'Bearer realm="Service"', context: {authType: 'jwt'}},
			[
				'Server Authentication Apps > Add App, paste the client ID',
				"Server Authentication Apps > the app's ⋯ menu > Enable App",
			],
		],
		[
			'refresh token missing',
			{description: 'No "refresh_token" parameter found'},
			[
				'--data-urlencode "refresh_token=$REFRESH_TOKEN"',
				'refresh_token=…)',
				'boxauth login --profile NAME',
			],
		],
		[
			'CCG app waiting for its admin',
			{
				error: 'insufficient_scope',
				description: 'Insufficient permissions for the requested scope.',
				context: {grantType: 'client_credentials'},
			},
			['> Authorization > Review and Submit', 'Server Authentication Apps > Add App'],
		],
		[
			'client_credentials with invalid_client',
			{description: 'The client credentials are invalid'},
			['`box_subject_type`', 'Authentication Method'],
		],
		[
			'login page of a server app',
			{error: 'redirect_uri_mismatch', context: {authType: 'ccg'}},
			['Authentication Method', 'User Authentication (OAuth 2.0)'],
		],
		[
			'the service account as the user subject',
			{description: 'Cannot obtain token based on the enterprise configuration for your app'},
			['box_subject_type=enterprise', '"box_sub_type": "enterprise"'],
		],
		[
			"the legacy Node SDK's catch-all",
			{text: 'Expired Auth: Auth code or refresh token has expired.'},
			['err.response && err.response.body', 'boxauth explain', 'boxauth doctor'],
		],
		[
			'anything else',
			{text: 'something odd happened'},
			['boxauth doctor', tokenUrl, 'Authentication Method'],
		],
	];
	for (const [label, failure, snippets] of expected) {
		it(label, () => {
			const fix = fixOf(failure);
			for (const snippet of snippets) {
				assert.ok(fix.includes(snippet), `${label}: expected "${snippet}" in:\n${fix}`);
			}
		});
	}
});

describe('diagnoses speak of the failure at hand', () => {
	it('names the URL the token request went to', () => {
		const diagnosis = diagnose({status: 302, url: 'https://app.box.com/api/oauth2/token'});
		assert.match(diagnosis.what, /https:\/\/app\.box\.com\/api\/oauth2\/token/);
		assert.match(diagnosis.what, /https:\/\/api\.box\.com\/oauth2\/token/);
	});

	it('lists all four causes of "Grant credentials are invalid" when nothing else is known', () => {
		const {why, what} = diagnose({text: 'Grant credentials are invalid'});
		assert.equal(why.length, 4);
		assert.match(why[0] ?? '', /waiting for an admin to authorize it/);
		assert.match(why[1] ?? '', /client ID and secret are wrong/);
		assert.match(why[2] ?? '', /access level/);
		assert.match(why[3] ?? '', /Generate user access tokens/);
		assert.match(what, /still waiting for its admin/);
	});

	it("puts the admin's authorization first for a user subject, where a waiting app gets this answer", () => {
		const {why, what} = diagnose({
			description: 'Grant credentials are invalid',
			context: {subjectType: 'user', subjectId: '2635723082'},
		});
		assert.match(why[0] ?? '', /waiting for an admin/);
		assert.ok(why.some((cause) => cause.includes('Generate user access tokens')));
		assert.match(what, /user 2635723082/);
	});

	it('drops the user token cause for an enterprise subject', () => {
		const {why} = diagnose({
			description: 'Grant credentials are invalid',
			context: {subjectType: 'enterprise', subjectId: '575619'},
		});
		assert.equal(why.length, 3);
		assert.ok(why.every((cause) => !cause.includes('Generate user access tokens')));
	});

	it('suspects a missing box_subject_type only when none was sent', () => {
		const description = 'The "box_subject_type" value is unauthorized for this client_id';
		assert.match(diagnose({description}).why[0] ?? '', /missing/);
		assert.match(
			diagnose({description, context: {subjectType: 'enterprise'}}).why[0] ?? '',
			/does not use Client Credentials Grant/,
		);
	});

	it('says how far off the clock is, and which way', () => {
		const behind = diagnose({
			description:
				"Current date/time MUST be before the expiration date/time listed in the 'exp' claim",
			context: {clockOffsetSeconds: -42},
		});
		assert.equal(behind.why[0], "This machine's clock is 42 s behind Box's");
		const ahead = diagnose({context: {authType: 'jwt', clockOffsetSeconds: 95}});
		assert.match(ahead.what, /95 s ahead of Box's/);
	});

	it('blames the clock for a JWT failure only beyond 30 s', () => {
		const failure: Failure = {
			status: 400,
			description: 'Something new',
			context: {authType: 'jwt'},
		};
		assert.equal(
			diagnose({...failure, context: {authType: 'jwt', clockOffsetSeconds: 29}}).id,
			'unrecognised',
		);
		assert.equal(
			diagnose({...failure, context: {authType: 'jwt', clockOffsetSeconds: -31}}).id,
			'jwt-clock-skew',
		);
	});

	it('says how old the auth code and the developer token were', () => {
		assert.match(
			diagnose({
				description: 'The authorization code has expired',
				context: {credentialAgeSeconds: 41},
			}).what,
			/41 s old/,
		);
		assert.match(
			diagnose({status: 401, context: {authType: 'developer-token', credentialAgeSeconds: 3900}})
				.what,
			/65 minutes old/,
		);
	});

	it('names the grant, the claim and the config field that Box or the SDK named', () => {
		assert.match(
			diagnose({
				description: 'The grant type is unauthorized for this client_id',
				context: {grantType: 'authorization_code'},
			}).what,
			/`authorization_code` grant/,
		);
		assert.match(diagnose({text: "Please check the 'aud' claim."}).what, /`aud` claim/);
		assert.match(
			diagnose({text: 'Expecting string for "enterpriseID" of type "JwtConfigFile"'}).what,
			/`enterpriseID`/,
		);
	});

	it('gives Box support the request ID of a server error', () => {
		const diagnosis = diagnose({status: 503, requestId: '0de4280d7c30a4c605598d8e59a14cde7'});
		assert.match(diagnosis.fix.join('\n'), /0de4280d7c30a4c605598d8e59a14cde7/);
		assert.match(diagnosis.what, /\(503\)/);
	});

	it('tells a GET on the token endpoint apart from other 405s', () => {
		assert.match(
			diagnose({status: 405, method: 'get', url: tokenUrl}).what,
			/only POST; this was GET/,
		);
		assert.doesNotMatch(diagnose({status: 405}).what, /POST/);
	});

	it('quotes an unrecognised answer in its one line', () => {
		const diagnosis = diagnose({status: 400, error: 'invalid_foo', description: 'Something new'});
		assert.equal(
			diagnosis.what,
			'boxauth has no rule for this failure: 400 invalid_foo "Something new".',
		);
		assert.equal(diagnosis.step, undefined);
		assert.match(textOf(diagnosis), /boxauth doctor/);
	});

	it('names the wizard step to go back to', () => {
		assert.equal(
			diagnose({text: 'This app is not authorized by the enterprise admin'}).step,
			'admin-authorization',
		);
		assert.equal(diagnose({text: 'The client credentials are invalid'}).step, 'create-app');
		assert.equal(diagnose({status: 404, error: 'not_found'}).step, 'first-call');
		assert.equal(diagnose({context: {subjectType: 'enterprise', subjectId: '0'}}).step, 'account');
	});
});

describe('an app its enterprise has not enabled', () => {
	const cannotAuthorize = 'Unauthorized - Cannot authorize with this service';

	it('is told apart from an expired or revoked token by its challenge or its message', () => {
		const expired = diagnose({
			status: 401,
			wwwAuthenticate:
				'Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."',
		});
		assert.equal(expired.id, 'access-token-invalid');
		assert.match(expired.fix.join('\n'), /boxauth token/);

		for (const failure of [
			{status: 401, wwwAuthenticate: 'Bearer realm="Service"'},
			{status: 401, error: 'unauthorized', description: cannotAuthorize},
		]) {
			const refused = diagnose(failure);
			assert.equal(refused.id, 'app-not-enabled');
			assert.match(refused.what, /A new token will not help/);
			assert.doesNotMatch(refused.fix.join('\n'), /boxauth token/);
			assert.equal(refused.step, 'admin-authorization');
		}
	});

	it('wins over the developer token and App Token rows, which would say to get a new token', () => {
		for (const authType of ['developer-token', 'app-token'] as const) {
			assert.equal(
				diagnose({status: 401, description: cannotAuthorize, context: {authType}}).id,
				'app-not-enabled',
			);
		}
	});

	it('names only the kind of app that was used, both when it is not known', () => {
		const fixOf = (failure: Failure) => diagnose(failure).fix.join('\n');
		const oauth = fixOf({description: cannotAuthorize, context: {authType: 'oauth'}});
		assert.match(oauth, /User Authentication Apps/);
		assert.doesNotMatch(oauth, /Server Authentication Apps/);
		const ccg = fixOf({description: cannotAuthorize, context: {authType: 'ccg'}});
		assert.match(ccg, /authorize and enable/);
		assert.doesNotMatch(ccg, /User Authentication Apps/);
		const unknown = fixOf({description: cannotAuthorize});
		assert.match(unknown, /Server Authentication Apps/);
		assert.match(unknown, /User Authentication Apps/);
	});
});

describe('insufficient_scope from the token endpoint', () => {
	const description = 'Insufficient permissions for the requested scope.';

	it('is a Client Credentials Grant app waiting for its admin, and says so for the subject', () => {
		const diagnosis = diagnose({
			status: 400,
			error: 'insufficient_scope',
			description,
			context: {authType: 'ccg', subjectType: 'enterprise', subjectId: '575619'},
		});
		assert.equal(diagnosis.id, 'ccg-insufficient-scope-not-authorized');
		assert.match(diagnosis.what, /enterprise 575619/);
		assert.match(diagnosis.why[0] ?? '', /waiting for an admin/);
		assert.ok(diagnosis.why.every((cause) => !/downscope/.test(cause)));
	});

	it('keeps downscoping among the causes when the grant is not known', () => {
		const {why} = diagnose({text: description});
		assert.match(why.at(-1) ?? '', /downscope/);
	});

	it('is about the token itself for a downscope request, whatever the profile', () => {
		for (const authType of [undefined, 'ccg', 'jwt', 'oauth'] as const) {
			const diagnosis = diagnose({
				description,
				context: {
					grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
					...(authType ? {authType} : {}),
				},
			});
			assert.equal(diagnosis.id, 'downscope-scope-refused', String(authType));
			assert.match(diagnosis.why[0] ?? '', /lacks one of the scopes/);
			assert.match(diagnosis.fix.join('\n'), /boxauth token --scope/);
			assert.ok(diagnosis.why.every((cause) => !/waiting for an admin/.test(cause)));
		}
	});

	it("says how a standard scope reaches the token, for the profile's auth type", () => {
		const fixFor = (authType?: 'oauth' | 'ccg') =>
			fixOf({
				status: 400,
				error: 'insufficient_scope',
				context: {
					grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
					...(authType ? {authType} : {}),
				},
			});
		assert.match(fixFor('oauth'), /Application Scopes; then log in again \(`boxauth login/);
		assert.doesNotMatch(fixFor('oauth'), /Reauthorize App/);
		assert.match(fixFor('ccg'), /Reauthorize App\), and `boxauth revoke --profile NAME`/);
		assert.doesNotMatch(fixFor('ccg'), /boxauth login/);
		assert.match(fixFor(), /for OAuth 2\.0, log in again.*for JWT and Client Credentials Grant/);
	});

	it('stays apart from the 403 on an API call', () => {
		assert.equal(
			diagnose({
				status: 403,
				error: 'insufficient_scope',
				description: 'The request requires higher privileges than provided by the access token.',
				url: 'https://api.box.com/2.0/files/123',
			}).id,
			'insufficient-scope',
		);
	});
});

describe("the legacy Node SDK's Expired Auth", () => {
	const message = 'Expired Auth: Auth code or refresh token has expired.';

	it('says the message does not tell which 400 it was', () => {
		const {what, why} = diagnose({text: message});
		assert.match(what, /does not say why/);
		assert.ok(why.some((cause) => /JWT/.test(cause)));
	});

	it("gives way to Box's own answer when the paste has it", () => {
		assert.equal(
			diagnose({
				text: `Error: ${message} [400 Bad Request] invalid_grant - Please check the 'jti' claim. A unique 'jti' value is required.`,
			}).id,
			'jwt-jti-reused',
		);
	});

	it('with a 401 is an access token refused on an API call', () => {
		assert.equal(
			diagnose({text: 'Expired Auth: Auth code or refresh token has expired [401 Unauthorized]'})
				.id,
			'access-token-invalid',
		);
	});
});

describe('reading pasted text', () => {
	it('takes the last status of a transcript that followed a redirect', () => {
		const diagnosis = diagnose({text: 'HTTP/1.1 302 Found\nLocation: /\nHTTP/1.1 404 Not Found'});
		assert.equal(diagnosis.id, 'not-found');
	});

	it("ignores the docs link in Box's error body when looking for the URL used", () => {
		const body =
			'{"type":"error","status":404,"code":"not_found","help_url":"https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/","message":"Not Found"}';
		assert.equal(diagnose({text: body}).id, 'not-found');
	});

	it('lets the fields boxauth recorded win over the text', () => {
		const diagnosis = diagnose({status: 429, text: 'HTTP/1.1 404 Not Found'});
		assert.equal(diagnosis.id, 'rate-limited');
	});

	it('does not take a response content type for the request one', () => {
		const text =
			'< HTTP/2 400\n< content-type: application/json\n{"error":"invalid_request","error_description":"Invalid grant_type parameter or parameter missing"}';
		assert.equal(diagnose({text}).id, 'grant-type-missing');
	});
});
