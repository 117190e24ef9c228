import {isAppEnabled} from './app-authorization.js';
import type {SandboxUrls} from './sandbox-runtime.js';
import type {AuthType, ConsoleJwtConfig, SandboxState} from './sandbox-state.js';

/** How the Developer Console names each auth type. */
export const authTypeLabels: Record<AuthType, string> = {
	ccg: 'Client Credentials Grant',
	jwt: 'JWT',
	oauth: 'OAuth 2.0',
	app_token: 'App Token',
};

export type SandboxDescription = SandboxUrls & {
	enterprise: {id: string; name: string};
	users: Array<{id: string; name: string; login: string; role: string}>;
	developerToken: string;
	apps: Array<{
		name: string;
		authType: AuthType;
		authorized: boolean;
		enabled: boolean;
		clientId: string;
		clientSecret: string;
		jwtConfig?: ConsoleJwtConfig;
		redirectUris?: string[];
		appToken?: string;
	}>;
};

/** What `boxauth sandbox --json` prints and `GET /_sandbox` answers: everything needed to log in. */
export function describeSandbox(state: SandboxState, urls: SandboxUrls): SandboxDescription {
	return {
		...urls,
		enterprise: state.enterprise,
		users: state.users.map(({id, name, login, role}) => ({id, name, login, role})),
		developerToken: state.developerToken,
		apps: state.apps.map((app) => ({
			name: app.name,
			authType: app.authType,
			authorized: app.authorized,
			enabled: isAppEnabled(app),
			clientId: app.clientId,
			clientSecret: app.clientSecret,
			...(app.jwtConfig ? {jwtConfig: app.jwtConfig} : {}),
			...(app.authType === 'oauth' ? {redirectUris: app.redirectUris} : {}),
			...(app.appToken ? {appToken: app.appToken} : {}),
		})),
	};
}
