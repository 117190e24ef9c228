import type {AuthType} from '../box/auth-types.js';
import {developerConsoleUrl, inConsole} from '../box/console-paths.js';

export type CreateAppInstructions = {
	consoleUrl: string;
	/** Where to click once the console at `consoleUrl` is open. */
	steps: readonly string[];
	/** What the user types next, in plain words. */
	fields: readonly string[];
};

export type CreateAppOptions = {
	/** The address boxauth will listen on for Box's redirect after the OAuth 2.0 login. */
	redirectUri?: string;
};

// The address in Box's own OAuth samples, and the one boxauth's sandbox registers.
const usualRedirectUri = 'http://localhost:3000/callback';

const nameIt = 'Name it (such as "boxauth"), pick a purpose if asked, and click Create App.';

const accessLevel = `${inConsole.appAccessLevelSetting}: App Access Only for its own and shared files; App + Enterprise Access for your users' files or to act as a user.`;

const scopes = `${inConsole.appScopes}: tick "Read all files and folders stored in Box", and "Write all files and folders stored in Box" to upload.`;

const save = 'Click Save Changes (top right): settings count only once saved.';

const copyCredentials = `At ${inConsole.clientCredentials}, copy the Client ID, then click Fetch Client Secret (needs 2-step verification) and copy the secret.`;

const clientFields = ['the Client ID', 'the Client Secret (hidden as you type)'];

// With "Disable unpublished apps by default", a user authentication app works only once an admin
// has enabled it (Box's authorization guide); most enterprises leave that setting off.
const saveThenEnable = `Click Save Changes. New apps off in your enterprise? Submit it at ${inConsole.submitForEnablement} for an admin to enable.`;

function createApp(method: string, why?: string): string {
	return `Click ${inConsole.createPlatformApp} and choose ${method}${why === undefined ? '' : `: ${why}`}.`;
}

/** The exact Developer Console clicks that make an app of this type, and what to copy from it. */
export function createAppInstructions(
	authType: AuthType,
	options: CreateAppOptions = {},
): CreateAppInstructions {
	const consoleUrl = developerConsoleUrl;
	switch (authType) {
		case 'developer-token': {
			return {
				consoleUrl,
				steps: [
					createApp(
						'User Authentication (OAuth 2.0)',
						'any method gives a Developer Token, and this one needs no admin to authorize it',
					),
					nameIt,
					scopes,
					saveThenEnable,
					`Click ${inConsole.generateDeveloperToken} and copy the token: it lasts 60 minutes and acts as you.`,
				],
				fields: ['the Developer Token (a "Bearer " in front is fine)'],
			};
		}

		case 'ccg': {
			return {
				consoleUrl,
				steps: [
					createApp('Server Authentication (with Client Credentials Grant)'),
					nameIt,
					accessLevel,
					scopes,
					save,
					copyCredentials,
				],
				fields: clientFields,
			};
		}

		case 'jwt': {
			return {
				consoleUrl,
				steps: [
					createApp('Server Authentication (with JWT)'),
					nameIt,
					accessLevel,
					scopes,
					save,
					`At ${inConsole.publicKeys}, click Generate a Public/Private Keypair (needs 2-step verification) and keep the JSON config it downloads safe: Box keeps no copy of its private key.`,
				],
				fields: ['the path of the JSON config file'],
			};
		}

		case 'oauth': {
			return {
				consoleUrl,
				steps: [
					createApp('User Authentication (OAuth 2.0)', 'a person logs in and the app acts as them'),
					nameIt,
					scopes,
					`At ${inConsole.redirectUris}, add ${options.redirectUri ?? usualRedirectUri} (Box's only way back).`,
					saveThenEnable,
					copyCredentials,
				],
				fields: clientFields,
			};
		}

		case 'app-token': {
			return {
				consoleUrl,
				steps: [
					`Click ${inConsole.createLimitedAccessApp}: its authentication method is App Token.`,
					nameIt,
					`If your enterprise wants an admin to approve Limited Access Apps, submit it at ${inConsole.submitForAuthorization}: an admin must authorize and enable it; otherwise it is ready.`,
					`Once authorized, click ${inConsole.generateAppToken} (needs 2-step verification), choose when it expires (30 days, 60 days or never) and copy it at once: Box shows it only once.`,
				],
				fields: ['the App Token', 'when it expires: 30 days, 60 days or never, as you chose'],
			};
		}
	}
}
