import {adminReauthorize, appScopes} from '../../box/console-paths.js';
import type {Failure} from '../../box/failure.js';
import type {DiagnosisRow} from '../diagnosis-row.js';
import {usedTokenExchange} from '../failure-facts.js';

// A downscope (the token-exchange grant, `boxauth token --scope`) that Box refused. They come
// before the app-setup rows: a downscope from a CCG or JWT profile carries that auth type, and
// those rows would read its answer as a problem of the app's own token request.

const downscopeGuide = 'https://developer.box.com/guides/authentication/tokens/downscope/';

const logInAgain = 'log in again (`boxauth login --profile NAME`) for a token that carries it';
const reauthorize = `the admin re-authorizes the app (${adminReauthorize}), and \`boxauth revoke --profile NAME\` drops the token held so that the next \`boxauth token\` gets one with it`;

/** An OAuth 2.0 login takes new scopes at its next login; a server app, at its admin's say. */
function newTokenWithScope(failure: Failure): string {
	switch (failure.context?.authType) {
		case 'oauth': {
			return `then ${logInAgain}`;
		}

		case 'ccg':
		case 'jwt':
		case 'app-token': {
			return `then ${reauthorize}`;
		}

		default: {
			return `then, for OAuth 2.0, ${logInAgain}; for JWT and Client Credentials Grant, ${reauthorize}`;
		}
	}
}

export const downscopeRows: readonly DiagnosisRow[] = [
	{
		id: 'downscope-scope-refused',
		remedy: 'person',
		seen: '`insufficient_scope` (or `invalid_scope`, or a 401) answering a downscope request',
		match: [
			{error: ['insufficient_scope', 'invalid_scope'], when: usedTokenExchange},
			{description: /insufficient permissions for the requested scope/, when: usedTokenExchange},
			// Box's spec: a subject token without every scope asked for gets "401 Unauthorized".
			{status: 401, when: usedTokenExchange},
			{error: 'invalid_scope', url: /\/oauth2\/token/},
		],
		what: 'Box would not narrow the token to the scopes asked for.',
		why: [
			"The token being narrowed lacks one of the scopes: a standard scope (`root_readwrite`, `manage_groups`, `sign_requests.readwrite`, …) must be on in the app's configuration, and an OAuth 2.0 login that asked for fewer scopes carries only those",
			'The token being narrowed was downscoped already: it can only keep scopes it has, never gain one',
			"A word that is not one of Box's downscope scopes (boxauth checks `--scope` against the list it knows, which Box may have changed since)",
		],
		fix: (failure) => [
			'Ask only for the scopes the browser or script needs: the UI Element scopes (`item_preview`, `item_download`, `item_upload`, `base_explorer`, …) come from any full token, as in `boxauth token --scope item_preview,item_download`',
			`For a standard scope, turn it on at ${appScopes}; ${newTokenWithScope(failure)}`,
			"Narrow the profile's own token, not a downscoped one: boxauth never stores downscoped tokens, so `boxauth token --scope` always starts from the profile's",
		],
		docs: 'https://developer.box.com/guides/api-calls/permissions-and-errors/scopes/',
	},
	{
		id: 'downscope-subject-token-invalid',
		remedy: 'person',
		seen: '`invalid_grant` answering a downscope request: the token to narrow is not valid',
		match: [
			{error: 'invalid_grant', when: usedTokenExchange},
			{description: /subject_token is invalid/},
		],
		what: 'Box did not take the token it was asked to narrow.',
		why: [
			'It was revoked (`boxauth revoke`, a revoke in the Developer Console, an admin deauthorizing or disabling the app) or has expired, though boxauth still holds it',
			'BOXAUTH_ACCESS_TOKEN is set to a token that no longer works',
			"It is another Box's token: a sandbox profile's token sent to api.box.com, or the other way",
		],
		fix: [
			'See whether Box takes the token the profile holds: `boxauth status --profile NAME`',
			'Get a new one: `boxauth login --profile NAME` for OAuth 2.0; for other profiles `boxauth revoke --profile NAME` forgets the held token, and the next `boxauth token` gets a new one',
			'Unset BOXAUTH_ACCESS_TOKEN, or set it to a token that works',
		],
		docs: downscopeGuide,
	},
];
