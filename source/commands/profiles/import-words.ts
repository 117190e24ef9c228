import {authTypes} from '../../box/auth-types.js';
import type {Subject} from '../../box/client-credentials.js';
import {profileUseOf, type ServerCredentials} from './box-cli-credentials.js';
import type {BoxCliEnvironment} from './box-cli-environments.js';
import type {ImportName} from './import-names.js';

// What `boxauth profiles import --from-box-cli` tells about each environment, on the way in.

const boxCli = (environmentName: string) => `Box CLI's "${environmentName}"`;

/** The Official Box CLI App's client ID, which `box login` uses by default (src/commands/login.js). */
const boxCliOwnApp = 'udz8zp4yue87uk9dzq4xk425kkwvqvh1';

const subjectWords = (subject: Subject) =>
	subject.type === 'enterprise'
		? `the service account of enterprise ${subject.id}`
		: `user ${subject.id}`;

/** Why an OAuth login of Box CLI stays with Box CLI, and how to make one for boxauth. */
export function oauthWords(
	environment: Extract<BoxCliEnvironment, {kind: 'oauth'}>,
	profileName: string,
	sandbox: boolean,
): string {
	const {clientId} = environment;
	const how =
		clientId === boxCliOwnApp
			? "It signs in with Box CLI's own app, which is Box CLI's to configure: for boxauth, make an OAuth 2.0 app of your own (boxauth setup --auth-type oauth shows how)."
			: `For a login of boxauth's own to the same app: boxauth setup --profile ${profileName} --auth-type oauth${clientId === undefined ? '' : ` --client-id ${clientId}`}${sandbox ? ' --sandbox' : ''}`;
	return `${boxCli(environment.name)} is an OAuth 2.0 login and is not imported: each refresh token works once, so boxauth taking Box CLI's would sign Box CLI out. ${how}`;
}

export const unusableWords = (environmentName: string, problem: string) =>
	`${boxCli(environmentName)} is not imported: ${problem.replace(/\.?$/, '.')}`;

/** Says when the profile name is not the environment's own, and why. */
export function nameWords(
	environmentName: string,
	chosen: ImportName,
	subject: Subject,
): string | undefined {
	if ('alreadyAs' in chosen) {
		return `${boxCli(environmentName)} is not imported again: profile ${chosen.alreadyAs} has its app already, acting as ${subjectWords(subject)}.`;
	}

	if (chosen.renamedFrom !== undefined) {
		return `A profile named ${chosen.renamedFrom} exists already, for another app or acting as someone else: ${boxCli(environmentName)} comes in as ${chosen.name}.`;
	}

	return chosen.name === environmentName
		? undefined
		: `${boxCli(environmentName)} comes in as ${chosen.name}: profile names are letters, digits, dots, dashes and underscores.`;
}

/** Box CLI's default As-User is a header on each API call, which no token carries. */
export const asUserWords = (environmentName: string, userId: string) =>
	`${boxCli(environmentName)} makes its calls as user ${userId} (its default As-User): a token does not carry that, so send the header "As-User: ${userId}" with your API calls.`;

/** What --dry-run says of an environment that would come in. */
export function wouldImportWords(
	environmentName: string,
	name: string,
	credentials: ServerCredentials,
): string {
	const {clientId} = profileUseOf(credentials);
	return `Would import ${boxCli(environmentName)} as profile ${name}: ${authTypes[credentials.authType].label}, app ${clientId}, acting as ${subjectWords(credentials.subject)}.`;
}
