import {readCcgConfigFile} from '../../box/ccg-config.js';
import type {Subject} from '../../box/client-credentials.js';
import {generateAppToken, generateDeveloperToken} from '../../box/console-paths.js';
import type {JwtConfig} from '../../box/jwt-config.js';
import type {AppTokenExpiry} from '../../profiles/held-token.js';
import {UsageError} from '../command-input.js';
import type {SandboxDemo} from './add-target.js';
import {
	type GivenSecret,
	givenClientSecret,
	givenToken,
	type SecretSources,
} from './given-secrets.js';
import {checkJwtConfig, readJwtConfigFile} from './jwt-config-file.js';
import {checkSubjectId} from './subject-id.js';

/** Everything a new profile's first token request needs, by auth type. */
export type Credentials =
	| {authType: 'ccg'; clientId: string; clientSecret: GivenSecret; subject: Subject}
	| {authType: 'jwt'; config: JwtConfig; subject: Subject}
	| {authType: 'oauth'; clientId: string; clientSecret: GivenSecret; refreshToken: GivenSecret}
	| {authType: 'developer-token'; token: GivenSecret}
	| {authType: 'app-token'; token: GivenSecret; expiry: AppTokenExpiry};

/** The sandbox app a newcomer gets for each auth type when naming none. */
const demoApps = {
	ccg: 'Demo CCG App',
	jwt: 'Demo JWT App',
	oauth: 'Demo OAuth App',
	'app-token': 'Demo Limited Access App',
} as const;

/** The sandbox app named by --client-id, else the demo app of the auth type. */
function sandboxApp(
	sandbox: SandboxDemo | undefined,
	authType: keyof typeof demoApps,
	clientId: string | undefined,
) {
	if (!sandbox) {
		return undefined;
	}

	const {apps} = sandbox.description;
	const app =
		clientId === undefined
			? apps.find((candidate) => candidate.name === demoApps[authType])
			: apps.find((candidate) => candidate.clientId === clientId);
	if (!app) {
		throw new UsageError(
			`No app in boxauth's sandbox has the client ID given with --client-id; boxauth sandbox --json lists its apps.`,
		);
	}

	return app;
}

const secretMissing = (authType: string, what: string, flag: string, variable: string) =>
	new UsageError(
		`--auth-type ${authType} needs ${what}: pipe it in with ${flag}, or set ${variable}. Never put it in a flag's value: command lines are kept in shell history and shown in process lists.`,
	);

/** The subject the flags name, else the config file's enterpriseID, else its userID. */
function configSubject(
	request: SecretSources['request'],
	config: {enterpriseId?: string; userId?: string},
): Subject | undefined {
	if (request.subject) {
		return request.subject;
	}

	if (config.enterpriseId !== undefined) {
		return {
			type: 'enterprise',
			id: checkSubjectId('enterprise', 'The config\'s "enterpriseID"', config.enterpriseId),
		};
	}

	return config.userId === undefined
		? undefined
		: {type: 'user', id: checkSubjectId('user', 'The config\'s "userID"', config.userId)};
}

const noSubject = (kind: string) =>
	new UsageError(
		`The ${kind} config names no enterprise ("enterpriseID"): give --enterprise-id or --user-id.`,
	);

/** CCG from --config: the client ID, secret and enterprise as Box CLI keeps them in the file. */
async function ccgFromConfigFile(
	request: SecretSources['request'],
	file: string,
	sandbox: SandboxDemo | undefined,
): Promise<Credentials> {
	const read = await readCcgConfigFile(file, '--config');
	if (!read.ok) {
		throw new UsageError(read.problem);
	}

	const {clientId, clientSecret} = read.config;
	const subject =
		configSubject(request, read.config) ?? (sandbox ? sandboxEnterprise(sandbox) : undefined);
	if (!subject) {
		throw noSubject('CCG');
	}

	return {authType: 'ccg', clientId, clientSecret: {value: clientSecret}, subject};
}

