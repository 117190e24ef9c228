const developerConsole = 'Developer Console (https://app.box.com/developers/console)';

/**
 * Tokens Box revokes only in the Developer Console, and where: Box's revoke needs the app's
 * client ID and secret, which such profiles don't have.
 */
export const consoleTokens = {
	'developer-token': {
		secret: 'developer-token',
		held: 'developer',
		words: 'developer token',
		where: `${developerConsole} > your app > Configuration > Developer Token > Revoke`,
		note: "Box's docs warn that revoking it there also deletes the app's webhooks; left alone, it ends by itself 60 minutes after it was made.",
	},
	'app-token': {
		secret: 'app-token',
		held: 'app',
		words: 'App Token',
		where: `${developerConsole} > your app > Configuration > Primary Access Token (or Secondary Access Token, if this was the secondary) > Revoke`,
		note: 'An App Token may never expire: revoke it unless something else still uses it.',
	},
} as const;

export type ConsoleTokenType = keyof typeof consoleTokens;
