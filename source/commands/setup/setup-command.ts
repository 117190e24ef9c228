import type {AuthType} from '../../box/auth-types.js';
import {authTypes} from '../../box/auth-types.js';
import type {BoxUrls} from '../../box/box-urls.js';
import {openProfiles} from '../../profiles/open-profiles.js';
import {findProfile} from '../../profiles/profile-list.js';
import {loadSetupDraft} from '../../profiles/setup-drafts.js';
import {resumeFromDraft} from '../../wizard/setup-draft.js';
import type {FieldName} from '../../wizard/setup-fields.js';
import type {WizardEffect, WizardEvent} from '../../wizard/wizard-events.js';
import {initialWizardState, type WizardState} from '../../wizard/wizard-state.js';
import {backToDashboard, type CommandInput, terminalOf, UsageError} from '../command-input.js';
import {handOver} from '../hand-over.js';
import {openAddTarget} from '../shared/add-target.js';
import {boxauthCommand} from '../shared/boxauth-command.js';
import {givenClientSecret, givenToken, readStdinSecret} from '../shared/given-secrets.js';
import {printJson} from '../shared/json-output.js';
import {openingNotices, printNotices} from '../shared/print-notices.js';
import {loginRequest} from './login-request.js';
import {openBrowser} from './open-browser.js';
import {type FieldDefaults, sandboxDefaults} from './sandbox-defaults.js';
import {setupJson} from './setup-json.js';
import {readSetupRequest, type SetupRequest} from './setup-request.js';
import {openSetupSession} from './setup-session.js';
import {setupWithoutScreens} from './setup-without-screens.js';

type Start = {state: WizardState; effects: WizardEffect[]; events: WizardEvent[]};

/** The secret given on stdin or in a BOXAUTH_* variable, as the field it fills. */
async function givenSecrets(
	request: SetupRequest,
	{environment, streams}: CommandInput,
): Promise<Partial<Record<FieldName, string>>> {
	const addRequest = {
		name: request.profileName ?? 'setup',
		authType: request.authType ?? 'ccg',
		sandbox: request.sandbox,
		...(request.stdin ? {stdin: request.stdin} : {}),
	};
	const stdin = await readStdinSecret(addRequest, streams.stdin);
	const sources = {request: addRequest, stdin, environment};
	const secret = givenClientSecret(sources)?.value;
	// The token a person pastes (a developer token or an App Token) is the bearer itself.
	const bearer = request.authType && authTypes[request.authType].bearer.secret;
	const token =
		bearer === 'developer-token' || bearer === 'app-token'
			? givenToken(sources, bearer)?.value
			: undefined;
	return {
		...(secret === undefined ? {} : {clientSecret: secret}),
		...(token === undefined ? {} : {token}),
	};
}

async function startOf(
	request: SetupRequest,
	values: Partial<Record<FieldName, string>>,
	defaults: FieldDefaults | undefined,
	resumed: {state: WizardState; effects: WizardEffect[]} | undefined,
	takenNames: readonly string[],
): Promise<Start> {
	if (resumed) {
		return {...resumed, events: []};
	}

	const state = initialWizardState({
		takenNames,
		sandbox: request.sandbox,
		...(request.profileName === undefined ? {} : {profileName: request.profileName}),
		values,
	});
	const events: WizardEvent[] = [];
	if (request.authType) {
		if (state.screen === 'account') {
			events.push({type: 'account-confirmed'});
		}

		events.push({
			type: 'auth-type-chosen',
			authType: request.authType,
			...(defaults ? {defaults: withoutTyped(defaults(request.authType), values)} : {}),
		});
	}

	return {state, effects: [], events};
}

/** Demo values never replace what the user gave on the command line. */
const withoutTyped = (
	defaults: Partial<Record<FieldName, string>>,
	typed: Partial<Record<FieldName, string>>,
) =>
	Object.fromEntries(
		Object.entries(defaults).filter(([field]) => typed[field as FieldName] === undefined),
	);

// The port the done screen's commands use for a sandbox that stops with setup.
const lastingSandboxPort = 8765;

/** Where the done screen's commands go: a sandbox started by setup stops with it. */
function commandUrls(target: {urls: BoxUrls; sandbox?: {inThisProcess: boolean}}, boxauth: string) {
	if (!target.sandbox?.inThisProcess) {
		return {...target.urls, boxauth};
	}

	const origin = `http://127.0.0.1:${lastingSandboxPort}`;
	return {
		apiUrl: origin,
		uploadUrl: `${origin}/api`,
		boxauth,
		before: {
			says: 'The sandbox stops when setup ends. For the commands below, keep it running elsewhere:',
			command: `${boxauth} sandbox --port ${lastingSandboxPort}`,
		},
	};
}

const neededFlags: Record<AuthType, string> = {
	ccg: '--client-id, --enterprise-id and the client secret (--client-secret-stdin or BOXAUTH_CLIENT_SECRET)',
	jwt: '--jwt-config',
	oauth:
		'--client-id and the client secret (--client-secret-stdin or BOXAUTH_CLIENT_SECRET); the sign-in itself needs a browser',
	'developer-token': 'the token (--token-stdin or BOXAUTH_DEVELOPER_TOKEN)',
	'app-token': 'the token (--token-stdin or BOXAUTH_APP_TOKEN) and --app-token-expiry',
};

