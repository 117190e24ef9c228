import type {AuthType} from '../box/auth-types.js';

export type QuestionId = 'just-trying' | 'never-expires' | 'person-logs-in' | 'key-pair';

export type AuthTypeAnswers = Partial<Record<QuestionId, boolean>>;

export type AuthTypeQuestion = {id: QuestionId; question: string; why: string};

export type Recommendation = {authType: AuthType; because: string};

/** In the order asked: the first "yes" decides, so the quickest way to a token comes first. */
export const authTypeQuestions: readonly AuthTypeQuestion[] = [
	{
		id: 'just-trying',
		question: 'Do you just want to try the API now, for the next hour?',
		why: 'A Developer Token works at once, but it lasts 60 minutes and cannot be renewed.',
	},
	{
		id: 'never-expires',
		question:
			'Does a no-code tool (Zapier, Make, a spreadsheet) need a bearer token that never expires?',
		why: 'Only an App Token can be made never to expire; every other token lasts about an hour and must be renewed.',
	},
	{
		id: 'person-logs-in',
		question: 'Will a person log in with their own Box account, so the app acts as them?',
		why: "OAuth 2.0 acts as whoever logs in and sees their files; the server-to-server kinds act as the app's own service account.",
	},
	{
		id: 'key-pair',
		question:
			'Must the server prove itself with a public/private key pair rather than a client secret?',
		why: "JWT signs each token request with the private key in the console's JSON config; Client Credentials Grant needs only the client ID and secret.",
	},
];

const recommendationOnYes: Record<QuestionId, Recommendation> = {
	'just-trying': {
		authType: 'developer-token',
		because:
			'You only want to try the API now, and a Developer Token works at once: it lasts 60 minutes, enough for your first calls.',
	},
	'never-expires': {
		authType: 'app-token',
		because:
			'Your no-code tool needs a bearer token that does not expire, and only an App Token, from a Limited Access App, can be set never to expire.',
	},
	'person-logs-in': {
		authType: 'oauth',
		because:
			'A person logs in with their own Box account, and OAuth 2.0 is how an app acts as that person, with their files and permissions.',
	},
	'key-pair': {
		authType: 'jwt',
		because:
			"Your server must prove itself with a key pair, and JWT does that: each token request is signed with the private key from the console's JSON config.",
	},
};

const serverWithSecret: Recommendation = {
	authType: 'ccg',
	because:
		'Your server acts on its own and a client secret is enough, so Client Credentials Grant is the simplest fit: the client ID and secret get a token, with no key pair to keep.',
};

/** The next unanswered question that still matters, or undefined when the answers decide. */
export function nextQuestion(answers: AuthTypeAnswers): AuthTypeQuestion | undefined {
	for (const question of authTypeQuestions) {
		const answer = answers[question.id];
		if (answer === undefined) {
			return question;
		}

		if (answer) {
			return undefined;
		}
	}

	return undefined;
}

/** Decided when nextQuestion is undefined; a question not answered yet counts as a no. */
export function recommendAuthType(answers: AuthTypeAnswers): Recommendation {
	const decisive = authTypeQuestions.find((question) => answers[question.id] === true);
	return decisive ? recommendationOnYes[decisive.id] : serverWithSecret;
}
