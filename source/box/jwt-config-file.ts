import {readFile, stat} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {enterpriseIdZero, publicKeys} from './console-paths.js';
import {decryptPrivateKey, type JwtConfigResult, parseJwtConfig} from './jwt-config.js';

// A console config is about 2 KB; anything this big is some other file.
const largestConfig = 1024 * 1024;

const downloadAgain = `Use the JSON file from ${publicKeys} > Generate a Public/Private Keypair.`;

type TextResult = {ok: true; text: string} | {ok: false; problem: string};

const cannotRead = (label: string, error: unknown) =>
	`${label} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`;

async function readConfigText(file: string, label: string): Promise<TextResult> {
	try {
		const found = await stat(file);
		if (!found.isFile()) {
			return {
				ok: false,
				problem: `${label} is ${found.isDirectory() ? 'a folder' : 'not a file'}. ${downloadAgain}`,
			};
		}

		if (found.size > largestConfig) {
			return {ok: false, problem: `${label} is too big to be a console config. ${downloadAgain}`};
		}
	} catch (error) {
		return {
			ok: false,
			problem:
				(error as NodeJS.ErrnoException).code === 'ENOENT'
					? `${label}: there is no such file. ${downloadAgain}`
					: cannotRead(label, error),
		};
	}

	try {
		return {ok: true, text: await readFile(file, 'utf8')};
	} catch (error) {
		return {ok: false, problem: cannotRead(label, error)};
	}
}

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
	// `~` is the shell's to expand, but a quoted or typed path keeps it.
	const resolved = path.resolve(file.replace(/^~(?=$|[/\\])/, os.homedir()));
	const label = source === undefined ? resolved : `${source} ${resolved}`;
	const read = await readConfigText(resolved, label);
	if (!read.ok) {
		return read;
	}

	const checked = checkJwtConfigText(read.text);
	return checked.ok ? checked : {ok: false, problem: `${label}: ${checked.problem}`};
}
