import {numericId, shortRandom} from './random-values.js';
import type {SandboxApp, SandboxState, SandboxUser} from './sandbox-state.js';
import {addWelcomeFile} from './welcome-file.js';

function serviceAccountFor(app: SandboxApp, enterpriseId: string, now: number): SandboxUser {
	return {
		id: numericId(11),
		name: app.name,
		login: `AutomationUser_${app.serviceId}_${shortRandom(9)}@boxdevedition.com`,
		role: 'user',
		kind: 'service_account',
		enterpriseId,
		createdAt: new Date(now).toISOString(),
		appClientId: app.clientId,
	};
}

/**
 * What the admin's approval in Platform Apps Manager does: the app gets its service account
 * (created on first authorization, as Box does) and its App Token starts to work.
 */
export function authorizeApp(state: SandboxState, app: SandboxApp, now: number): void {
	app.authorized = true;
	if (app.authType === 'oauth' || app.serviceAccountUserId) {
		return;
	}

	const serviceAccount = serviceAccountFor(app, state.enterprise.id, now);
	state.users.push(serviceAccount);
	app.serviceAccountUserId = serviceAccount.id;
	addWelcomeFile(state, serviceAccount.id);
	if (app.appToken) {
		state.accessTokens[app.appToken] = {
			token: app.appToken,
			kind: 'app_token',
			clientId: app.clientId,
			userId: serviceAccount.id,
			issuedAt: now,
			expiresAt: null,
			revoked: false,
			restrictedTo: [],
		};
	}
}

/**
 * The admin takes the authorization back. Its tokens stop working at once and stay dead if the
 * app is approved again; this is our reading of Box's docs (tokens reflect the authorization),
 * not a captured behaviour (the `revokedToken` answer is tagged a guess for it). The App Token
 * is Box's to keep: it works again on re-approval.
 */
export function deauthorizeApp(state: SandboxState, app: SandboxApp): void {
	app.authorized = false;
	if (app.authType === 'oauth') {
		return;
	}

	for (const record of Object.values(state.accessTokens)) {
		if (record.clientId === app.clientId && record.kind !== 'app_token') {
			record.revoked = true;
		}
	}
}

export const isAppEnabled = (app: SandboxApp) => app.enabled !== false;

/**
 * The admin enables or disables the app (Platform Apps Manager, or "Disable unpublished apps by
 * default"). Unlike deauthorizing, nothing is revoked: the tokens work again once it is enabled.
 */
export function setAppEnabled(app: SandboxApp, enabled: boolean): void {
	app.enabled = enabled;
}
