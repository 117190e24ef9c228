import {
	adminAddApp,
	adminContact,
	adminReauthorize,
	submitForAuthorization,
} from '../box/console-paths.js';
import type {AuthType} from '../box/failure.js';
import {authTypeLabels} from './auth-type-labels.js';

export type AdminRequest = {clientId: string; authType: AuthType; appName?: string};

/** How a developer gets an app authorized, for the apps Box lets act without a person logging in. */
export function adminAuthorizationSteps(clientId: string): readonly string[] {
	return [
		`Submit the app: ${submitForAuthorization}. Box emails your enterprise's primary admin.`,
		`Find your admin if you need to ask them yourself: ${adminContact} names them. If you are the admin, do the next step yourself.`,
		`The admin opens ${adminAddApp} ${clientId}, and clicks Authorize.`,
	];
}

/** A message to send the admin as it is: what the app is, its client ID and the admin's clicks. */
export function adminMessage(request: AdminRequest): string {
	const app = request.appName ? `my Box app "${request.appName}"` : 'my Box app';
	return [
		'Hello,',
		'',
		`Could you authorize ${app} for our enterprise? It uses ${authTypeLabels[request.authType]}, and Box issues it no token until an admin has authorized it.`,
		'',
		`Client ID: ${request.clientId}`,
		'',
		`To authorize it: ${adminAddApp} above, review the access it asks for, and click Authorize.`,
		`If it is listed as authorized already, it was changed since, and the changes count only once reauthorized: ${adminReauthorize}.`,
		'',
		'Thank you!',
	].join('\n');
}
