// Where to click and what to run, written once so every row says it the same way. Text marks
// commands and values with backticks; the troubleshooting Markdown keeps them as code.

export const developerConsoleUrl = 'https://app.box.com/developers/console';
const developerConsole = `Developer Console (${developerConsoleUrl})`;
const appConfiguration = `${developerConsole} > your app > Configuration`;
// Box renamed "Create New App > Custom App" to Platform App in 2025-02 (box-auth-reference.md
// section 10).
const createNewApp = `${developerConsole} > Create Platform App`;

export const createPlatformApp = `${createNewApp} > Platform App`;
export const createLimitedAccessApp = `${createNewApp} > Limited Access App`;

export const clientCredentials = `${appConfiguration} > OAuth 2.0 Credentials`;
export const fetchClientSecret = `${clientCredentials} > Fetch Client Secret (needs 2-step verification on your Box account)`;
export const authenticationMethod = `${appConfiguration} > Authentication Method`;
export const userTokensSetting = `${appConfiguration} > Advanced Features > Generate user access tokens`;
export const appAccessLevelSetting = `${appConfiguration} > Application Access`;
export const appAccessLevel = `${appAccessLevelSetting} > App + Enterprise Access`;
export const appScopes = `${appConfiguration} > Application Scopes`;
export const generateDeveloperToken = `${appConfiguration} > Developer Token > Generate Developer Token`;
export const generateAppToken = `${appConfiguration} > Primary Access Token > Generate Key`;
export const publicKeys = `${appConfiguration} > Add and Manage Public Keys`;
export const redirectUris = `${appConfiguration} > OAuth 2.0 Redirect URI`;
export const corsDomains = `${appConfiguration} > CORS Domains`;
export const submitForAuthorization = `${developerConsole} > your app > Authorization > Review and Submit`;
/** OAuth 2.0 apps are enabled, not authorized: their console tab says so. */
export const submitForEnablement = `${developerConsole} > your app > Enablement > Review and Submit`;

const platformAppsManager = 'Admin Console > Integrations > Platform Apps Manager';
const serverAppsManager = `${platformAppsManager} > Server Authentication Apps`;
const userAppsManager = `${platformAppsManager} > User Authentication Apps`;
export const adminAddApp = `${serverAppsManager} > Add App, paste the client ID`;
export const adminReauthorize = `${serverAppsManager} > the app's ⋯ menu > Reauthorize App`;
/**
 * With "Disable unpublished apps by default" on, a server app must be enabled as well as
 * authorized (Box's authorization guide).
 */
export const adminEnableServerApp = `${serverAppsManager} > the app's ⋯ menu > Enable App`;
/** OAuth 2.0 apps, and so their Developer Tokens, are enabled here when the enterprise asks. */
export const adminEnableUserApp = `${userAppsManager} > Add App, paste the client ID (or the app's ⋯ menu > Enable App)`;
/** Where an admin sees the enterprise setting that leaves new apps disabled. */
export const unpublishedAppsSetting = `${platformAppsManager} > the ⚙ settings > Disable unpublished apps by default`;
export const adminContact = 'Account Settings > Account > Admin Contact';
export const findEnterpriseId =
	'Developer Console > your account icon (top right) > Copy Enterprise ID, or Admin Console > Account & Billing > Account Information > Enterprise ID';
export const developerSignup = 'https://account.box.com/signup/n/developer';
/** Follows "… is 0, ": the enterprise ID Box gives an account that has no enterprise. */
export const enterpriseIdZero = `which Box gives a free personal account: it has no enterprise, and Client Credentials Grant and JWT need one. Sign up for a free developer account (${developerSignup}) and use its enterprise ID. Find it in ${findEnterpriseId}.`;

export const tokenUrl = 'https://api.box.com/oauth2/token';
export const whoIsTheToken =
	'`curl -H "Authorization: Bearer $(boxauth token)" https://api.box.com/2.0/users/me`';
export const syncTheClock =
	"Set this machine's clock to sync automatically: Linux `sudo timedatectl set-ntp true`; macOS System Settings > General > Date & Time > Set time and date automatically; Windows Settings > Time & language > Date & time > Sync now";

/**
 * The same places named from inside the Developer Console, for a screen that gives the console's
 * address once: each is how the full path of the same name above ends.
 */
export const inConsole = {
	createPlatformApp: 'Create Platform App > Platform App',
	createLimitedAccessApp: 'Create Platform App > Limited Access App',
	clientCredentials: 'Configuration > OAuth 2.0 Credentials',
	appAccessLevelSetting: 'Configuration > Application Access',
	appScopes: 'Configuration > Application Scopes',
	generateDeveloperToken: 'Configuration > Developer Token > Generate Developer Token',
	generateAppToken: 'Configuration > Primary Access Token > Generate Key',
	publicKeys: 'Configuration > Add and Manage Public Keys',
	redirectUris: 'Configuration > OAuth 2.0 Redirect URI',
	submitForAuthorization: 'Authorization > Review and Submit',
	submitForEnablement: 'Enablement > Review and Submit',
} as const;

/** In the Admin Console's list of server apps: where an app changed since is authorized again. */
export const reauthorizeInAppsManager = "the app's ⋯ menu > Reauthorize App";
