import type {SandboxApp, SandboxState, SandboxUser} from './sandbox-state.js';

export const findApp = (state: SandboxState, clientId: string | null): SandboxApp | undefined =>
	clientId ? state.apps.find((app) => app.clientId === clientId) : undefined;

export const findUser = (state: SandboxState, userId: string): SandboxUser | undefined =>
	state.users.find((user) => user.id === userId);

/**
 * Whether a server app (CCG or JWT) may act as this user: its own service account and app users
 * always; managed users only with "App + Enterprise Access" and "Generate user access tokens".
 */
export function mayActAsUser(app: SandboxApp, user: SandboxUser): boolean {
	if (user.appClientId === app.clientId) {
		return true;
	}

	return (
		user.kind === 'managed' && app.accessLevel === 'app_and_enterprise' && app.generateUserTokens
	);
}
