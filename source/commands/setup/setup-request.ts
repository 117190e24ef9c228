import type {AuthType} from '../../box/auth-types.js';
import {authTypeFlagAliases, authTypeFlagWords, authTypeOfFlagWord} from '../../box/auth-types.js';
import {profileNameProblem} from '../../profiles/profile-name.js';
import {checkCallbackPort} from '../../wizard/field-checks.js';
import type {FieldName} from '../../wizard/setup-fields.js';
import {namesUser} from '../../wizard/typed-subject.js';
import {
	booleanFlag,
	type CommandInput,
	choiceFlag,
	stringFlag,
	UsageError,
} from '../command-input.js';
import {type AddRequest, readBaseUrl} from '../shared/add-request.js';

/** What `boxauth setup` was asked for on its command line; secrets come from stdin or env. */
export type SetupRequest = {
	profileName?: string;
	authType?: AuthType;
	sandbox: boolean;
	baseUrl?: string;
	/** Typed values from flags, checked by the wizard as if typed in it. */
	values: Partial<Record<FieldName, string>>;
	stdin?: AddRequest['stdin'];
	noBrowser: boolean;
	callbackPort?: number;
	json: boolean;
};

/** The flag (or variable) each field comes from when there is no screen to type it in. */
export const fieldFlags: Record<FieldName, string> = {
	profileName: '--profile',
	clientId: '--client-id',
	clientSecret: '--client-secret-stdin (or BOXAUTH_CLIENT_SECRET)',
	jwtConfigPath: '--jwt-config',
	token: '--token-stdin (or BOXAUTH_DEVELOPER_TOKEN / BOXAUTH_APP_TOKEN)',
	appTokenExpiry: '--app-token-expiry',
	subjectId: '--enterprise-id',
};

/** The flag a field's value came from: `user 12345` in the subject field came from --user-id. */
export const flagOf = (field: FieldName, value: string) =>
	field === 'subjectId' && namesUser(value) ? '--user-id' : fieldFlags[field];

function readCallbackPort(input: CommandInput): number | undefined {
	const value = stringFlag(input, 'callback-port');
	if (value === undefined) {
		return undefined;
	}

	const port = checkCallbackPort(value);
	if (!port.ok) {
		throw new UsageError(`--callback-port: ${port.problem}`);
	}

	return port.value === '' ? undefined : Number(port.value);
}

/** The subject as the wizard's field takes it: the enterprise ID, or `user 12345`. */
function readSubject(input: CommandInput): string | undefined {
	const enterpriseId = stringFlag(input, 'enterprise-id');
	const userId = stringFlag(input, 'user-id');
	if (enterpriseId !== undefined && userId !== undefined) {
		throw new UsageError(
			"Give --enterprise-id (act as the app's service account) or --user-id (act as one user), not both.",
		);
	}

	return userId === undefined ? enterpriseId : `user ${userId}`;
}

export function readSetupRequest(input: CommandInput): SetupRequest {
	if (input.positionals.length > 0) {
		throw new UsageError(
			'boxauth setup takes no words, only flags (boxauth setup --help). Secrets never go on the command line: use --client-secret-stdin, --token-stdin or the BOXAUTH_* variables.',
		);
	}

	const profileName = stringFlag(input, 'profile');
	const nameProblem = profileName === undefined ? undefined : profileNameProblem(profileName);
	if (nameProblem !== undefined) {
		throw new UsageError(`--profile: ${nameProblem}`);
	}

	const words = authTypeFlagWords;
	const authType =
		stringFlag(input, 'auth-type') === undefined
			? undefined
			: authTypeOfFlagWord(choiceFlag(input, 'auth-type', words, 'ccg', authTypeFlagAliases));
	const secretOnStdin = booleanFlag(input, 'client-secret-stdin');
	const tokenOnStdin = booleanFlag(input, 'token-stdin');
	if (secretOnStdin && tokenOnStdin) {
		throw new UsageError(
			'Only one secret can come on stdin: set the other with its BOXAUTH_* variable.',
		);
	}

	const flagValues: Partial<Record<FieldName, string | undefined>> = {
		clientId: stringFlag(input, 'client-id'),
		subjectId: readSubject(input),
		jwtConfigPath: stringFlag(input, 'jwt-config'),
		appTokenExpiry: stringFlag(input, 'app-token-expiry'),
	};
	const callbackPort = readCallbackPort(input);
	const sandbox = booleanFlag(input, 'sandbox');
	const baseUrl = readBaseUrl(input, sandbox);
	return {
		...(profileName === undefined ? {} : {profileName}),
		...(authType === undefined ? {} : {authType}),
		sandbox,
		...(baseUrl === undefined ? {} : {baseUrl}),
		values: Object.fromEntries(
			Object.entries(flagValues).filter(([, value]) => value !== undefined),
		) as Partial<Record<FieldName, string>>,
		...(secretOnStdin
			? {stdin: 'client-secret' as const}
			: tokenOnStdin
				? {stdin: 'token' as const}
				: {}),
		noBrowser: booleanFlag(input, 'no-browser'),
		...(callbackPort === undefined ? {} : {callbackPort}),
		json: booleanFlag(input, 'json'),
	};
}