/**
 * The credentials for the new profile, from the flags, stdin and the BOXAUTH_* variables; for
 * --sandbox, the sandbox's demo apps fill in what was not given.
 */
export async function gatherCredentials(
	sources: SecretSources,
	sandbox: SandboxDemo | undefined,
): Promise<Credentials> {
	const {request} = sources;
	if (request.authType === 'ccg' && request.ccgConfigPath !== undefined) {
		return ccgFromConfigFile(request, request.ccgConfigPath, sandbox);
	}

	switch (request.authType) {
		case 'ccg':
		case 'oauth': {
			const app = sandboxApp(sandbox, request.authType, request.clientId);
			const clientId = request.clientId ?? app?.clientId;
			const clientSecret =
				givenClientSecret(sources) ?? (app ? {value: app.clientSecret} : undefined);
			if (clientId === undefined || clientSecret === undefined) {
				throw secretMissing(
					request.authType,
					"the app's client secret",
					'--client-secret-stdin',
					'BOXAUTH_CLIENT_SECRET',
				);
			}

			if (request.authType === 'oauth') {
				const refreshToken = givenToken(sources, 'refresh-token');
				if (!refreshToken) {
					throw new UsageError(
						`--auth-type oauth needs a refresh token, which only a browser login gives: boxauth setup${request.sandbox ? ' --sandbox' : ''} does that login for you (it opens Box's consent page) and saves the profile. To add a refresh token you already have, pipe it in with --token-stdin or set BOXAUTH_REFRESH_TOKEN.`,
					);
				}

				return {authType: 'oauth', clientId, clientSecret, refreshToken};
			}

			const subject = request.subject ?? sandboxEnterprise(sandbox);
			return {authType: 'ccg', clientId, clientSecret, subject};
		}

		case 'jwt': {
			const config =
				request.jwtConfigPath === undefined
					? sandboxJwtConfig(sandbox)
					: await readJwtConfigFile(request.jwtConfigPath);
			const subject = configSubject(request, config);
			if (!subject) {
				throw noSubject('JWT');
			}

			return {authType: 'jwt', config, subject};
		}

		case 'developer-token': {
			const token =
				givenToken(sources, 'developer-token') ??
				(sandbox ? {value: await sandbox.newDeveloperToken()} : undefined);
			if (!token) {
				throw secretMissing(
					'developer',
					`the developer token (${generateDeveloperToken})`,
					'--token-stdin',
					'BOXAUTH_DEVELOPER_TOKEN',
				);
			}

			return {authType: 'developer-token', token};
		}

		case 'app-token': {
			const app = sandbox ? sandboxApp(sandbox, 'app-token', undefined) : undefined;
			const token =
				givenToken(sources, 'app-token') ??
				(app?.appToken === undefined ? undefined : {value: app.appToken});
			if (!token) {
				throw secretMissing(
					'app-token',
					`the App Token (${generateAppToken})`,
					'--token-stdin',
					'BOXAUTH_APP_TOKEN',
				);
			}

			return {authType: 'app-token', token, expiry: request.appTokenExpiry ?? 'never'};
		}
	}
}

function sandboxEnterprise(sandbox: SandboxDemo | undefined): Subject {
	// readAddRequest has made sure a subject was given when there is no sandbox.
	if (!sandbox) {
		throw new Error('a CCG profile against Box needs a subject from the flags');
	}

	return {type: 'enterprise', id: sandbox.description.enterprise.id};
}

function sandboxJwtConfig(sandbox: SandboxDemo | undefined) {
	const app = sandboxApp(sandbox, 'jwt', undefined);
	// readAddRequest has made sure --jwt-config was given when there is no sandbox.
	if (!app?.jwtConfig) {
		throw new Error('a JWT profile against Box needs --jwt-config');
	}

	return checkJwtConfig(JSON.stringify(app.jwtConfig), `The sandbox app ${app.name}'s JWT config`);
}
