import type {AuthType} from '../box/failure.js';

/** How the Developer Console names each auth type, so that people recognise them. */
export const authTypeLabels: Record<AuthType, string> = {
	ccg: 'Client Credentials Grant',
	jwt: 'JWT',
	oauth: 'OAuth 2.0',
	'developer-token': 'Developer Token',
	'app-token': 'App Token',
};
