import {readCcgConfigFile} from '../../box/ccg-config.js';
import type {Subject} from '../../box/client-credentials.js';
import {readConfigText} from '../../box/console-config-file.js';
import type {JwtConfigResult} from '../../box/jwt-config.js';
import {checkJwtConfigText} from '../../box/jwt-config-file.js';
import {checkSubjectId, type SubjectType} from '../../wizard/field-checks.js';
import type {Credentials} from '../shared/credentials.js';
import type {BoxCliEnvironment} from './box-cli-environments.js';
import type {ProfileUse} from './import-names.js';

export type ServerEnvironment = Extract<BoxCliEnvironment, {kind: 'ccg' | 'jwt'}>;
export type ServerCredentials = Extract<Credentials, {authType: 'ccg' | 'jwt'}>;

export type EnvironmentCredentials =
	| {ok: true; credentials: ServerCredentials}
	| {ok: false; problem: string};

/** The app and subject the credentials are for, to tell one profile's use from another's. */
export const profileUseOf = (credentials: ServerCredentials): ProfileUse => ({
	clientId: credentials.authType === 'jwt' ? credentials.config.clientId : credentials.clientId,
	subject: credentials.subject,
});

const pointElsewhere = (name: string, flag: string) =>
	`Point the environment at the right file with box configure:environments:update ${/^[\w.-]+$/.test(name) ? name : `"${name}"`} ${flag} PATH, then import again.`;

function subjectOf(type: SubjectType, id: string, source: string): Subject | string {
	const checked = checkSubjectId(type, source, id);
	return checked.ok ? {type, id: checked.value} : checked.problem;
}

/** The console config with the private key Box CLI keeps in a file of its own put back in. */
function withPrivateKey(configText: string, privateKey: string): string {
	try {
		const config = JSON.parse(configText.replace(/^\uFEFF/, '')) as {
			boxAppSettings?: {appAuth?: Record<string, unknown>};
		};
		if (typeof config.boxAppSettings === 'object' && config.boxAppSettings !== null) {
			config.boxAppSettings.appAuth = {...config.boxAppSettings.appAuth, privateKey};
		}

		return JSON.stringify(config);
	} catch {
		// Not JSON: the check that follows says so in its own words.
		return configText;
	}
}

async function jwtConfigOf(
	environment: Extract<BoxCliEnvironment, {kind: 'jwt'}>,
): Promise<JwtConfigResult> {
	const {configFile, privateKeyFile, name} = environment;
	const [config, key] = await Promise.all([
		readConfigText(configFile, undefined, pointElsewhere(name, '--config-file-path')),
		privateKeyFile === undefined
			? undefined
			: readConfigText(privateKeyFile, undefined, pointElsewhere(name, '--private-key-path')),
	]);
	if (!config.ok) {
		return config;
	}

	if (key && !key.ok) {
		return key;
	}

	const checked = checkJwtConfigText(key ? withPrivateKey(config.text, key.text) : config.text);
	return checked.ok ? checked : {ok: false, problem: `${config.label}: ${checked.problem}`};
}

/**
 * Who a CCG environment acts as: its `--ccg-user`, else its enterprise, which Box CLI takes from
 * the config file on every run (getClient), so the file comes first and the copy made when the
 * environment was added after it.
 */
async function ccgSubject(
	environment: Extract<BoxCliEnvironment, {kind: 'ccg'}>,
): Promise<Subject | string> {
	if (environment.userId !== undefined) {
		return subjectOf('user', environment.userId, 'Its "ccgUser"');
	}

	const inFile =
		environment.configFile === undefined
			? undefined
			: await readCcgConfigFile(environment.configFile);
	const enterpriseId =
		(inFile?.ok ? inFile.config.enterpriseId : undefined) ?? environment.enterpriseId;
	return enterpriseId === undefined
		? 'it names no enterprise ("enterpriseId", or "enterpriseID" in its config file)'
		: subjectOf('enterprise', enterpriseId, 'Its "enterpriseId"');
}

/** What a boxauth profile needs from a CCG or JWT environment, its files read and checked. */
export async function credentialsOf(
	environment: ServerEnvironment,
): Promise<EnvironmentCredentials> {
	if (environment.kind === 'ccg') {
		const {clientId, clientSecret} = environment;
		const subject = await ccgSubject(environment);
		return typeof subject === 'string'
			? {ok: false, problem: subject}
			: {
					ok: true,
					credentials: {authType: 'ccg', clientId, clientSecret: {value: clientSecret}, subject},
				};
	}

	const config = await jwtConfigOf(environment);
	if (!config.ok) {
		return config;
	}

	// Box CLI asks for the environment's enterprise (getAppAuthClient('enterprise', enterpriseId)).
	const enterpriseId = environment.enterpriseId ?? config.config.enterpriseId;
	const subject =
		enterpriseId === undefined
			? 'neither it nor its config file names an enterprise ("enterpriseID")'
			: subjectOf('enterprise', enterpriseId, 'Its "enterpriseId"');
	return typeof subject === 'string'
		? {ok: false, problem: subject}
		: {ok: true, credentials: {authType: 'jwt', config: config.config, subject}};
}
