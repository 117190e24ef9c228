import {setTimeout as sleep} from 'node:timers/promises';
import type {BoxResult} from '../../box/box-connection.js';
import {probeClientId} from '../../box/client-id-probe.js';
import type {JwtConfig} from '../../box/jwt-config.js';
import {readJwtConfigFile} from '../../box/jwt-config-file.js';
import {maskSecret} from '../../box/mask-secrets.js';
import type {IssuedToken} from '../../box/token-request.js';
import {uploadPreflight} from '../../box/upload-preflight.js';
import {getCurrentUser} from '../../box/users-me.js';
import {narrowedByClientId} from '../../diagnosis/narrow-causes.js';
import type {Profiles} from '../../profiles/open-profiles.js';
import {removeSetupDraft, saveSetupDraft} from '../../profiles/setup-drafts.js';
import {withRefreshLock} from '../../tokens/refresh-lock.js';
import {accessToken, refreshToken} from '../../tokens/token-lifetimes.js';
import type {SetupActions} from '../../wizard/setup-actions.js';
import type {CheckOutcome} from '../../wizard/wizard-events.js';
import type {SetupCredentials, StepFailure} from '../../wizard/wizard-state.js';
import type {AddTarget} from '../shared/add-target.js';
import {type CheckedProfile, checkCredentials, identityOf} from '../shared/check-credentials.js';
import type {Credentials} from '../shared/credentials.js';
import {stepFailureOf} from '../shared/describe-failure.js';
import {secretKeeper, storeProfile} from '../shared/keep-profile.js';
import {readOldLogin, retireOldLogin} from '../shared/replace-profile.js';
import {describePreflight} from './describe-preflight.js';
import {oauthSignIn} from './oauth-sign-in.js';

type Proven = {credentials: Credentials; checked: CheckedProfile; accessToken: string};

const tokenOf = (checked: CheckedProfile) =>
	checked.secrets.find(([name]) => name === 'access-token')?.[1];

function firstCallOf(proven: Proven): CheckOutcome {
	const {identity, identityFailure} = proven.checked;
	return {
		ok: true,
		firstCall: {
			...(identity ? {identity} : {}),
			...(identityFailure ? {identityFailure: stepFailureOf(identityFailure)} : {}),
			maskedToken: maskSecret(proven.accessToken),
		},
	};
}

/**
 * The wizard's effects, done for real: token requests against the target, the browser login,
 * drafts and the profile in the user's config folder. It remembers the last credentials that
 * worked, so that saving needs only the name.
 */
