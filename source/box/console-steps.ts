// The Developer Console clicks several auth types share when making their app, written once; each
// auth type's record (auth-types.ts) lists its own clicks with these. They name places from
// inside the console, whose address a screen gives once.
import {inConsole} from './console-paths.js';

export const nameIt = 'Name it (such as "boxauth"), pick a purpose if asked, and click Create App.';

export const accessLevel = `${inConsole.appAccessLevelSetting}: App Access Only for its own and shared files; App + Enterprise Access for your users' files or to act as a user.`;

export const scopes = `${inConsole.appScopes}: tick "Read all files and folders stored in Box", and "Write all files and folders stored in Box" to upload.`;

export const save = 'Click Save Changes (top right): settings count only once saved.';

export const copyCredentials = `At ${inConsole.clientCredentials}, copy the Client ID, then click Fetch Client Secret (needs 2-step verification) and copy the secret.`;

// With "Disable unpublished apps by default", a user authentication app works only once an admin
// has enabled it (Box's authorization guide); most enterprises leave that setting off.
export const saveThenEnable = `Click Save Changes. New apps off in your enterprise? Submit it at ${inConsole.submitForEnablement} for an admin to enable.`;

/** The first click: a Platform App of the authentication method named. */
export function createApp(method: string, why?: string): string {
	return `Click ${inConsole.createPlatformApp} and choose ${method}${why === undefined ? '' : `: ${why}`}.`;
}
