import {readConfigText} from './console-config-file.js';
import {enterpriseIdZero, publicKeys} from './console-paths.js';
import {decryptPrivateKey, type JwtConfigResult, parseJwtConfig} from './jwt-config.js';

const downloadAgain = `Use the JSON file from ${publicKeys} > Generate a Public/Private Keypair.`;

/**
 * A JWT console config, checked offline before any request: its JSON, each field (named when
 * missing), an enterprise that a token can be for, and that the passphrase opens the private key.
 */
export function checkJwtConfigText(text: string): JwtConfigResult {
	const parsed = parseJwtConfig(text);
	if (!parsed.ok) {
		return parsed;
	}

	// A config downloaded from a free personal account says so only in Box's vague "check the 'sub' claim".
	if (parsed.config.enterpriseId !== undefined && /^0+$/.test(parsed.config.enterpriseId.trim())) {
		return {ok: false, problem: `The config's "enterpriseID" is 0, ${enterpriseIdZero}`};
	}

	const key = decryptPrivateKey(parsed.config);
	return key.ok ? parsed : key;
}

/**
 * The config file at `file` (a leading `~` is the home folder), checked as checkJwtConfigText
 * does. Problems start with `source` (where the path came from, such as `--jwt-config`) and the
 * path as resolved, or with the path alone.
 */
export async function readJwtConfigFile(file: string, source?: string): Promise<JwtConfigResult> {
	const read = await readConfigText(file, source, downloadAgain);
	if (!read.ok) {
		return read;
	}

	const checked = checkJwtConfigText(read.text);
	return checked.ok ? checked : {ok: false, problem: `${read.label}: ${checked.problem}`};
}
