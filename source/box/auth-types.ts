// The five ways to a Box token, each as one record: what the Developer Console calls it, the word
// `--auth-type` takes, the name a profile of it is offered, and how its token is renewed. Code
// reads the record instead of branching on the kind, so a sixth kind is one more row.

export type AuthType = 'developer-token' | 'oauth' | 'ccg' | 'jwt' | 'app-token';

/** How a profile's access token is renewed: OAuth spends its refresh token, servers ask again. */
export type RenewalMeans =
	| {kind: 'refresh-token'}
	| {kind: 'new-grant'}
	/** Cannot be renewed by boxauth: the person must make a new one in the Developer Console. */
	| {kind: 'none'; why: string};

export type AuthTypeRecord = {
	/** How the Developer Console names it, so that people recognise it. */
	label: string;
	/** The word `--auth-type` takes for it. */
	flagWord: string;
	/** The profile name the wizard offers until the person types one. */
	profileName: string;
	renewal: RenewalMeans;
};

export const authTypes: Readonly<Record<AuthType, AuthTypeRecord>> = {
	ccg: {
		label: 'Client Credentials Grant',
		flagWord: 'ccg',
		profileName: 'ccg',
		renewal: {kind: 'new-grant'},
	},
	jwt: {label: 'JWT', flagWord: 'jwt', profileName: 'jwt', renewal: {kind: 'new-grant'}},
	oauth: {
		label: 'OAuth 2.0',
		flagWord: 'oauth',
		profileName: 'oauth',
		renewal: {kind: 'refresh-token'},
	},
	'developer-token': {
		label: 'Developer Token',
		flagWord: 'developer',
		profileName: 'developer',
		renewal: {
			kind: 'none',
			why: 'A developer token lasts 60 minutes and cannot be refreshed: generate a new one in the Developer Console (your app > Configuration > Developer Token).',
		},
	},
	'app-token': {
		label: 'App Token',
		flagWord: 'app-token',
		profileName: 'app-token',
		renewal: {
			kind: 'none',
			why: 'An App Token is renewed in the Developer Console (your app > Configuration > App Tokens): generate a secondary token, switch to it, then revoke the primary.',
		},
	},
};

/** Every auth type, in the order the wizard lists them. */
export const allAuthTypes = Object.keys(authTypes) as AuthType[];

/** Whether boxauth can get a new token for this kind by itself. */
export const renews = (authType: AuthType) => authTypes[authType].renewal.kind !== 'none';
