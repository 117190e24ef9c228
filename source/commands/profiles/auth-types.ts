import type {AuthType} from '../../box/failure.js';

/** The words `--auth-type` takes, each with the auth type it stands for. */
export const authTypeWords = {
	ccg: 'ccg',
	jwt: 'jwt',
	oauth: 'oauth',
	developer: 'developer-token',
	'app-token': 'app-token',
} as const satisfies Record<string, AuthType>;

export type AuthTypeWord = keyof typeof authTypeWords;

/** How the Developer Console names each auth type, so that people recognise them. */
export const authTypeLabels: Record<AuthType, string> = {
	ccg: 'Client Credentials Grant',
	jwt: 'JWT',
	oauth: 'OAuth 2.0',
	'developer-token': 'Developer Token',
	'app-token': 'App Token',
};
