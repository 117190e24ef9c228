import {type AuthType, authTypes} from '../box/auth-types.js';
import {developerConsoleUrl} from '../box/console-paths.js';
import {wizardAuthTypes} from './wizard-auth-types.js';

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

/** The exact Developer Console clicks that make an app of this type, and what to copy from it. */
export function createAppInstructions(
	authType: AuthType,
	options: CreateAppOptions = {},
): CreateAppInstructions {
	return {
		consoleUrl: developerConsoleUrl,
		steps: authTypes[authType].console.createApp(options.redirectUri ?? usualRedirectUri),
		fields: wizardAuthTypes[authType].typedNext,
	};
}
