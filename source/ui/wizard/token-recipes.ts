import {type AuthType, authTypes} from '../../box/auth-types.js';
import {wizardAuthTypes} from '../../wizard/wizard-auth-types.js';

/** Where the commands shown send their requests: Box, or the sandbox. */
export type ApiUrls = {
	readonly apiUrl: string;
	readonly uploadUrl: string;
	/** What must run for the commands to work, such as `boxauth sandbox`, and why. */
	readonly before?: {readonly says: string; readonly command: string};
	/** boxauth as this machine runs it: `npx boxauth` in the clone, where it is not on the PATH. */
	readonly boxauth?: string;
};

type RecipeOptions = ApiUrls & {
	readonly profileName: string;
	readonly maskedToken: string;
	readonly authType: AuthType | undefined;
};

export type Recipe = {readonly says: string; readonly command: readonly string[]};

// Each command is split with " \" so that its lines fit the screen and paste back as one.
/** Ready commands for the new profile: who the token is, and an upload that respects names. */
export function tokenRecipes({
	apiUrl,
	uploadUrl,
	before,
	boxauth = 'boxauth',
	profileName,
	maskedToken,
	authType,
}: RecipeOptions): {
	whoAmI: Recipe[];
	upload: Recipe[];
} {
	const bearer = `-H "Authorization: Bearer $(${boxauth} token --profile ${profileName})"`;
	const token = wizardAuthTypes[authType ?? 'ccg'].scriptToken;
	// Box answers an App Token's users/me with 403: it may reach only content, as below.
	const asksUsersMe = authType === undefined || authTypes[authType].actsAs === 'users-me-says';
	const script = asksUsersMe
		? {
				says: before ? `Then, with ${token}:` : `The same in a script, with ${token}:`,
				command: [`curl ${bearer} \\`, `  ${apiUrl}/2.0/users/me`],
			}
		: {
				says: `App Tokens may not call users/me (Box answers 403): they are for their app's content, as in the upload recipe (u). In a script, ${token}:`,
				command: [`${boxauth} token --profile ${profileName}`],
			};
	// What must run first takes the place of the masked line, which cannot be run anyway.
	const whoAmI = before
		? [{says: before.says, command: [before.command]}, script]
		: asksUsersMe
			? [
					{
						says: 'Who the token acts as (the token shown masked here):',
						command: [
							`curl -H "Authorization: Bearer ${maskedToken}" \\`,
							`  ${apiUrl}/2.0/users/me`,
						],
					},
					script,
				]
			: [script];
	const upload = [
		{
			says: 'Box never overwrites a file by name. Ask first whether the name is taken:',
			command: [
				`curl -X OPTIONS ${apiUrl}/2.0/files/content \\`,
				`  ${bearer} \\`,
				'  -H "Content-Type: application/json" \\',
				`  -d '{"name":"report.pdf","parent":{"id":"0"}}'`,
			],
		},
		{
			says: "A 409 answer names the file's ID in context_info.conflicts.id; upload a new version of it:",
			command: [
				`curl -X POST ${uploadUrl}/2.0/files/FILE_ID/content \\`,
				`  ${bearer} \\`,
				`  -F attributes='{"name":"report.pdf"}' -F file=@report.pdf`,
			],
		},
	];
	return {whoAmI, upload};
}
