import {readConfigFields} from './console-config.js';
import {readConfigText} from './console-config-file.js';
import {clientCredentials} from './console-paths.js';

/** A CCG app's config file: the console's JSON shape, without the key pair that only JWT needs. */
export type CcgConfig = {clientId: string; clientSecret: string; enterpriseId?: string};

export type CcgConfigResult = {ok: true; config: CcgConfig} | {ok: false; problem: string};

// The console downloads a config only with a JWT key pair, so a CCG one is written by hand, as Box
// CLI asks (box/boxcli src/commands/configure/environments/add.js, --ccg-auth); a JWT app's
// download has the same fields.
const writeOne = `A CCG config is a JSON file you write: {"boxAppSettings": {"clientID": "…", "clientSecret": "…"}, "enterpriseID": "…"}, with the Client ID and Client Secret from ${clientCredentials}.`;
const ccgAdvice = {notJson: writeOne, missingField: writeOne};

const requiredFields = [
	['boxAppSettings', 'clientID'],
	['boxAppSettings', 'clientSecret'],
] as const;

/** A CCG config's text, checked offline: its JSON and each field, named when missing. */
export function checkCcgConfigText(text: string): CcgConfigResult {
	const fields = readConfigFields(text, requiredFields, ccgAdvice);
	if (!fields.ok) {
		return fields;
	}

	const {field, enterpriseId} = fields;
	return {
		ok: true,
		config: {
			clientId: field(['boxAppSettings', 'clientID']).trim(),
			clientSecret: field(['boxAppSettings', 'clientSecret']).trim(),
			...(enterpriseId === undefined ? {} : {enterpriseId}),
		},
	};
}

/**
 * The config file at `file` (a leading `~` is the home folder), checked as checkCcgConfigText
 * does. Problems start with `source` (such as `--config`) and the path as resolved.
 */
export async function readCcgConfigFile(file: string, source?: string): Promise<CcgConfigResult> {
	const read = await readConfigText(file, source, writeOne);
	if (!read.ok) {
		return read;
	}

	const checked = checkCcgConfigText(read.text);
	return checked.ok ? checked : {ok: false, problem: `${read.label}: ${checked.problem}`};
}
