import {
	catalogue,
	docs,
	guess,
	type PageAnswer,
	type Provenance,
	staffAnswer,
} from './answer-rows.js';

// `GET /api/oauth2/authorize`, the browser's side of an OAuth 2.0 login (box-auth-reference.md
// §1.1, §4.2, §10). Box's error pages are not redirects: the app never hears of them.

const errorPage = (heading: string, text: string, provenance: Provenance): PageAnswer => ({
	type: 'page',
	status: 400,
	heading,
	text,
	...provenance,
});

export const authorizeAnswers = catalogue({
	consent: {
		type: 'page',
		status: 200,
		heading: 'Grant access to Box',
		text: "A form to log in as one of the enterprise's people and grant or deny the app access.",
		when: "a valid request from an OAuth 2.0 app (the page stands in for Box's login and consent screens)",
		evidence: docs('developer.box.com guides/authentication/oauth2/without-sdk'),
	},
	granted: {
		type: 'redirect',
		status: 302,
		query: "`code` and the request's `state`",
		when: 'the user grants access',
		evidence: docs('developer.box.com guides/authentication/oauth2/without-sdk'),
	},
	denied: {
		type: 'redirect',
		status: 302,
		query: '`error=access_denied`, an `error_description` and the `state`',
		when: 'the user denies access',
		evidence: guess(
			'RFC 6749 section 4.1.2.1',
			'a capture of the redirect after "Deny" on Box\'s consent screen (open question 11)',
		),
	},
	unsupportedResponseType: errorPage(
		'unsupported_response_type',
		'Box supports only response_type=code.',
		{
			when: 'a response_type other than `code`, or none',
			evidence: guess(
				"Box's spec allows only `code`; the page is ours",
				"a capture of Box's page for `response_type=token`",
			),
		},
	),
	unknownClient: errorPage('invalid_client', 'No app has this client_id.', {
		when: 'a client_id no app has',
		evidence: guess(
			"RFC 6749's name for the mistake",
			"a capture of Box's page for an unknown client_id",
		),
	}),
	notAnOAuthApp: errorPage(
		'redirect_uri_mismatch',
		'This app is not an OAuth 2.0 app, so it has no redirect URI to send you back to.',
		{
			when: 'the client_id of a JWT, CCG or Limited Access app',
			evidence: staffAnswer(
				"a Box developer advocate's community answer: Box shows redirect_uri_mismatch, the app must be an OAuth 2.0 app",
			),
		},
	),
	redirectUriMissing: errorPage(
		'redirect_uri_missing',
		'The app has several redirect URIs (or none), so the request must name one with redirect_uri.',
		{
			when: 'no redirect_uri while the app has several',
			evidence: docs('developer.box.com guides/authentication/oauth2/oauth2-setup'),
		},
	),
	redirectUriMismatch: errorPage(
		'redirect_uri_mismatch',
		"The redirect_uri is not one of the app's configured redirect URIs.",
		{
			when: "a redirect_uri that is none of the app's (a loopback URI may differ in port only)",
			evidence: docs('developer.box.com guides/authentication/oauth2/oauth2-setup'),
		},
	),
	consentIncomplete: errorPage('invalid_request', 'The form was incomplete.', {
		when: 'the consent form posted without a person of the enterprise to log in as',
		evidence: guess(
			"the consent form is the sandbox's own",
			"nothing: Box's login screen has no such form",
		),
	}),
});
