// The five ways to a Box token, each as one record: what the Developer Console calls it, the word
// `--auth-type` takes, the name a profile of it is offered, how its app is made and what is copied
// from it, how its first token is got and how it is renewed, who the token acts as. Code reads the
// record instead of branching on the kind, so a sixth kind is one more row.

import {inConsole} from './console-paths.js';
import {
	accessLevel,
	copyCredentials,
	createApp,
	nameIt,
	save,
	saveThenEnable,
	scopes,
} from './console-steps.js';

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

/**
 * What a person copies from the Developer Console, or chose there, to set up a profile: the app's
 * client ID and secret, the path of the JSON config file the console downloaded, a token the
 * console generated, and when that App Token expires.
 */
export type SetupField = 'clientId' | 'clientSecret' | 'jwtConfigPath' | 'token' | 'appTokenExpiry';

/** A profile's settings (not secrets) that a token request may be made with. */
export type ProfileSetting = 'clientId' | 'subject' | 'publicKeyId';

export type AuthTypeRecord = {
	/** How the Developer Console names it, so that people recognise it. */
	label: string;
	/** Its name in a table cell. */
	shortLabel: string;
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
	/** What is copied from the Developer Console to set it up, in the order it is asked. */
	fields: readonly SetupField[];
	console: {
		/**
		 * The Developer Console clicks, from its start page, that make an app of this kind and give
		 * what `fields` asks for; an OAuth 2.0 app registers `redirectUri`, where boxauth listens.
		 */
		createApp: (redirectUri: string) => readonly string[];
	};
	/**
	 * How its first token is got: a grant boxauth asks for with the app's credentials, a person's
	 * login in a browser, or a token the console generated, pasted in.
	 */
	firstToken: 'grant' | 'browser-login' | 'pasted';
	/**
	 * The settings, beside the secrets, that each new grant (renewal `new-grant`) is asked with;
	 * none for the kinds renewed otherwise.
	 */
	grantSettings: readonly ProfileSetting[];
	/**
	 * Who its token acts as: whoever `users/me` says, or, for an App Token (whose `users/me` Box
	 * answers with 403), the app's service account, known without asking.
	 */
	actsAs: 'users-me-says' | 'app-service-account';
	/**
	 * While its app waits for an admin, Box answers its token request as it answers a wrong client
	 * secret (box-auth-reference.md section 10): the two cannot be told apart from the answer.
	 */
	waitLooksLikeWrongSecret: boolean;
};

