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
		['refresh token', {description: 'Refresh token has expired'}, ['boxauth setup --profile NAME']],
		[
			'free account',
			{
				description: "Please check the 'sub' claim. The 'sub' specified is invalid.",
				context: {subjectType: 'enterprise', subjectId: '1'},
			},
			['https://account.box.com/signup/n/developer', 'Copy Enterprise ID'],
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
		const {why} = diagnose({text: 'Grant credentials are invalid'});
		assert.equal(why.length, 4);
		assert.match(why[0] ?? '', /client ID and secret are wrong/);
		assert.match(why[1] ?? '', /not authorized in the Admin Console/);
		assert.match(why[2] ?? '', /access level/);
		assert.match(why[3] ?? '', /Generate user access tokens/);
	});

	it('puts the user token setting first for a user subject', () => {
		const {why, what} = diagnose({
			description: 'Grant credentials are invalid',
			context: {subjectType: 'user', subjectId: '2635723082'},
		});
		assert.match(why[0] ?? '', /Generate user access tokens/);
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
