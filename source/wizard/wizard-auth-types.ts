// What the wizard's screens say of each auth type, as one record per auth type beside Box's own
// (box/auth-types.ts): the facts are there, the wizard's words here.
import {type AuthType, authTypes} from '../box/auth-types.js';

export type WizardAuthTypeRecord = {
	/** What the person types once the app is made, in plain words, in the order it is asked. */
	typedNext: readonly string[];
	/** How the token in the done screen's script lines lives: renewed by boxauth, or held. */
	scriptToken: string;
};

/** Its first token comes from a person's sign-in in a browser, which the wizard waits for. */
export const signsInInBrowser = (authType: AuthType | undefined) =>
	authType !== undefined && authTypes[authType].firstToken === 'browser-login';

const clientFields = ['the Client ID', 'the Client Secret (hidden as you type)'];

const keptFresh = 'a token that boxauth keeps fresh';

export const wizardAuthTypes: Readonly<Record<AuthType, WizardAuthTypeRecord>> = {
	ccg: {typedNext: clientFields, scriptToken: keptFresh},
	jwt: {typedNext: ['the path of the JSON config file'], scriptToken: keptFresh},
	oauth: {typedNext: clientFields, scriptToken: keptFresh},
	'developer-token': {
		typedNext: ['the Developer Token (a "Bearer " in front is fine)'],
		scriptToken: 'the developer token boxauth holds (60 minutes; a new one is pasted in)',
	},
	'app-token': {
		typedNext: ['the App Token', 'when it expires: 30 days, 60 days or never, as you chose'],
		scriptToken: 'the App Token boxauth holds',
	},
};