export const authTypes: Readonly<Record<AuthType, AuthTypeRecord>> = {
	ccg: {
		label: 'Client Credentials Grant',
		shortLabel: 'CCG',
		flagWord: 'ccg',
		profileName: 'ccg',
		renewal: {kind: 'new-grant'},
		bearer: {secret: 'access-token', held: 'access'},
		neededSecrets: ['client-secret'],
		admin: 'authorize',
		namesSubject: true,
		fields: ['clientId', 'clientSecret'],
		console: {
			createApp: () => [
				createApp('Server Authentication (with Client Credentials Grant)'),
				nameIt,
				accessLevel,
				scopes,
				save,
				copyCredentials,
			],
		},
		firstToken: 'grant',
		grantSettings: ['clientId', 'subject'],
		actsAs: 'users-me-says',
		waitLooksLikeWrongSecret: true,
	},
	jwt: {
		label: 'JWT',
		shortLabel: 'JWT',
		flagWord: 'jwt',
		profileName: 'jwt',
		renewal: {kind: 'new-grant'},
		bearer: {secret: 'access-token', held: 'access'},
		neededSecrets: ['client-secret', 'private-key', 'passphrase'],
		admin: 'authorize',
		namesSubject: true,
		fields: ['jwtConfigPath'],
		console: {
			createApp: () => [
				createApp('Server Authentication (with JWT)'),
				nameIt,
				accessLevel,
				scopes,
				save,
				`At ${inConsole.publicKeys}, click Generate a Public/Private Keypair (needs 2-step verification) and keep the JSON config it downloads safe: Box keeps no copy of its private key.`,
			],
		},
		firstToken: 'grant',
		grantSettings: ['clientId', 'subject', 'publicKeyId'],
		actsAs: 'users-me-says',
		waitLooksLikeWrongSecret: false,
	},
	oauth: {
		label: 'OAuth 2.0',
		shortLabel: 'OAuth 2.0',
		flagWord: 'oauth',
		profileName: 'oauth',
		renewal: {kind: 'refresh-token'},
		bearer: {secret: 'access-token', held: 'access'},
		neededSecrets: ['client-secret'],
		admin: 'enable-if-asked',
		namesSubject: false,
		fields: ['clientId', 'clientSecret'],
		console: {
			createApp: (redirectUri) => [
				createApp('User Authentication (OAuth 2.0)', 'a person logs in and the app acts as them'),
				nameIt,
				scopes,
				`At ${inConsole.redirectUris}, add ${redirectUri} (Box's only way back).`,
				saveThenEnable,
				copyCredentials,
			],
		},
		firstToken: 'browser-login',
		grantSettings: [],
		actsAs: 'users-me-says',
		waitLooksLikeWrongSecret: false,
	},
	'developer-token': {
		label: 'Developer Token',
		shortLabel: 'Dev token',
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
		fields: ['token'],
		console: {
			createApp: () => [
				createApp(
					'User Authentication (OAuth 2.0)',
					'any method gives a Developer Token, and this one needs no admin to authorize it',
				),
				nameIt,
				scopes,
				saveThenEnable,
				`Click ${inConsole.generateDeveloperToken} and copy the token: it lasts 60 minutes and acts as you.`,
			],
		},
		firstToken: 'pasted',
		grantSettings: [],
		actsAs: 'users-me-says',
		waitLooksLikeWrongSecret: false,
	},
	'app-token': {
		label: 'App Token',
		shortLabel: 'App Token',
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
		fields: ['token', 'appTokenExpiry'],
		console: {
			createApp: () => [
				`Click ${inConsole.createLimitedAccessApp}: its authentication method is App Token.`,
				nameIt,
				`If your enterprise wants an admin to approve Limited Access Apps, submit it at ${inConsole.submitForAuthorization}: an admin must authorize and enable it; otherwise it is ready.`,
				`Once authorized, click ${inConsole.generateAppToken} (needs 2-step verification), choose when it expires (30 days, 60 days or never) and copy it at once: Box shows it only once.`,
			],
		},
		firstToken: 'pasted',
		grantSettings: [],
		actsAs: 'app-service-account',
		waitLooksLikeWrongSecret: false,
	},
};

/** Every auth type, in the order the wizard lists them. */
export const allAuthTypes = Object.keys(authTypes) as AuthType[];

/** Whether boxauth can get a new token for this kind by itself. */
export const renews = (authType: AuthType) => authTypes[authType].renewal.kind !== 'none';

/**
 * The held token whose end only the person can mend, by logging in again or pasting a new token
 * from the console: a login's refresh token, or the console token itself. None where boxauth
 * gets every token by itself.
 */
export function replacedByPerson(authType: AuthType): 'refresh' | 'developer' | 'app' | undefined {
	const {renewal, bearer} = authTypes[authType];
	if (renewal.kind === 'refresh-token') {
		return 'refresh';
	}

	return renewal.kind === 'none' && bearer.held !== 'access' ? bearer.held : undefined;
}

/** The words `--auth-type` takes, from the auth type records. */
export const authTypeFlagWords: readonly string[] = allAuthTypes.map(
	(authType) => authTypes[authType].flagWord,
);

/**
 * Other words `--auth-type` takes: each auth type's own name where it differs from its word
 * (`developer-token`), which is how `--json` output names it, so that what a command prints is
 * taken back.
 */
export const authTypeFlagAliases: Readonly<Record<string, string>> = Object.fromEntries(
	allAuthTypes
		.filter((authType) => authTypes[authType].flagWord !== authType)
		.map((authType) => [authType, authTypes[authType].flagWord]),
);

/** The auth type a word `--auth-type` takes stands for (the word already checked against them). */
export function authTypeOfFlagWord(word: string): AuthType {
	const found = allAuthTypes.find((authType) => authTypes[authType].flagWord === word);
	if (found === undefined) {
		throw new Error(`--auth-type has no word "${word}"`);
	}

	return found;
}
