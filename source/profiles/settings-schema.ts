import type {AuthType} from '../box/auth-types.js';
import type {AppTokenExpiry, TokenKind} from './held-token.js';
import type {JsonSchema} from './json-shape.js';
import type {Profile, SecretLocation} from './profile.js';

/** What config.json holds (conf adds its own `__internal__` key for the layout's version). */
export type Settings = {
	profiles: Record<string, Profile>;
	/** The profile used when there are several and neither --profile nor BOXAUTH_PROFILE says. */
	defaultProfile?: string;
	/** The user has been told once that secrets are kept in secrets.json for want of a keychain. */
	secretsFileNoticeShown?: boolean;
};

/** The layout of config.json; a later layout adds a migration keyed by its version. */
export const settingsVersion = '1.0.0';

// Typed as records so that the compiler fails when a union gains a value the schema lacks.
const valuesOf = <Value extends string>(all: Record<Value, true>) => Object.keys(all) as Value[];
const authTypes = valuesOf<AuthType>({
	'developer-token': true,
	oauth: true,
	ccg: true,
	jwt: true,
	'app-token': true,
});
const appTokenExpiries = valuesOf<AppTokenExpiry>({'30-days': true, '60-days': true, never: true});
const tokenKinds = valuesOf<TokenKind>({
	access: true,
	refresh: true,
	developer: true,
	app: true,
	'auth-code': true,
});
const secretLocations = valuesOf<SecretLocation>({keychain: true, file: true, environment: true});

const string: JsonSchema = {type: 'string'};
const number: JsonSchema = {type: 'number'};
const boolean: JsonSchema = {type: 'boolean'};

const heldToken: JsonSchema = {
	type: 'object',
	required: ['kind', 'issuedAt', 'expiresAt'],
	properties: {kind: {enum: tokenKinds}, issuedAt: number, expiresAt: {type: ['number', 'null']}},
};

// Properties not listed here are let through: a field added by a later boxauth must not get a
// config thrown aside by this one.
const profileSchema: JsonSchema = {
	type: 'object',
	required: ['name', 'authType', 'urls', 'sandbox', 'tokens', 'secretLocation', 'createdAt'],
	properties: {
		name: string,
		authType: {enum: authTypes},
		urls: {
			type: 'object',
			required: ['apiUrl', 'uploadUrl', 'authorizeUrl'],
			properties: {apiUrl: string, uploadUrl: string, authorizeUrl: string},
		},
		sandbox: boolean,
		clientId: string,
		subject: {
			type: 'object',
			required: ['type', 'id'],
			properties: {type: {enum: ['enterprise', 'user']}, id: string},
		},
		publicKeyId: string,
		appTokenExpiry: {enum: appTokenExpiries},
		tokens: {
			type: 'object',
			properties: {access: heldToken, refresh: heldToken, developer: heldToken, app: heldToken},
		},
		identity: {
			type: 'object',
			required: ['id', 'name', 'login', 'enterpriseId', 'isServiceAccount'],
			properties: {
				id: string,
				name: string,
				login: string,
				enterpriseId: {type: ['string', 'null']},
				isServiceAccount: boolean,
			},
		},
		lastCheck: {
			type: 'object',
			required: ['at', 'ok', 'summary'],
			properties: {at: number, ok: boolean, diagnosisId: string, summary: string},
		},
		secretLocation: {enum: secretLocations},
		createdAt: number,
	},
};

export const settingsProperties = {
	profiles: {type: 'object', additionalProperties: profileSchema},
	defaultProfile: string,
	secretsFileNoticeShown: boolean,
} satisfies Record<keyof Settings, JsonSchema>;

export const settingsSchema: JsonSchema = {type: 'object', properties: settingsProperties};
