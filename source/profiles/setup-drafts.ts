import {readdir, rm} from 'node:fs/promises';
import path from 'node:path';
import type {JsonSchema} from './json-shape.js';
import {readJsonFile} from './read-json-file.js';
import {writeFileAtomically} from './write-file-atomically.js';

/**
 * A setup left waiting for the admin's approval, kept so that `boxauth setup --profile NAME`
 * picks it up where it was. It holds no secret: the client secret is in the secret store,
 * under the profile's name.
 */
export type SetupDraft = {
	profileName: string;
	authType: 'ccg' | 'jwt';
	sandbox: boolean;
	clientId?: string;
	jwtConfigPath?: string;
	subjectId?: string;
	savedAt: number;
};

const schema: JsonSchema = {
	type: 'object',
	required: ['profileName', 'authType', 'sandbox', 'savedAt'],
	properties: {
		profileName: {type: 'string'},
		authType: {enum: ['ccg', 'jwt']},
		sandbox: {type: 'boolean'},
		clientId: {type: 'string'},
		jwtConfigPath: {type: 'string'},
		subjectId: {type: 'string'},
		savedAt: {type: 'number'},
	},
};

const draftsFolder = (configDir: string) => path.join(configDir, 'setup-drafts');

const draftFile = (configDir: string, profileName: string) =>
	path.join(draftsFolder(configDir), `${profileName}.json`);

/** The names of the profiles whose setup waits to be picked up, in order. */
export async function waitingSetups(configDir: string): Promise<string[]> {
	try {
		return (await readdir(draftsFolder(configDir)))
			.filter((file) => file.endsWith('.json'))
			.map((file) => file.slice(0, -'.json'.length))
			.sort();
	} catch {
		return [];
	}
}

export async function saveSetupDraft(configDir: string, draft: SetupDraft): Promise<void> {
	await writeFileAtomically(
		draftFile(configDir, draft.profileName),
		`${JSON.stringify(draft, undefined, '\t')}\n`,
	);
}

/** The draft of that profile's setup; a damaged one is moved aside and reported. */
export async function loadSetupDraft(
	configDir: string,
	profileName: string,
	now: () => number,
): Promise<{draft?: SetupDraft; notice?: string}> {
	const {value, notice} = await readJsonFile(
		draftFile(configDir, profileName),
		schema,
		{
			what: `the unfinished setup of ${profileName}`,
			consequence: 'boxauth setup starts that profile afresh',
			namesProblem: true,
		},
		now,
	);
	return {
		...(value === undefined ? {} : {draft: value as SetupDraft}),
		...(notice === undefined ? {} : {notice}),
	};
}

export async function removeSetupDraft(configDir: string, profileName: string): Promise<void> {
	await rm(draftFile(configDir, profileName), {force: true});
}
