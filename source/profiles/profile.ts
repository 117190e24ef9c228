import type {AuthType} from '../box/auth-types.js';
import type {BoxUrls} from '../box/box-urls.js';
import type {AppTokenExpiry, HeldToken} from './held-token.js';

/** The secrets a profile may hold; none of them is ever stored in the settings file. */
export type {SecretName} from '../box/auth-types.js';

/** Where a profile's secrets live, as `boxauth status` reports it. */
export type SecretLocation = 'keychain' | 'file' | 'environment';

export type Identity = {
	id: string;
	name: string;
	login: string;
	enterpriseId: string | null;
	isServiceAccount: boolean;
};

export type LastCheck = {
	/** Milliseconds on boxauth's clock. */
	at: number;
	ok: boolean;
	/** The diagnosis row's id when the check failed. */
	diagnosisId?: string;
	/** One line: what happened. */
	summary: string;
};

/** One setup: how to get a token, and what boxauth knows of the tokens it holds. */
export type Profile = {
	name: string;
	authType: AuthType;
	urls: BoxUrls;
	/** Made against boxauth's own sandbox: the sandbox is started again whenever it is used. */
	sandbox: boolean;
	clientId?: string;
	/** CCG and JWT act as the enterprise's service account or as one user. */
	subject?: {type: 'enterprise' | 'user'; id: string};
	/** JWT: the public key's ID from the console config (the private key is a secret). */
	publicKeyId?: string;
	appTokenExpiry?: AppTokenExpiry;
	/** When each held token was issued and expires; the token values are secrets. */
	tokens: Partial<Record<'access' | 'refresh' | 'developer' | 'app', HeldToken>>;
	identity?: Identity;
	lastCheck?: LastCheck;
	secretLocation: SecretLocation;
	/** Milliseconds on boxauth's clock. */
	createdAt: number;
};