/** `boxauth setup`: the wizard on a terminal, or the same checks fed from flags in a script. */
export async function run(input: CommandInput): Promise<number> {
	const asked = readSetupRequest(input);
	const {now, streams} = input;
	const profiles = await openProfiles({environment: input.environment, now});
	printNotices(openingNotices(profiles), streams.stderr);
	const existing =
		asked.profileName === undefined ? undefined : findProfile(profiles.settings, asked.profileName);
	const request = existing ? loginRequest(asked, existing) : asked;
	const terminal = request.json ? undefined : terminalOf(streams);
	const keptSecret = existing
		? await profiles.secrets.get(existing.name, 'client-secret')
		: undefined;
	const values = {
		...(keptSecret === undefined ? {} : {clientSecret: keptSecret}),
		...request.values,
		...(await givenSecrets(request, input)),
	};
	const draft =
		request.profileName === undefined
			? undefined
			: await loadSetupDraft(profiles.configDir, request.profileName, now);
	printNotices([draft?.notice], streams.stderr);
	if (!terminal && !request.authType && !draft?.draft) {
		throw new UsageError(
			`boxauth setup needs a terminal to ask its questions; in a script, give --auth-type (ccg, jwt, oauth, developer or app-token) and what it needs: ccg ${neededFlags.ccg}; jwt ${neededFlags.jwt}; developer ${neededFlags['developer-token']}; app-token ${neededFlags['app-token']}. Add --sandbox to try it without a Box account.`,
		);
	}

	const offeredName = request.authType && authTypes[request.authType].profileName;
	if (
		!terminal &&
		request.profileName === undefined &&
		offeredName &&
		findProfile(profiles.settings, offeredName)
	) {
		throw new UsageError(
			`A profile named ${offeredName} exists: --profile ${offeredName} logs in to it again (as boxauth login does), --profile NAME makes another.`,
		);
	}

	const resumed = draft?.draft
		? resumeFromDraft(
				draft.draft,
				await profiles.secrets.get(request.profileName ?? '', 'client-secret'),
			)
		: undefined;
	const sandbox = request.sandbox || draft?.draft?.sandbox === true;
	const target = await openAddTarget(
		{
			name: request.profileName ?? 'setup',
			authType: request.authType ?? 'ccg',
			sandbox,
			...(request.baseUrl === undefined ? {} : {baseUrl: request.baseUrl}),
		},
		profiles.configDir,
		input,
	);
	const session = openSetupSession({
		target,
		profiles,
		now,
		...(request.callbackPort === undefined ? {} : {callbackPort: request.callbackPort}),
		...(request.noBrowser
			? {}
			: {openBrowser: async (url: string) => openBrowser(url, input.environment)}),
	});
	let left: Awaited<
		ReturnType<typeof import('../../ui/wizard/run-setup-wizard.js').runSetupWizard>
	>;
	try {
		const defaults = target.sandbox
			? await sandboxDefaults(target.sandbox, profiles.configDir, terminal !== undefined)
			: undefined;
		const start = await startOf(
			request,
			values,
			defaults,
			resumed,
			Object.keys(profiles.settings.profiles),
		);
		if (!terminal) {
			return await setupFromFlags(request, start, session, input);
		}

		const {runSetupWizard} = await import('../../ui/wizard/run-setup-wizard.js');
		left = await runSetupWizard({
			actions: session,
			initial: start,
			now,
			terminal,
			urls: commandUrls(target, boxauthCommand(input.environment)),
			...(defaults
				? {defaultsFor: (authType: AuthType) => withoutTyped(defaults(authType), values)}
				: {}),
		});
	} finally {
		await session.close();
		await target.close();
	}

	// After the close above: the dashboard starts its own way to the sandbox, if it needs one.
	if (left.next === 'dashboard' && input.flags[backToDashboard] !== true) {
		return handOver('dashboard', input, {});
	}

	return left.exitCode;
}

/** The wizard without screens: fed from the flags, its outcome printed, as text or JSON. */
async function setupFromFlags(
	request: SetupRequest,
	start: Start,
	session: Parameters<typeof setupWithoutScreens>[1],
	{now, streams}: CommandInput,
): Promise<number> {
	const result = await setupWithoutScreens(start, session, {
		now,
		report: (line) => streams.stderr.write(`${line}\n`),
		// With --json, stdout is JSON lines: this event first, for a script that opens the URL
		// itself, then the outcome.
		...(request.json
			? {
					signInWaiting({authorizeUrl, redirectUri}) {
						printJson(streams.stdout, {event: 'sign-in-waiting', authorizeUrl, redirectUri});
					},
				}
			: {}),
	});
	if (request.json) {
		printJson(streams.stdout, setupJson(result));
	} else if (result.state.saved) {
		streams.stdout.write(`${result.state.saved}\n`);
	}

	return result.exitCode;
}
