import type {AuthType} from '../../box/failure.js';

export {authTypeLabels} from '../../wizard/auth-type-labels.js';

/** The words `--auth-type` takes, each with the auth type it stands for. */
export const authTypeWords = {
	ccg: 'ccg',
	jwt: 'jwt',
	oauth: 'oauth',
	developer: 'developer-token',
	'app-token': 'app-token',
} as const satisfies Record<string, AuthType>;

export type AuthTypeWord = keyof typeof authTypeWords;