export function openSetupSession(options: {
	target: Omit<AddTarget, 'close'>;
	profiles: Profiles;
	now: () => number;
	callbackPort?: number;
	openBrowser?: (url: string) => Promise<boolean>;
}): SetupActions & {close(): Promise<void>} {
	const {target, profiles, now} = options;
	const {connection} = target;
	const jwtConfigs = new Map<string, JwtConfig>();
	let proven: Proven | undefined;
	let signingIn: {clientId: string; clientSecret: string} | undefined;
	const signIn = oauthSignIn({
		connection,
		now,
		...(options.callbackPort === undefined ? {} : {callbackPort: options.callbackPort}),
		...(options.openBrowser ? {openBrowser: options.openBrowser} : {}),
	});

	async function credentialsFor(setup: SetupCredentials): Promise<Credentials> {
		switch (setup.authType) {
			case 'ccg':
				return {...setup, clientSecret: {value: setup.clientSecret}};
			case 'jwt': {
				let config = jwtConfigs.get(setup.jwtConfigPath);
				if (!config) {
					const read = await readJwtConfigFile(setup.jwtConfigPath);
					if (!read.ok) {
						throw new Error(read.problem);
					}

					config = read.config;
				}

				const subject =
					setup.subject ??
					(config.userId === undefined
						? {type: 'enterprise' as const, id: config.enterpriseId ?? ''}
						: {type: 'user' as const, id: config.userId});
				return {authType: 'jwt', config, subject};
			}

			case 'developer-token':
				return {authType: 'developer-token', token: {value: setup.token}};
			case 'app-token':
				return {authType: 'app-token', token: {value: setup.token}, expiry: setup.expiry};
		}
	}

	async function signedIn(
		app: {clientId: string; clientSecret: string},
		issued: BoxResult<IssuedToken> | {ok: false; stalled: string},
	) {
		if ('stalled' in issued) {
			return issued;
		}

		if (!issued.ok) {
			return {ok: false as const, failure: stepFailureOf(issued.failure)};
		}

		const {receivedAt, expiresIn, refreshToken: refresh} = issued.value;
		const me = await getCurrentUser(connection, issued.value.accessToken, 'oauth');
		const checked: CheckedProfile = {
			tokens: {
				access: accessToken(receivedAt, expiresIn),
				...(refresh === undefined ? {} : {refresh: refreshToken(receivedAt)}),
			},
			...(me.ok ? {identity: identityOf(me.value)} : {identityFailure: me.failure}),
			secrets: [
				['client-secret', app.clientSecret],
				['access-token', issued.value.accessToken],
				...(refresh === undefined ? [] : [['refresh-token', refresh] as ['refresh-token', string]]),
			],
		};
		proven = {
			credentials: {
				authType: 'oauth',
				clientId: app.clientId,
				clientSecret: {value: app.clientSecret},
				refreshToken: {value: refresh ?? ''},
			},
			checked,
			accessToken: issued.value.accessToken,
		};
		return firstCallOf(proven);
	}

	/**
	 * `Grant credentials are invalid` says nothing of which field is wrong, and a waiting app gets
	 * it too: Box's login page tells at least whether the client ID is one Box knows.
	 */
	async function withClientIdProbed(failure: StepFailure, clientId: string): Promise<StepFailure> {
		if (!('diagnosis' in failure) || failure.diagnosis.id !== 'ccg-grant-credentials-invalid') {
			return failure;
		}

		const answer = await probeClientId(connection, clientId);
		const diagnosis = narrowedByClientId(failure.diagnosis, answer);
		switch (answer) {
			case 'known':
				return {...failure, diagnosis, provenRight: ['clientId']};
			case 'unknown':
				return {...failure, diagnosis, provenWrong: 'clientId'};
			default:
				return failure;
		}
	}

	return {
		async readJwtConfig(path) {
			const read = await readJwtConfigFile(path);
			if (!read.ok) {
				return read;
			}

			jwtConfigs.set(path, read.config);
			return {
				ok: true,
				clientId: read.config.clientId,
				...(read.config.enterpriseId === undefined ? {} : {enterpriseId: read.config.enterpriseId}),
				...(read.config.userId === undefined ? {} : {userId: read.config.userId}),
			};
		},

		async checkCredentials(setup) {
			const credentials = await credentialsFor(setup);
			const checked = await checkCredentials(connection, credentials, {
				now,
				// Only OAuth spends a refresh token here, and the wizard's OAuth goes through signIn.
				async keepRefreshToken() {},
			});
			if (!checked.ok) {
				const failure = stepFailureOf(checked.failure);
				return {
					ok: false,
					failure:
						setup.authType === 'ccg' ? await withClientIdProbed(failure, setup.clientId) : failure,
				};
			}

			const token =
				tokenOf(checked.value) ?? ('token' in credentials ? credentials.token.value : '');
			proven = {credentials, checked: checked.value, accessToken: token};
			return firstCallOf(proven);
		},

		async signIn(app, waiting) {
			signingIn = app;
			return signedIn(app, await signIn.start(app, waiting));
		},

		finishSignIn: async (pastedUrl) =>
			signingIn
				? signedIn(signingIn, await signIn.finish(pastedUrl))
				: {ok: false, stalled: 'Start the sign-in first: press r.'},

		async approveInSandbox(clientId) {
			if (!target.sandbox) {
				throw new Error('only the sandbox has an admin that boxauth can play');
			}

			await target.sandbox.approveApp(clientId);
		},

		async saveDraft(draft, clientSecret) {
			await saveSetupDraft(profiles.configDir, draft);
			if (clientSecret) {
				await profiles.secrets.set(draft.profileName, 'client-secret', clientSecret);
			}
		},

		async saveProfile(name) {
			if (!proven) {
				return {
					ok: false,
					problem: 'No token request has worked yet, so there is nothing to save.',
				};
			}

			const {credentials, checked} = proven;
			// Under the profile's refresh lock: a renewal of the login being replaced must not save
			// its tokens over the new ones.
			return withRefreshLock(profiles.configDir, name, async () => {
				const old = await readOldLogin(profiles, name, now);
				const stored = await storeProfile(
					profiles,
					secretKeeper(profiles.secrets, name),
					{
						request: {name, authType: credentials.authType, sandbox: target.sandbox !== undefined},
						credentials,
						checked,
						urls: target.urls,
					},
					now,
					'boxauth setup',
					old,
				);
				if (!stored.ok) {
					return stored;
				}

				await removeSetupDraft(profiles.configDir, name);
				const kept = checked.secrets.map(([secret]) => secret);
				// The sandbox keeps its state across runs, on whatever port it listens this time.
				const sameBox =
					old !== undefined &&
					(old.profile.sandbox
						? target.sandbox !== undefined
						: old.profile.urls.apiUrl === target.urls.apiUrl);
				const retired = old
					? await retireOldLogin(profiles, old, kept, sameBox ? connection : undefined)
					: [];
				return {ok: true as const, line: [stored.line, ...retired, ...stored.warnings].join('\n')};
			});
		},

		async tryPreflight(fileName) {
			if (!proven) {
				return 'There is no token to try yet.';
			}

			return describePreflight(
				fileName,
				await uploadPreflight(connection, proven.accessToken, {name: fileName, parentId: '0'}),
			);
		},

		wait: async (ms, signal) => {
			await sleep(ms, undefined, {signal});
		},
		close: signIn.close,
	};
}
