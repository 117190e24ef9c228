import {
	createHash,
	createPublicKey,
	generateKeyPairSync,
	type KeyPairKeyObjectResult,
} from 'node:crypto';
import {authorizeApp} from './app-authorization.js';
import {issueDeveloperToken} from './grants/issue-tokens.js';
import {
	appTokenValue,
	clientIdValue,
	clientSecretValue,
	numericId,
	passphraseValue,
} from './random-values.js';
import {
	type AccessLevel,
	type AuthType,
	boxLifetimes,
	type SandboxApp,
	type SandboxState,
	type SandboxUser,
} from './sandbox-state.js';
import {addWelcomeFile} from './welcome-file.js';

type AppSeed = {
	name: string;
	authType: AuthType;
	authorized: boolean;
	accessLevel: AccessLevel;
	generateUserTokens: boolean;
	redirectUris?: string[];
};

/** The apps a newcomer can try, each in a state that shows one part of Box's behaviour. */
const appSeeds: AppSeed[] = [
	{
		name: 'Demo CCG App',
		authType: 'ccg',
		authorized: true,
		accessLevel: 'app_and_enterprise',
		generateUserTokens: true,
	},
	{
		name: 'Pending CCG App',
		authType: 'ccg',
		authorized: false,
		accessLevel: 'app_and_enterprise',
		generateUserTokens: true,
	},
	{
		name: 'App Access Only CCG App',
		authType: 'ccg',
		authorized: true,
		accessLevel: 'app',
		generateUserTokens: false,
	},
	{
		name: 'Demo JWT App',
		authType: 'jwt',
		authorized: true,
		accessLevel: 'app_and_enterprise',
		generateUserTokens: true,
	},
	{
		name: 'Demo OAuth App',
		authType: 'oauth',
		authorized: true,
		accessLevel: 'app_and_enterprise',
		generateUserTokens: false,
		redirectUris: ['http://localhost:3000/callback'],
	},
	{
		name: 'Demo Limited Access App',
		authType: 'app_token',
		authorized: true,
		accessLevel: 'app',
		generateUserTokens: false,
	},
];

const defaultScopes = [
	'root_readwrite',
	'manage_managed_users',
	'manage_app_users',
	'manage_groups',
];

// Making a 2048-bit RSA key costs about a sixth of a second of CPU. A process that seeds several
// sandboxes (a test run does hundreds) makes one and gives each its own passphrase; a person's
// sandbox is seeded once, in a process of its own, so it still gets a key no other has.
let rsaKey: KeyPairKeyObjectResult | undefined;

function keyPair(clientId: string, clientSecret: string, enterpriseId: string) {
	const passphrase = passphraseValue();
	rsaKey ??= generateKeyPairSync('rsa', {modulusLength: 2048});
	const publicKey = rsaKey.publicKey.export({type: 'spki', format: 'pem'}).toString();
	const privateKey = rsaKey.privateKey
		.export({type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase})
		.toString();
	const publicKeyId = createHash('sha256')
		.update(createPublicKey(publicKey).export({type: 'spki', format: 'der'}))
		.digest('hex')
		.slice(0, 8);
	return {
		publicKey: {id: publicKeyId, pem: publicKey},
		jwtConfig: {
			boxAppSettings: {
				clientID: clientId,
				clientSecret,
				appAuth: {publicKeyID: publicKeyId, privateKey, passphrase},
			},
			enterpriseID: enterpriseId,
		},
	};
}

/** A demo enterprise with an admin, a managed user and one app of every kind. */
export function seedSandbox(now: number): SandboxState {
	const enterprise = {id: numericId(8), name: 'Sandbox Enterprise'};
	const createdAt = new Date(now).toISOString();
	const admin: SandboxUser = {
		id: numericId(11),
		name: 'Ada Admin',
		login: 'ada.admin@sandbox.example.com',
		role: 'admin',
		kind: 'managed',
		enterpriseId: enterprise.id,
		createdAt,
	};
	const member: SandboxUser = {
		id: numericId(11),
		name: 'Milo Member',
		login: 'milo.member@sandbox.example.com',
		role: 'user',
		kind: 'managed',
		enterpriseId: enterprise.id,
		createdAt,
	};
	const state: SandboxState = {
		version: 1,
		enterprise,
		users: [admin, member],
		apps: [],
		items: [],
		developerToken: '',
		accessTokens: {},
		refreshTokens: {},
		authCodes: {},
		usedJtis: {},
		clockOffsetMs: 0,
		lifetimes: {...boxLifetimes},
	};

	for (const seed of appSeeds) {
		const clientId = clientIdValue();
		const clientSecret = clientSecretValue();
		const app: SandboxApp = {
			name: seed.name,
			authType: seed.authType,
			clientId,
			clientSecret,
			serviceId: numericId(7),
			authorized: seed.authorized,
			enabled: true,
			accessLevel: seed.accessLevel,
			generateUserTokens: seed.generateUserTokens,
			scopes: defaultScopes,
			redirectUris: seed.redirectUris ?? [],
			publicKeys: [],
		};
		if (seed.authType === 'jwt') {
			const {publicKey, jwtConfig} = keyPair(clientId, clientSecret, enterprise.id);
			app.publicKeys.push(publicKey);
			app.jwtConfig = jwtConfig;
		}

		if (seed.authType === 'app_token') {
			app.appToken = appTokenValue();
		}

		state.apps.push(app);
		if (app.authorized) {
			authorizeApp(state, app, now);
		}
	}

	addWelcomeFile(state, admin.id);
	const oauthApp = state.apps.find((app) => app.authType === 'oauth');
	if (oauthApp) {
		state.developerToken = issueDeveloperToken(state, oauthApp, admin.id, now);
	}

	return state;
}
