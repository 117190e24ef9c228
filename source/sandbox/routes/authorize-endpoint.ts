import type {PageAnswer} from '../answers/answer-rows.js';
import {authorizeAnswers} from '../answers/authorize-answers.js';
import {authorizeErrorPage, consentPage} from '../consent-page.js';
import {findApp, findUser} from '../find-app.js';
import {sendPage, sendRedirect} from '../http-responses.js';
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

/**
 * `GET /api/oauth2/authorize` shows the consent page; its form posts the decision back here, and
 * the answer is a redirect to the app with `code` and `state` (or `error=access_denied`).
 */
export function authorizeEndpoint({request, response, url, body, sandbox}: Exchange): void {
	const {state} = sandbox;
	const params = request.method === 'POST' ? formFields(request, body) : url.searchParams;
	const fail = (answer: PageAnswer) => {
		sendPage(response, answer, authorizeErrorPage(answer.heading, answer.text));
	};

	if (params.get('response_type') !== 'code') {
		fail(authorizeAnswers.unsupportedResponseType);
		return;
	}

	const app = findApp(state, params.get('client_id'));
	if (!app) {
		fail(authorizeAnswers.unknownClient);
		return;
	}

	if (app.authType !== 'oauth') {
		fail(authorizeAnswers.notAnOAuthApp);
		return;
	}

	const redirect = checkRedirectUri(app, params.get('redirect_uri'));
	if (!redirect.ok) {
		fail(
			redirect.error === 'redirect_uri_missing'
				? authorizeAnswers.redirectUriMissing
				: authorizeAnswers.redirectUriMismatch,
		);
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
		sendPage(response, authorizeAnswers.consent, consentPage(app, people, fields));
		return;
	}

	const target = new URL(redirect.redirectUri);
	const appState = params.get('state');
	const granted = params.get('decision') === 'grant';
	if (!granted) {
		target.searchParams.set('error', 'access_denied');
		target.searchParams.set('error_description', 'The user denied access to your application');
	} else {
		const user = findUser(state, params.get('user_id') ?? '');
		if (user?.kind !== 'managed') {
			fail(authorizeAnswers.consentIncomplete);
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

	sendRedirect(
		response,
		granted ? authorizeAnswers.granted : authorizeAnswers.denied,
		target.toString(),
	);
}
