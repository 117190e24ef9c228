import type {AuthType} from '../box/auth-types.js';
import {authTypes} from '../box/auth-types.js';

export type AuthTypeChoice = {
	authType: AuthType;
	label: string;
	bestFor: string;
	tradeOff: string;
	tokenLife: string;
};

const renewedByBoxauth = 'about 60 minutes; boxauth gets a new one before it runs out';

/** Every auth type side by side, from the quickest to try to the most specialised. */
export const authTypeChoices: readonly AuthTypeChoice[] = [
	{
		authType: 'developer-token',
		label: authTypes['developer-token'].label,
		bestFor: 'trying the API right now, with nothing to set up but an app',
		tradeOff:
			'it acts as you, the person logged in to the console, and cannot be renewed: you generate a new one by hand',
		tokenLife: '60 minutes, no refresh',
	},
	{
		authType: 'ccg',
		label: authTypes.ccg.label,
		bestFor: 'a server or script acting on its own, with just a client ID and secret',
		tradeOff:
			"an admin must authorize the app before any token works; it acts as the app's service account unless allowed to act as a user",
		tokenLife: renewedByBoxauth,
	},
	{
		authType: 'jwt',
		label: authTypes.jwt.label,
		bestFor: 'server to server where a key pair is required rather than a secret alone',
		tradeOff:
			"you keep the console's JSON config, private key included, safe; an admin must authorize the app",
		tokenLife: renewedByBoxauth,
	},
	{
		authType: 'oauth',
		label: authTypes.oauth.label,
		bestFor: 'acting as a person who logs in with their own Box account',
		tradeOff:
			'someone logs in in a browser first; each refresh token works once, so only one program may renew it',
		tokenLife:
			'access token 60 minutes; refresh token 60 days and single use (boxauth renews both)',
	},
	{
		authType: 'app-token',
		label: authTypes['app-token'].label,
		bestFor: 'a no-code tool (Zapier, Make, a spreadsheet) that wants one bearer token',
		tradeOff:
			"a Limited Access App: only a few calls (upload, download, create folders, read and delete files), as the app's service account; your enterprise may want an admin to authorize it first",
		tokenLife: '30 days, 60 days or never, as chosen when generating it',
	},
];
