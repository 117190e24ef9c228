import type {SandboxItem} from '../sandbox-state.js';
import {
	type ApiAnswer,
	apiError,
	type ChallengeAnswer,
	capture,
	catalogue,
	docs,
	guess,
	type Provenance,
	sdkCode,
	supportArticle,
} from './answer-rows.js';

// The `/2.0` API and the upload host: Box's 401 challenges, its ClientError bodies and the few
// answers a setup needs (box-auth-reference.md sections 4.3, 5 and 10).

const challenge = (value: string, provenance: Provenance): ChallengeAnswer => ({
	type: 'challenge',
	status: 401,
	challenge: value,
	...provenance,
});

const ok = (status: number, body: string, provenance: Provenance): ApiAnswer => ({
	type: 'api',
	status,
	body,
	...provenance,
});

const invalidTokenChallenge =
	'Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."';

/** Box's texts for malformed requests are not known; these are ours. */
const ourWords = guess(
	"Box's code for a malformed request is `bad_request`; the message is ours",
	"captures of Box's 400 bodies for malformed uploads and preflights",
);

type RetryAfter = {retryAfterSeconds?: number};
const retryAfter = ({retryAfterSeconds}: RetryAfter): Record<string, string> =>
	retryAfterSeconds === undefined ? {} : {'retry-after': String(retryAfterSeconds)};

/** Box prefixes folder IDs with `d_` in these messages. */
const parentNotFound = ({folderId}: {folderId: string}) => ({
	errors: [
		{
			reason: 'invalid_parameter',
			name: 'parent',
			message: `Invalid value 'd_${folderId}'. 'parent' with value 'd_${folderId}' not found`,
		},
	],
});

