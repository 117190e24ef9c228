import {authorizeErrorPage, consentPage} from '../consent-page.js';
import {findApp, findUser} from '../find-app.js';
import {sendHtml} from '../http-responses.js';
import {authCodeValue} from '../random-values.js';
import {formFields} from '../read-body.js';
import {checkRedirectUri} from '../redirect-uri.js';
import type {Exchange} from '../sandbox-runtime.js';

const requestFields = [
	'response_type',
	'client_id',
	'redirect_uri',
	'state',
	'scope',
	'code_challenge',
	'code_challenge_method',
] as const;

const explanations: Record<string, string> = {
	unsupported_response_type: 'Box supports only response_type=code.',
	invalid_client: 'No app has this client_id.',
	redirect_uri_missing:
		'The app has several redirect URIs (or none), so the request must name one with redirect_uri.',
	redirect_uri_mismatch: "The redirect_uri is not one of the app's configured redirect URIs.",
	invalid_request: 'The form was incomplete.',
};

/**
 * `GET /api/oauth2/authorize` shows the consent page; its form posts the decision back here, and
 * the answer is a redirect to the app with `code` and `state` (or `error=access_denied`).
 */
export function authorizeEndpoint({request, response, url, body, sandbox}: Exchange): void {
	const {state} = sandbox;
	const params = request.method === 'POST' ? formFields(request, body) : url.searchParams;
	const fail = (error: string) => {
		sendHtml(response, 400, authorizeErrorPage(error, explanations[error] ?? ''));
	};

	if (params.get('response_type') !== 'code') {
		fail('unsupported_response_type');
		return;
	}

	const app = findApp(state, params.get('client_id'));
	if (app?.authType !== 'oauth') {
		fail('invalid_client');
		return;
	}

	const redirect = checkRedirectUri(app, params.get('redirect_uri'));
	if (!redirect.ok) {
		fail(redirect.error);
		return;
	}

	if (request.method !== 'POST') {
		const fields: Record<string, string> = {};
		for (const name of requestFields) {
			const value = params.get(name);
			if (value !== null) {
				fields[name] = value;
			}
		}

		const people = state.users.filter((user) => user.kind === 'managed');
		sendHtml(response, 200, consentPage(app, people, fields));
		return;
	}

	const target = new URL(redirect.redirectUri);
	const appState = params.get('state');
	if (params.get('decision') !== 'grant') {
		// Box's denial redirect is not documented; these are the RFC 6749 parameters.
		target.searchParams.set('error', 'access_denied');
		target.searchParams.set('error_description', 'The user denied access to your application');
	} else {
		const user = findUser(state, params.get('user_id') ?? '');
		if (user?.kind !== 'managed') {
			fail('invalid_request');
			return;
		}

		const code = authCodeValue();
		const now = sandbox.now();
		const challenge = params.get('code_challenge');
		state.authCodes[code] = {
			code,
			clientId: app.clientId,
			userId: user.id,
			redirectUri: params.get('redirect_uri'),
			codeChallenge: challenge,
			codeChallengeMethod: params.get('code_challenge_method') === 'plain' ? 'plain' : 'S256',
			issuedAt: now,
			expiresAt: now + state.lifetimes.authCodeSeconds * 1000,
			used: false,
		};
		sandbox.changed();
		target.searchParams.set('code', code);
	}

	if (appState !== null) {
		target.searchParams.set('state', appState);
	}

	response.writeHead(302, {location: target.toString(), 'content-length': 0});
	response.end();
}
