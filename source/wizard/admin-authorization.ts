import type {AuthType} from '../box/auth-types.js';
import {authTypes} from '../box/auth-types.js';
import {
	adminAddApp,
	adminContact,
	inConsole,
	reauthorizeInAppsManager,
} from '../box/console-paths.js';

export type AdminRequest = {clientId: string; authType: AuthType; appName?: string};

/**
 * How a developer gets an app authorized and enabled, for the apps Box lets act without a person
 * logging in. Enterprises with "Disable unpublished apps by default" need both switches.
 */
export function adminAuthorizationSteps(clientId: string): readonly string[] {
	return [
		`In the Developer Console, submit the app at ${inConsole.submitForAuthorization}: Box emails your enterprise's primary admin.`,
		`${adminContact} names your admin. Are you the admin? Then step 3 is yours.`,
		`For the admin: ${adminAddApp} ${clientId}, click Authorize, and Enable App if it shows as disabled.`,
	];
}

/** A message to send the admin as it is: what the app is, its client ID and the admin's clicks. */
export function adminMessage(request: AdminRequest): string {
	const app = request.appName ? `my Box app "${request.appName}"` : 'my Box app';
	return [
		`Hello, could you authorize and enable ${app} for our enterprise? It uses ${authTypes[request.authType].label}, and Box lets it make no call until an admin has.`,
		'',
		`Client ID: ${request.clientId}`,
		'',
		`To authorize it: ${adminAddApp} above, review the access it asks for, and click Authorize; if it then shows as disabled, its ⋯ menu > Enable App. Listed as authorized already? Then it was changed since: ${reauthorizeInAppsManager}. Thank you!`,
	].join('\n');
}
