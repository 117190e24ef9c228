import {
	adminAddApp,
	adminContact,
	adminEnableServerApp,
	adminReauthorize,
	appAccessLevel,
	appScopes,
	authenticationMethod,
	developerSignup,
	fetchClientSecret,
	findEnterpriseId,
	submitForAuthorization,
	userTokensSetting,
	whoIsTheToken,
} from '../../box/console-paths.js';
import type {Failure} from '../../box/failure.js';
import {maskQuoted} from '../../box/mask-secrets.js';
import type {DiagnosisRow, FailureMatch} from '../diagnosis-row.js';
import {grantUnknown, usedCcg} from '../failure-facts.js';
import {grantCredentialsCauses, likelyGrantCredentialsCauses} from '../grant-credentials-causes.js';

// The token endpoint reached and read, and the app's setup is what is wrong: credentials,
// authorization, auth method, subject, scopes.

const platformAppApproval = 'https://developer.box.com/guides/authorization/platform-app-approval/';
const clientCredentialsGuide =
	'https://developer.box.com/guides/authentication/client-credentials/';
const commonErrors =
	'https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/';

const noTransportProblem = (failure: Failure) => failure.transport === undefined;

// `insufficient_scope` from the token endpoint: the one capture is a Client Credentials Grant app
// whose admin had not authorized it yet, with or without `scope=` (box-auth-reference.md section
// 10), so a bare paste of it is read as that too.
const insufficientScopeAtTokenUrl: readonly FailureMatch[] = [
	{description: /insufficient permissions for the requested scope/},
	{error: 'insufficient_scope', status: 400},
	{error: 'insufficient_scope', url: /\/oauth2\/token/},
];
const ccgOrUnknown = (failure: Failure) => usedCcg(failure) || grantUnknown(failure);

/** " for enterprise 123", " for user 456", or nothing when the subject is not known. */
const forSubject = (failure: Failure) => {
	const {subjectType, subjectId} = failure.context ?? {};
	if (subjectType === undefined) {
		return '';
	}

	return subjectId === undefined
		? ` for the ${subjectType}`
		: ` for ${subjectType} ${maskQuoted(subjectId)}`;
};

