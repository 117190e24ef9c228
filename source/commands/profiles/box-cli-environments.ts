import {type JsonSchema, shapeProblem} from '../../profiles/json-shape.js';

// The shape Box CLI gives its environments (box/boxcli, read 2026-06):
// `{"default": NAME | null, "environments": {NAME: environment}}` (src/box-command.js,
// _getDefaultEnvironments). `configure:environments:add` writes, for JWT, `clientId`,
// `enterpriseId`, `boxConfigFilePath` (the console's JSON file), `hasInLinePrivateKey` and
// `privateKeyPath` (the key kept apart from the file), and for CCG (`--ccg-auth`) also
// `clientSecret`, `ccgUser` and `authMethod: "ccg"` (src/commands/configure/environments/add.js).
// `box login` writes `clientId`, `clientSecret` and `authMethod: "oauth20"`, its tokens kept
// apart (src/commands/login.js). getClient treats every other environment as JWT.

/** One of Box CLI's environments, as much of it as a boxauth profile can use. */
export type BoxCliEnvironment = {name: string} & (
	| {
			kind: 'ccg';
			clientId: string;
			clientSecret: string;
			/** Box CLI's `--ccg-user`: tokens for that user instead of the service account. */
			userId?: string;
			enterpriseId?: string;
			configFile?: string;
			asUser?: string;
	  }
	| {
			kind: 'jwt';
			configFile: string;
			privateKeyFile?: string;
			enterpriseId?: string;
			asUser?: string;
	  }
	| {kind: 'oauth'; clientId?: string}
	| {kind: 'unusable'; problem: string}
);

export type BoxCliEnvironments =
	| {ok: true; environments: BoxCliEnvironment[]}
	| {ok: false; problem: string};

const fileSchema: JsonSchema = {
	type: 'object',
	required: ['environments'],
	properties: {
		default: {type: ['string', 'null']},
		environments: {type: 'object', additionalProperties: {type: 'object'}},
	},
};

/** A text field; IDs that were typed as numbers count too. Never a value in a message. */
function text(value: unknown): string | undefined {
	if (typeof value === 'number') {
		return String(value);
	}

	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

const optional = <Key extends string>(key: Key, value: string | undefined) =>
	(value === undefined ? {} : {[key]: value}) as Partial<Record<Key, string>>;

function environmentOf(name: string, fields: Record<string, unknown>): BoxCliEnvironment {
	// Box CLI's As-User header for every call, which a token cannot carry.
	const asUser = fields['useDefaultAsUser'] === true ? text(fields['defaultAsUserId']) : undefined;
	const clientId = text(fields['clientId']);
	if (fields['authMethod'] === 'oauth20') {
		return {name, kind: 'oauth', ...optional('clientId', clientId)};
	}

	const configFile = text(fields['boxConfigFilePath']);
	const enterpriseId = text(fields['enterpriseId']);
	if (fields['authMethod'] === 'ccg') {
		const clientSecret = text(fields['clientSecret']);
		if (clientId === undefined || clientSecret === undefined) {
			return {
				name,
				kind: 'unusable',
				problem: `its CCG settings lack ${clientId === undefined ? '"clientId"' : '"clientSecret"'}`,
			};
		}

		return {
			name,
			kind: 'ccg',
			clientId,
			clientSecret,
			...optional('userId', text(fields['ccgUser'])),
			...optional('enterpriseId', enterpriseId),
			...optional('configFile', configFile),
			...optional('asUser', asUser),
		};
	}

	if (configFile === undefined) {
		return {name, kind: 'unusable', problem: 'it names no config file ("boxConfigFilePath")'};
	}

	return {
		name,
		kind: 'jwt',
		configFile,
		...optional(
			'privateKeyFile',
			fields['hasInLinePrivateKey'] === false ? text(fields['privateKeyPath']) : undefined,
		),
		...optional('enterpriseId', enterpriseId),
		...optional('asUser', asUser),
	};
}

/**
 * Box CLI's environments from the JSON text it keeps. A file not in its shape is refused whole;
 * an environment boxauth cannot use is kept as such, so that the others still come in.
 */
export function parseBoxCliEnvironments(content: string): BoxCliEnvironments {
	let value: unknown;
	try {
		value = JSON.parse(content.replace(/^\uFEFF/, ''));
	} catch {
		// Never the parser's message: it quotes the text, and the text holds client secrets.
		return {ok: false, problem: 'it is not valid JSON'};
	}

	const problem = shapeProblem(value, fileSchema);
	if (problem !== undefined) {
		return {ok: false, problem: `it is not in Box CLI's shape (${problem})`};
	}

	const {environments} = value as {environments: Record<string, Record<string, unknown>>};
	return {
		ok: true,
		environments: Object.entries(environments).map(([name, fields]) => environmentOf(name, fields)),
	};
}