export const apiAnswers = catalogue({
	noToken: challenge(
		'Bearer realm="Service", error="invalid_request", error_description="The access token was not found."',
		{
			when: 'a call without an Authorization header',
			evidence: capture("a capture from Box's MCP host, which shares api.box.com's auth layer"),
		},
	),
	unknownToken: challenge(invalidTokenChallenge, {
		when: 'a bearer token Box never issued, or an Authorization header that is not a bearer token',
		evidence: capture('box/box-node-sdk#157; developer.box.com common errors (PR #902)'),
	}),
	expiredToken: challenge(invalidTokenChallenge, {
		when: 'an expired token',
		evidence: guess(
			"Box's docs: expired tokens get 401; the words are those for an unknown token",
			"a capture of an expired token's 401 (whether Box words it differently)",
		),
	}),
	revokedToken: challenge(invalidTokenChallenge, {
		when: 'a revoked token, or one of a server app the admin deauthorized',
		evidence: guess(
			"Box's docs: revoked tokens get 401; the words are those for an unknown token",
			"a capture of a revoked token's 401, and of a deauthorized app's (Box may keep the token alive, or answer like a disabled app)",
		),
	}),
	appDisabled: apiError(401, 'unauthorized', 'Unauthorized - Cannot authorize with this service', {
		headers: {'www-authenticate': 'Bearer realm="Service"'},
		when: 'any call with a token of an app the admin has disabled or not enabled, whatever its auth type; the token endpoint still issues tokens for it',
		evidence: supportArticle(
			'support.box.com 360044193313; support posts 4406906181523, 1500000289501; box/box-python-sdk#618',
		),
	}),
	accountEndpointDenied: apiError(
		403,
		'access_denied_insufficient_permissions',
		'Access denied - insufficient permission',
		{
			when: 'an App Token on users/me, the upload preflight or an upload; a downscoped token on users/me',
			evidence: guess(
				"Box's docs: App Tokens may call only a few item endpoints, downscoped tokens only their scopes",
				'a capture of an App Token calling users/me, and of a downscoped token calling it',
			),
		},
	),
	downscopedScopeMissing: apiError(
		403,
		'insufficient_scope',
		'The request requires higher privileges than provided by the access token.',
		{
			headers: {
				'www-authenticate':
					'Bearer realm="Service", error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token."',
			},
			when: 'a downscoped token without an upload scope (`item_upload`, `base_upload`, `item_readwrite`, `root_readwrite`) on the upload preflight or an upload',
			evidence: guess(
				"developer.box.com common errors: 403 `insufficient_scope` with this message for a token that lacks the scope a call needs; the challenge header is RFC 6750's",
				'a capture of a token downscoped to `item_preview` trying an upload',
			),
		},
	),
	downscopedOutsideResource: apiError(
		403,
		'access_denied_insufficient_permissions',
		'Access denied - insufficient permission',
		{
			when: 'a downscoped token with an upload scope, held to a file or folder, uploading somewhere else',
			evidence: guess(
				"Box's answer when a token may not act on an item (a real capture: `access_denied_insufficient_permissions`)",
				'a capture of a token downscoped to one folder uploading into another (Box may answer 404 instead)',
			),
		},
	),

	usersMe: ok(
		200,
		"Box's standard User; with `fields`, only `type`, `id` and the fields asked for; times in the user's offset",
		{
			when: 'a live token asks who it acts as',
			evidence: docs(
				'box/box-openapi c9a878a9 User and User--Full; fields semantics from box-node-sdk v3 fixtures',
			),
		},
	),
	preflightAccepted: ok(200, '`{"upload_url": <this sandbox>, "upload_token": null}`', {
		when: 'the upload preflight for a new name in a folder the caller owns',
		evidence: docs("Box's spec (options_files_content); developer.box.com guides/uploads/check"),
	}),
	fileUploaded: ok(201, 'Files with the standard File (the `fields` parameter is ignored)', {
		when: 'a new file uploaded to a folder the caller owns',
		evidence: docs("Box's spec (post_files_content)"),
	}),
	versionUploaded: ok(200, 'Files with the standard File, a new version ID and etag', {
		when: 'a new version of a file the caller owns',
		evidence: docs("Box's spec; developer.box.com guides/uploads/direct/file-version"),
	}),

	uploadParentNotFound: apiError<{folderId: string}>(404, 'not_found', 'Not Found', {
		contextInfo: parentNotFound,
		when: 'an upload to a parent folder that does not exist or the caller does not own',
		evidence: capture('a public Apps Script test log of real answers (box-auth-reference.md §10)'),
	}),
	preflightParentNotFound: apiError<{folderId: string}>(404, 'not_found', 'Not Found', {
		contextInfo: parentNotFound,
		when: 'an upload preflight naming a parent folder that does not exist or the caller does not own',
		evidence: guess(
			"the upload's answer to the same parent",
			'a capture of a preflight with an unknown parent folder',
		),
	}),
	fileNotFound: apiError(404, 'not_found', 'Not Found', {
		when: 'a new version of a file that does not exist or the caller does not own',
		evidence: docs('developer.box.com common errors; guides/security: hidden items are 404s'),
	}),
	nameInUse: apiError<{existing: SandboxItem}>(
		409,
		'item_name_in_use',
		'Item with the same name already exists',
		{
			contextInfo: ({existing}) => {
				const etag = existing.etag ?? '0';
				return {
					conflicts: {
						type: existing.type,
						id: existing.id,
						file_version: {type: 'file_version', id: existing.fileVersionId, sha1: existing.sha1},
						sequence_id: etag,
						etag,
						sha1: existing.sha1,
						name: existing.name,
					},
				};
			},
			when: "a name already in the folder (compared without case): `context_info.conflicts` is one object naming the file, not the spec's array",
			evidence: sdkCode('box/box-ui-elements src/api/uploads/BaseUpload.js reads conflicts.id'),
		},
	),
	preconditionFailed: apiError(
		412,
		'precondition_failed',
		'The resource has been modified. Retrieve the resource again and retry',
		{
			when: "a new version whose `if-match` is not the file's etag",
			evidence: docs('developer.box.com common errors'),
		},
	),
	badDigest: apiError(
		400,
		'bad_digest',
		'The specified content-md5 did not match what we received',
		{
			when: "an upload whose `content-md5` is not the file's SHA-1",
			evidence: docs('developer.box.com common errors'),
		},
	),
	metadataAfterFileContents: apiError(
		400,
		'metadata_after_file_contents',
		"The 'attributes' part must come before the 'file' part",
		{
			when: 'an upload whose `file` part comes before its `attributes`',
			evidence: guess(
				'developer.box.com common errors has the code; the message is ours',
				"a capture of this error's message",
			),
		},
	),
	itemNameTooLong: apiError(400, 'item_name_too_long', 'Item name too long', {
		when: 'a file name over 255 characters',
		evidence: guess(
			'developer.box.com common errors has the code; the message is ours',
			"a capture of this error's message",
		),
	}),
	itemNameInvalid: apiError(400, 'item_name_invalid', 'Item name invalid', {
		when: 'a file name with a slash, `.` or `..`, or spaces at either end (Box refuses them, it does not trim)',
		evidence: guess(
			'developer.box.com common errors has the code; the message is ours',
			"a capture of this error's message, and of a name with spaces at its ends",
		),
	}),
	preflightNotJson: apiError(400, 'bad_request', 'The request body is not valid JSON', {
		when: 'an upload preflight whose body is not JSON',
		evidence: ourWords,
	}),
	nameMissing: apiError(400, 'bad_request', "'name' is required", {
		when: 'an upload or preflight without a name',
		evidence: ourWords,
	}),
	parentMissing: apiError(400, 'bad_request', "'parent.id' is required", {
		when: 'an upload or preflight without a parent folder ID',
		evidence: ourWords,
	}),
	versionNameEmpty: apiError(400, 'bad_request', "'name' must be a non-empty string", {
		when: 'a new version renamed to an empty or non-string name',
		evidence: ourWords,
	}),
	notMultipart: apiError(400, 'bad_request', 'The request must be multipart/form-data', {
		when: 'an upload that is not multipart/form-data',
		evidence: ourWords,
	}),
	multipartUnreadable: apiError(400, 'bad_request', 'The multipart body could not be read', {
		when: 'an upload whose multipart body cannot be parsed',
		evidence: ourWords,
	}),
	attributesMissing: apiError(400, 'bad_request', "The 'attributes' part is required", {
		when: 'an upload without an `attributes` part',
		evidence: ourWords,
	}),
	filePartMissing: apiError(400, 'bad_request', "The 'file' part is required", {
		when: 'an upload without a `file` part',
		evidence: ourWords,
	}),
	attributesNotObject: apiError(400, 'bad_request', "The 'attributes' part is not a JSON object", {
		when: 'an upload whose `attributes` part is not a JSON object',
		evidence: ourWords,
	}),

	unknownPath: apiError(404, 'not_found', 'Not Found', {
		when: 'any path the sandbox does not serve, such as `POST /oauth2/<token>`',
		evidence: guess(
			"Box's ClientError shape (box-auth-reference.md §9, open question 1)",
			"a capture of Box's answer to an unknown path (its body may be empty, JSON or HTML)",
		),
	}),
	methodNotAllowed: apiError(405, 'method_not_allowed', 'Method Not Allowed', {
		when: 'a method the endpoint does not take, such as `POST /2.0/users/me`',
		evidence: docs('developer.box.com common errors'),
	}),
	requestTargetNotPath: apiError(400, 'bad_request', 'The request target is not a path', {
		when: 'a request target that is not a path (an absolute URL or `*`)',
		evidence: guess(
			"Box's code for a malformed request is `bad_request`; the message is ours",
			"a capture of Box's answer to an absolute URL as the request target",
		),
	}),
	bodyTooLarge: apiError(413, 'request_entity_too_large', 'Request Entity Too Large', {
		headers: {connection: 'close'},
		when: 'a body over 64 KiB (50 MB for uploads)',
		evidence: guess(
			"Box's ClientError shape",
			"a capture of Box's answer to an oversized token request or upload",
		),
	}),
	rateLimited: apiError<Required<RetryAfter>>(
		429,
		'rate_limit_exceeded',
		'Request rate limit exceeded, please try again later',
		{
			headers: retryAfter,
			when: 'a `rate_limit` fault (any endpoint), with its `retry-after`',
			evidence: docs('developer.box.com guides/api-calls/permissions-and-errors/rate-limits'),
		},
	),
	internalServerError: apiError<RetryAfter>(500, 'internal_server_error', 'Internal Server Error', {
		headers: retryAfter,
		when: 'a `status` 500 fault, or a failure inside the sandbox',
		evidence: docs('developer.box.com common errors'),
	}),
	badGateway: apiError<RetryAfter>(502, 'bad_gateway', 'Bad Gateway', {
		headers: retryAfter,
		when: 'a `status` 502 fault',
		evidence: docs('developer.box.com common errors'),
	}),
	unavailable: apiError<RetryAfter>(503, 'unavailable', 'Unavailable', {
		headers: retryAfter,
		when: 'a `status` 503 fault, with `retry-after` when asked',
		evidence: docs('developer.box.com common errors'),
	}),
	otherServerError: apiError<RetryAfter & {status: number}>(
		({status}) => status,
		'internal_server_error',
		'Internal Server Error',
		{
			headers: retryAfter,
			when: 'a `status` fault with another 5xx status',
			evidence: guess(
				'Box documents only 500, 502 and 503',
				'a capture of another 5xx from Box, such as a 504',
			),
		},
	),
});