export const appSetupRows: readonly DiagnosisRow[] = [
	{
		id: 'client-secret-is-a-token',
		remedy: 'person',
		seen: '`invalid_client` or `Grant credentials are invalid` with a developer token typed as the client secret',
		match: [
			{
				when: (failure) =>
					failure.context?.secretLooksLikeToken === true && noTransportProblem(failure),
			},
		],
		what: "The client secret typed looks like a developer token, not the app's client secret.",
		why: [
			'A developer token (from the Configuration tab) was pasted where the client secret belongs: both are 32 characters',
		],
		fix: [
			`Copy the real secret: ${fetchClientSecret}`,
			'Run `boxauth setup` and paste it as the client secret',
			'Only want to try the API for an hour? Choose Developer Token in `boxauth setup` and paste the token there',
		],
		step: 'create-app',
		docs: 'https://developer.box.com/guides/authentication/client-credentials/client-credentials-setup/',
	},
	{
		id: 'enterprise-id-zero',
		remedy: 'person',
		seen: 'Enterprise ID `0` (`"enterpriseID": "0"` in the JWT config file)',
		match: [
			{
				when: (failure) =>
					failure.context?.subjectType === 'enterprise' &&
					failure.context.subjectId?.trim() === '0' &&
					noTransportProblem(failure),
			},
		],
		what: 'The enterprise ID is `0`: this Box account has no enterprise.',
		why: [
			'The app was made from a free personal Box account, so its config file says `"enterpriseID": "0"`; server authentication (JWT, Client Credentials Grant) needs an enterprise',
			'`0` was typed as a placeholder',
		],
		fix: [
			`Sign up for a free Box developer account at ${developerSignup} (it comes with an enterprise) and create the app there, or use a Business or Enterprise account`,
			`Find the real enterprise ID: ${findEnterpriseId}`,
			'Then run `boxauth setup` again',
		],
		step: 'account',
		docs: 'https://developer.box.com/guides/getting-started/locating-values/',
	},
	{
		id: 'app-not-authorized',
		remedy: 'person',
		seen: '`unauthorized_client`: This app is not authorized by the enterprise admin',
		match: [{description: /this app is not authorized by the enterprise/}],
		what: 'A Box admin has not authorized this app yet, or has disabled it.',
		why: [
			'Apps using JWT or Client Credentials Grant need a Box admin to authorize them before their first token',
			'The admin authorized another client ID: another app, or this app before it was made again',
			'The admin disabled the app',
		],
		fix: [
			`Ask for authorization: ${submitForAuthorization}`,
			`Or send your admin the client ID; they add it at ${adminAddApp}, and enable it if your enterprise disables new apps: ${adminEnableServerApp}`,
			`Don't know your admin? ${adminContact}`,
			'`boxauth setup` waits at the admin authorization step and ticks it the moment the admin approves',
		],
		step: 'admin-authorization',
		docs: platformAppApproval,
	},
	{
		id: 'subject-type-unauthorized',
		remedy: 'person',
		seen: '`unauthorized_client`: The "box_subject_type" value is unauthorized for this client_id',
		match: [{description: /'box_subject_type' value is unauthorized/}],
		what: 'Box will not give this app a Client Credentials Grant token for that subject type.',
		why: (failure) => {
			const missing =
				'`box_subject_type` is missing from the request (it must be `enterprise` or `user`, with `box_subject_id`)';
			const notCcg =
				'The app does not use Client Credentials Grant: it is an OAuth 2.0 (user login) or JWT app';
			return failure.context?.subjectType === undefined ? [missing, notCcg] : [notCcg, missing];
		},
		fix: [
			'Send `box_subject_type=enterprise&box_subject_id=<enterprise ID>`, or `user` with a user ID',
			`Check the app's method at ${authenticationMethod}; then run \`boxauth setup\` and pick the auth type it shows, or create a new Platform App with Server Authentication (with Client Credentials Grant)`,
		],
		step: 'auth-type',
		docs: clientCredentialsGuide,
	},
	{
		id: 'grant-type-unauthorized',
		remedy: 'person',
		seen: '`invalid_request` or `unauthorized_client`: The grant type is unauthorized for this client_id',
		match: [{description: /grant type is unauthorized for this client_id/}],
		what: (failure) => {
			const grant = failure.context?.grantType;
			const named = grant ? `the \`${maskQuoted(grant)}\` grant` : 'this grant';
			return `This app does not accept ${named}: it was set up for another authentication method.`;
		},
		why: [
			"The grant does not match the app's authentication method: an OAuth 2.0 login or refresh on a JWT or Client Credentials Grant app, a JWT assertion on a Client Credentials Grant or OAuth 2.0 app, or `client_credentials` on a JWT or OAuth 2.0 app",
			'The client ID belongs to another app than the one you meant',
		],
		fix: [
			`Look up the app's method at ${authenticationMethod}`,
			'Run `boxauth setup` and choose the auth type it shows; for another method, create a new Platform App',
		],
		step: 'auth-type',
		docs: 'https://developer.box.com/guides/authentication/select/',
	},
	{
		id: 'user-token-not-allowed',
		remedy: 'person',
		seen: '`invalid_request`: Cannot obtain user token based on the enterprise configuration for your app (or "Cannot obtain token …")',
		match: [{description: /cannot obtain (user )?token based on the enterprise configuration/}],
		what: "The app's settings do not let it get a token for this user.",
		why: [
			'"Generate user access tokens" is off for the app',
			'The user is a managed user and the app has App Access Only, which reaches only its service account and app users',
			"The user ID is the app's own service account: a token for it is an enterprise token, not a user token",
			'The settings were changed but the admin has not re-authorized the app since',
			"The managed user has not accepted your enterprise's custom terms of service",
		],
		fix: [
			`Turn on ${userTokensSetting}`,
			`For managed users, set ${appAccessLevel}`,
			`Save, then have the admin re-authorize: ${adminReauthorize}`,
			'To act as the service account, ask for the enterprise instead: the enterprise ID as the subject, with `box_subject_type=enterprise` (JWT: `"box_sub_type": "enterprise"`); `boxauth setup` does this',
		],
		step: 'create-app',
		docs: 'https://developer.box.com/guides/authentication/jwt/user-access-tokens/',
	},
	{
		id: 'invalid-client',
		remedy: 'person',
		seen: '`invalid_client`: The client credentials are invalid',
		match: [{description: /client credentials are (invalid|not valid)/}, {error: 'invalid_client'}],
		what: 'Box does not recognise this client ID and secret pair.',
		why: [
			'The client secret or ID is wrong: mistyped, cut short, with a stray space or quote, or from another app',
			'The secret was reset in the Developer Console, so the old one no longer works',
			'A `client_credentials` request without `box_subject_type`: Box has answered that with this error too',
			'The app is an OAuth 2.0 (user login) app and the request used `client_credentials`, which only Client Credentials Grant apps take',
			'The ID and secret were sent with HTTP Basic auth; Box reads them only from the form body',
		],
		fix: [
			`Copy both again at ${fetchClientSecret}`,
			'Client Credentials Grant: send `box_subject_type` (`enterprise` or `user`) and `box_subject_id` with the ID and secret',
			`Check the app's method at ${authenticationMethod}; for an OAuth 2.0 app choose OAuth 2.0 in \`boxauth setup\``,
			'Send `client_id` and `client_secret` as form fields, not in an `Authorization: Basic` header',
			'Run `boxauth setup` to enter them again',
		],
		step: 'create-app',
		docs: commonErrors,
	},
	{
		id: 'ccg-grant-credentials-invalid',
		remedy: 'person',
		seen: '`invalid_grant`: Grant credentials are invalid',
		match: [{description: /grant credentials are invalid/}],
		what: (failure) =>
			`Box refused a Client Credentials Grant token${forSubject(failure)}: it gives this one answer for a wrong client ID or secret, a subject the app may not use, and an app still waiting for its admin.`,
		why: (failure) =>
			likelyGrantCredentialsCauses(failure).map((cause) => grantCredentialsCauses[cause].why),
		fix: (failure) =>
			likelyGrantCredentialsCauses(failure).map((cause) => grantCredentialsCauses[cause].fix),
		step: 'create-app',
		docs: clientCredentialsGuide,
	},
	{
		id: 'ccg-insufficient-scope-not-authorized',
		remedy: 'person',
		seen: '`insufficient_scope`: Insufficient permissions for the requested scope. (Client Credentials Grant)',
		match: insufficientScopeAtTokenUrl.map((match) => ({...match, when: ccgOrUnknown})),
		what: (failure) =>
			`Box refused a Client Credentials Grant token${forSubject(failure)}: it answers "Insufficient permissions for the requested scope" when a Box admin has not authorized the app yet.`,
		why: (failure) => [
			'The app is still waiting for an admin to authorize it in the Admin Console: Box gives a waiting app this answer for an enterprise subject (and `Grant credentials are invalid` for a user), whether or not the request has `scope=`',
			'The app was changed (scopes, application access) and not re-authorized since',
			...(grantUnknown(failure)
				? [
						'Not a Client Credentials Grant request: a downscope asking for a scope the original token does not have',
					]
				: []),
		],
		fix: [
			`Ask for authorization: ${submitForAuthorization}`,
			`Or send your admin the client ID; they add it at ${adminAddApp}, and enable it if your enterprise disables new apps: ${adminEnableServerApp}`,
			`Changed since it was authorized? The admin re-authorizes it: ${adminReauthorize}`,
			`Don't know your admin? ${adminContact}`,
			'`boxauth setup` waits at the admin authorization step and ticks it the moment the admin approves',
		],
		step: 'admin-authorization',
		docs: platformAppApproval,
	},
	{
		id: 'token-insufficient-scope',
		remedy: 'person',
		seen: '`insufficient_scope`: Insufficient permissions for the requested scope. (other grants)',
		match: insufficientScopeAtTokenUrl,
		what: 'The token request asked for a scope this app or token cannot have.',
		why: [
			'A downscope request for a scope the original token does not have',
			'The app is not authorized yet, or was changed and not re-authorized since: Box answers this way for a Client Credentials Grant app its admin has not authorized',
			'A `scope` parameter asking for a scope the app is not configured with',
		],
		fix: [
			'Downscope only to scopes the original token has',
			`Turn the scope on at ${appScopes}, then have the admin authorize or re-authorize the app: ${adminReauthorize}`,
			'Leave `scope` out of Client Credentials Grant and JWT token requests: their tokens take the scopes of the app',
		],
		step: 'create-app',
		docs: 'https://developer.box.com/guides/api-calls/permissions-and-errors/scopes/',
	},
	{
		id: 'invalid-resource',
		remedy: 'person',
		seen: '`invalid_resource`: The target resource is invalid.',
		match: [{description: /target resource is invalid/}, {error: 'invalid_resource'}],
		what: "The downscope request names a file or folder the token's user cannot reach.",
		why: [
			"The token's user cannot see the item in `resource` (an `As-User` header does not change that)",
			'`resource` is not a full API URL such as `https://api.box.com/2.0/files/123456`, or the ID is wrong',
			'A `box_shared_link` that is password-protected or a web link',
			'The token narrowed was downscoped already, to another item: it cannot reach beyond that one',
		],
		fix: [
			`See who the token acts as: ${whoIsTheToken}`,
			'Give that user access to the item, or downscope a token of a user who has it',
			'Send `resource=https://api.box.com/2.0/files/ID` in full; with boxauth, `boxauth token --scope item_preview --resource https://api.box.com/2.0/files/ID`',
		],
		step: 'first-call',
		docs: 'https://developer.box.com/guides/authentication/tokens/downscope/',
	},
	{
		id: 'revoke-token-unknown',
		seen: '`invalid_token`: The supplied token is invalid',
		match: [{description: /the supplied token is invalid/}],
		what: 'Box does not know the token you asked it to revoke.',
		why: [
			'It was revoked already, or has expired',
			"The client ID and secret are another app's than the one that issued the token",
			'The token was cut short when copied',
		],
		fix: [
			'Nothing to do if the goal was to end the token: it no longer works',
			'Otherwise revoke with the same app that issued it: `boxauth revoke --profile NAME`',
		],
		docs: 'https://developer.box.com/guides/authentication/tokens/revoke/',
	},
];
