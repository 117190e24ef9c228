import {
	adminAddApp,
	adminContact,
	adminEnableServerApp,
	adminReauthorize,
	appAccessLevel,
	clientCredentials,
	findEnterpriseId,
	userTokensSetting,
} from '../box/console-paths.js';
import type {Failure} from '../box/failure.js';

// Box answers `Grant credentials are invalid` for four different causes (Box's Client Credentials
// Grant guide), one of them no mistake at all: an app still waiting for its admin gets this very
// answer (a Box staff answer, box-auth-reference.md section 10). The row lists them by likelihood;
// follow-up requests (narrow-causes.ts) can rule some out.

export type GrantCredentialsCause =
	| 'wrong-credentials'
	| 'subject-not-allowed'
	| 'user-tokens-off'
	| 'not-authorized';

export const grantCredentialsCauses: Record<GrantCredentialsCause, {why: string; fix: string}> = {
	'wrong-credentials': {
		why: 'The client ID and secret are wrong or belong to different apps: mistyped, cut short, copied from another app, or the secret was reset since',
		fix: `Copy the client ID and secret again from ${clientCredentials}, then \`boxauth setup\``,
	},
	'subject-not-allowed': {
		why: "The app's access level does not allow this `box_subject_id`: a managed user needs App + Enterprise Access, and an enterprise ID must be the ID of the enterprise that authorized the app",
		fix: `Check the ID (${findEnterpriseId}); for managed users set ${appAccessLevel}, then have the admin re-authorize: ${adminReauthorize}`,
	},
	'user-tokens-off': {
		why: '`box_subject_type=user` needs "Generate user access tokens", which is off for this app (or was turned on without re-authorizing the app)',
		fix: `Turn on ${userTokensSetting}, save, then have the admin re-authorize: ${adminReauthorize}`,
	},
	'not-authorized': {
		why: 'The app is still waiting for an admin to authorize it in the Admin Console (Box gives a waiting app this same answer), or was changed and not re-authorized since',
		fix: `Have the admin authorize and enable it: ${adminAddApp}, then ${adminEnableServerApp} (find your admin at ${adminContact}); \`boxauth setup\` waits for it and ticks the step`,
	},
};

/**
 * The causes in order of likelihood for this subject; a user token cause can't apply to an
 * enterprise subject. With a user subject, a waiting app gets this answer (Box staff); with an
 * enterprise subject the one capture of a waiting app shows `insufficient_scope` instead, so there
 * the typing mistakes come first.
 */
export function likelyGrantCredentialsCauses(failure: Failure): GrantCredentialsCause[] {
	switch (failure.context?.subjectType) {
		case 'user': {
			return ['not-authorized', 'wrong-credentials', 'user-tokens-off', 'subject-not-allowed'];
		}

		case 'enterprise': {
			return ['wrong-credentials', 'subject-not-allowed', 'not-authorized'];
		}

		default: {
			return ['not-authorized', 'wrong-credentials', 'subject-not-allowed', 'user-tokens-off'];
		}
	}
}
