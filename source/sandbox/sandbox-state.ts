// Everything the sandbox knows, as plain JSON-able data, so that a later run can pick up
// where the last one stopped (profiles made against the sandbox keep working).

export type AuthType = 'ccg' | 'jwt' | 'oauth' | 'app_token';

/** What the admin granted the app in the Developer Console's "Application Access". */
export type AccessLevel = 'app' | 'app_and_enterprise';

export type SandboxUser = {
	id: string;
	name: string;
	login: string;
	role: 'admin' | 'coadmin' | 'user';
	kind: 'managed' | 'service_account' | 'app_user';
	enterpriseId: string | null;
	createdAt: string;
	/** For service accounts and app users: the app they belong to. */
	appClientId?: string;
};

export type PublicKey = {id: string; pem: string};

/** The JSON file the Developer Console downloads for a JWT app. */
export type ConsoleJwtConfig = {
	boxAppSettings: {
		clientID: string;
		clientSecret: string;
		appAuth: {publicKeyID: string; privateKey: string; passphrase: string};
	};
	enterpriseID: string;
};

export type SandboxApp = {
	name: string;
	authType: AuthType;
	clientId: string;
	clientSecret: string;
	/** The number in the console URL `/developers/console/app/<serviceId>`. */
	serviceId: string;
	authorized: boolean;
	/**
	 * The admin's second switch: a disabled app still gets tokens, but they fail on every call.
	 * State saved before this switch existed lacks it; absent means enabled.
	 */
	enabled?: boolean;
	accessLevel: AccessLevel;
	generateUserTokens: boolean;
	scopes: string[];
	redirectUris: string[];
	publicKeys: PublicKey[];
	jwtConfig?: ConsoleJwtConfig;
	appToken?: string;
	serviceAccountUserId?: string;
};

export type ResourceScope = {
	scope: string;
	object?: {
		type: 'file' | 'folder';
		id: string;
		/** Null for the root folder, `0`, as Box's folder minis have it. */
		sequence_id: string | null;
		etag: string | null;
		name: string;
	};
};

export type TokenKind = 'oauth' | 'ccg' | 'jwt' | 'developer' | 'app_token' | 'downscoped';

export type AccessTokenRecord = {
	token: string;
	kind: TokenKind;
	clientId: string;
	userId: string;
	issuedAt: number;
	/** Milliseconds on the sandbox clock; null for an App Token that never expires. */
	expiresAt: number | null;
	revoked: boolean;
	/** Ties the access and refresh tokens of one OAuth login together, for revocation. */
	grantId?: string;
	restrictedTo: ResourceScope[];
};

export type RefreshTokenRecord = {
	token: string;
	clientId: string;
	userId: string;
	grantId: string;
	issuedAt: number;
	expiresAt: number;
	used: boolean;
	/** When it was used; state saved before this field existed lacks it. */
	usedAt?: number;
	revoked: boolean;
};

export type AuthCodeRecord = {
	code: string;
	clientId: string;
	userId: string;
	redirectUri: string | null;
	codeChallenge: string | null;
	codeChallengeMethod: 'S256' | 'plain';
	issuedAt: number;
	expiresAt: number;
	used: boolean;
};

export type SandboxItem = {
	type: 'file' | 'folder';
	id: string;
	name: string;
	/** '0' is the owner's root folder. */
	parentId: string;
	ownerId: string;
	sha1?: string;
	fileVersionId?: string;
	// The fields below came with uploads; items saved by earlier runs lack them.
	size?: number;
	/** Also the file's `sequence_id`: '0' for a first upload, one more for every new version. */
	etag?: string;
	/** Box's timestamps, such as `2012-12-12T18:53:43+00:00`. */
	createdAt?: string;
	modifiedAt?: string;
	contentCreatedAt?: string;
	contentModifiedAt?: string;
};

export type Lifetimes = {
	/** null: Box's schedule, a jittered 3600 to 4300 seconds. */
	accessTokenSeconds: number | null;
	refreshTokenSeconds: number;
	authCodeSeconds: number;
	developerTokenSeconds: number;
};

export type SandboxState = {
	version: 1;
	enterprise: {id: string; name: string};
	users: SandboxUser[];
	apps: SandboxApp[];
	items: SandboxItem[];
	developerToken: string;
	accessTokens: Record<string, AccessTokenRecord>;
	refreshTokens: Record<string, RefreshTokenRecord>;
	authCodes: Record<string, AuthCodeRecord>;
	/** Spent JWT `jti` values and when they may be forgotten (their `exp`). */
	usedJtis: Record<string, number>;
	/** How far the sandbox's clock runs ahead of (or behind) the machine's, in milliseconds. */
	clockOffsetMs: number;
	lifetimes: Lifetimes;
};

export const boxLifetimes: Lifetimes = {
	accessTokenSeconds: null,
	refreshTokenSeconds: 60 * 24 * 60 * 60,
	authCodeSeconds: 30,
	developerTokenSeconds: 60 * 60,
};
