// Where to click and what to run, written once so every row says it the same way. Text marks
// commands and values with backticks; the troubleshooting Markdown keeps them as code.

const developerConsole = 'Developer Console (https://app.box.com/developers/console)';
const appConfiguration = `${developerConsole} > your app > Configuration`;

export const clientCredentials = `${appConfiguration} > OAuth 2.0 Credentials`;
export const fetchClientSecret = `${clientCredentials} > Fetch Client Secret (needs 2-step verification on your Box account)`;
export const authenticationMethod = `${appConfiguration} > Authentication Method`;
export const userTokensSetting = `${appConfiguration} > Advanced Features > Generate user access tokens`;
export const appAccessLevel = `${appConfiguration} > App Access Level > App + Enterprise Access`;
export const appScopes = `${appConfiguration} > Application Scopes`;
export const generateDeveloperToken = `${appConfiguration} > Developer Token > Generate Developer Token`;
export const generateAppToken = `${appConfiguration} > Primary Access Token > Generate Key`;
export const publicKeys = `${appConfiguration} > Add and Manage Public Keys`;
export const redirectUris = `${appConfiguration} > OAuth 2.0 Redirect URI`;
export const corsDomains = `${appConfiguration} > CORS Domains`;
export const submitForAuthorization = `${developerConsole} > your app > Authorization > Review and Submit`;

const serverAppsManager =
	'Admin Console > Integrations > Platform Apps Manager > Server Authentication Apps';
export const adminAddApp = `${serverAppsManager} > Add App, paste the client ID`;
export const adminReauthorize = `${serverAppsManager} > the app's ⋯ menu > Reauthorize App`;
export const adminContact = 'Account Settings > Account > Admin Contact';
export const findEnterpriseId =
	'Developer Console > your account icon (top right) > Copy Enterprise ID, or Admin Console > Account & Billing > Account Information > Enterprise ID';
export const developerSignup = 'https://account.box.com/signup/n/developer';

export const tokenUrl = 'https://api.box.com/oauth2/token';
export const whoIsTheToken =
	'`curl -H "Authorization: Bearer $(boxauth token)" https://api.box.com/2.0/users/me`';
export const syncTheClock =
	"Set this machine's clock to sync automatically: Linux `sudo timedatectl set-ntp true`; macOS System Settings > General > Date & Time > Set time and date automatically; Windows Settings > Time & language > Date & time > Sync now";
