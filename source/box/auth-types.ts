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

/** The secrets a profile may hold, in the keychain or the secrets file. */
export type SecretName =
	| 'client-secret'
	| 'private-key'
	| 'passphrase'
	| 'access-token'
	| 'refresh-token'
	| 'developer-token'
	| 'app-token';

export type AuthTypeRecord = {
	/** How the Developer Console names it, so that people recognise it. */
	label: string;
	/** The word `--auth-type` takes for it. */
	flagWord: string;
	/** The profile name the wizard offers until the person types one. */
	profileName: string;
	renewal: RenewalMeans;
	/** The secret sent as the bearer token, and the held token that says how long it lives. */
	bearer: {secret: SecretName; held: 'access' | 'developer' | 'app'};
	/** The secrets without which a profile of this kind gives no token at all. */
	neededSecrets: readonly SecretName[];
	/**
	 * What an admin must do before its tokens work: authorize it (and enable it, where the
	 * enterprise disables unpublished apps); approve it, where the enterprise wants Limited Access
	 * Apps approved; or only enable it, where the enterprise disables unpublished apps.
	 */
	admin: 'authorize' | 'approve-if-asked' | 'enable-if-asked';
	/** Its token is for an enterprise or a user named in the request (server authentication). */
	namesSubject: boolean;
};

export const authTypes: Readonly<Record<AuthType, AuthTypeRecord>> = {
	ccg: {
		label: 'Client Credentials Grant',
		flagWord: 'ccg',
		profileName: 'ccg',
		renewal: {kind: 'new-grant'},
		bearer: {secret: 'access-token', held: 'access'},
		neededSecrets: ['client-secret'],
		admin: 'authorize',
		namesSubject: true,
	},
	jwt: {
		label: 'JWT',
		flagWord: 'jwt',
		profileName: 'jwt',
		renewal: {kind: 'new-grant'},
		bearer: {secret: 'access-token', held: 'access'},
		neededSecrets: ['client-secret', 'private-key', 'passphrase'],
		admin: 'authorize',
		namesSubject: true,
	},
	oauth: {
		label: 'OAuth 2.0',
		flagWord: 'oauth',
		profileName: 'oauth',
		renewal: {kind: 'refresh-token'},
		bearer: {secret: 'access-token', held: 'access'},
		neededSecrets: ['client-secret'],
		admin: 'enable-if-asked',
		namesSubject: false,
	},
	'developer-token': {
		label: 'Developer Token',
		flagWord: 'developer',
		profileName: 'developer',
		renewal: {
			kind: 'none',
			why: 'A developer token lasts 60 minutes and cannot be refreshed: generate a new one in the Developer Console (your app > Configuration > Developer Token).',
		},
		bearer: {secret: 'developer-token', held: 'developer'},
		neededSecrets: ['developer-token'],
		admin: 'enable-if-asked',
		namesSubject: false,
	},
	'app-token': {
		label: 'App Token',
		flagWord: 'app-token',
		profileName: 'app-token',
		renewal: {
			kind: 'none',
			why: 'An App Token is renewed in the Developer Console (your app > Configuration > App Tokens): generate a secondary token, switch to it, then revoke the primary.',
		},
		bearer: {secret: 'app-token', held: 'app'},
		neededSecrets: ['app-token'],
		admin: 'approve-if-asked',
		namesSubject: false,
	},
};

/** Every auth type, in the order the wizard lists them. */
export const allAuthTypes = Object.keys(authTypes) as AuthType[];

/** Whether boxauth can get a new token for this kind by itself. */
export const renews = (authType: AuthType) => authTypes[authType].renewal.kind !== 'none';

/** The words `--auth-type` takes, from the auth type records. */
export const authTypeFlagWords: readonly string[] = allAuthTypes.map(
	(authType) => authTypes[authType].flagWord,
);

/** The auth type a word `--auth-type` takes stands for (the word already checked against them). */
export function authTypeOfFlagWord(word: string): AuthType {
	const found = allAuthTypes.find((authType) => authTypes[authType].flagWord === word);
	if (found === undefined) {
		throw new Error(`--auth-type has no word "${word}"`);
	}

	return found;
}
