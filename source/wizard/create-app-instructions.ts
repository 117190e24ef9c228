import {
	appAccessLevelSetting,
	appScopes,
	clientCredentials,
	createCustomApp,
	createLimitedAccessApp,
	developerConsoleUrl,
	fetchClientSecret,
	generateAppToken,
	generateDeveloperToken,
	publicKeys,
	redirectUris,
	submitForAuthorization,
} from '../box/console-paths.js';
import type {AuthType} from '../box/failure.js';

export type CreateAppInstructions = {
	consoleUrl: string;
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

const nameIt =
	'Name the app (such as "boxauth"), pick the purpose closest to yours if asked, and click Create App.';

const accessLevel = `At ${appAccessLevelSetting}, choose App Access Only when the app needs only its own files and what is shared with its service account; choose App + Enterprise Access to reach the files of your enterprise's users or to act as one of them.`;

const scopes = `At ${appScopes}, tick "Read all files and folders stored in Box" so the token can see files, and "Write all files and folders stored in Box" too if you will upload or change them.`;

const save = 'Click Save Changes (top right): the settings count only once saved.';

const copyCredentials = `Copy the Client ID from ${clientCredentials}, then the Client Secret: ${fetchClientSecret}.`;

const clientFields = ['the Client ID', 'the Client Secret (hidden as you type)'];

function createApp(method: string, why: string): string {
	return `Open ${createCustomApp} and choose the authentication method ${method}: ${why}.`;
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
					save,
					`Click ${generateDeveloperToken} and copy the token: it lasts 60 minutes and acts as you.`,
				],
				fields: ['the Developer Token (a "Bearer " in front is fine)'],
			};
		}

		case 'ccg': {
			return {
				consoleUrl,
				steps: [
					createApp(
						'Server Authentication (Client Credentials Grant)',
						'the server proves itself with the client ID and secret',
					),
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
					createApp('Server Authentication (with JWT)', 'the server proves itself with a key pair'),
					nameIt,
					accessLevel,
					scopes,
					save,
					`At ${publicKeys}, click Generate a Public/Private Keypair (needs 2-step verification): the browser downloads the JSON config. Box keeps no copy of the private key in it, so keep the file safe.`,
				],
				fields: ['where the JSON config file is, such as ~/Downloads/123_abc_config.json'],
			};
		}

		case 'oauth': {
			return {
				consoleUrl,
				steps: [
					createApp('User Authentication (OAuth 2.0)', 'a person logs in and the app acts as them'),
					nameIt,
					scopes,
					`At ${redirectUris}, add this Redirect URI: ${options.redirectUri ?? usualRedirectUri} (Box sends the browser back to it after the login, and refuses any address not listed).`,
					save,
					copyCredentials,
				],
				fields: clientFields,
			};
		}

		case 'app-token': {
			return {
				consoleUrl,
				steps: [
					`Open ${createLimitedAccessApp}: its authentication method is App Token.`,
					nameIt,
					`If your enterprise wants an admin to approve Limited Access Apps, submit it at ${submitForAuthorization}; otherwise it is authorized already.`,
					`Once it is authorized, click ${generateAppToken} (needs 2-step verification), choose when it expires (30 days, 60 days or never) and copy it at once: Box shows it only once.`,
				],
				fields: ['the App Token', 'when it expires: 30 days, 60 days or never, as you chose'],
			};
		}
	}
}
