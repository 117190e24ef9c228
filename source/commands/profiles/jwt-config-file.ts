import {readFile, stat} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {decryptPrivateKey, type JwtConfig, parseJwtConfig} from '../../box/jwt-config.js';
import {publicKeys} from '../../diagnosis/console-paths.js';
import {UsageError} from '../command-input.js';

// A console config is about 2 KB; anything this big is some other file.
const largestConfig = 1024 * 1024;

const downloadAgain = `Use the JSON file from ${publicKeys} > Generate a Public/Private Keypair.`;

async function readConfigText(file: string, source: string): Promise<string> {
	let size: number;
	try {
		const found = await stat(file);
		if (!found.isFile()) {
			throw new UsageError(
				`${source} is ${found.isDirectory() ? 'a folder' : 'not a file'}. ${downloadAgain}`,
			);
		}

		size = found.size;
	} catch (error) {
		if (error instanceof UsageError) {
			throw error;
		}

		const code = (error as NodeJS.ErrnoException).code;
		throw new UsageError(
			code === 'ENOENT'
				? `${source}: there is no such file. ${downloadAgain}`
				: `${source} cannot be read (${code ?? (error as Error).message}).`,
		);
	}

	if (size > largestConfig) {
		throw new UsageError(`${source} is too big to be a console config. ${downloadAgain}`);
	}

	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		throw new UsageError(
			`${source} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
		);
	}
}

/**
 * A JWT console config, checked offline before any request: its JSON, each field (named when
 * missing), and that the passphrase opens the private key. `source` says where it came from.
 */
export function checkJwtConfig(text: string, source: string): JwtConfig {
	const parsed = parseJwtConfig(text);
	if (!parsed.ok) {
		throw new UsageError(`${source}: ${parsed.problem}`);
	}

	const key = decryptPrivateKey(parsed.config);
	if (!key.ok) {
		throw new UsageError(`${source}: ${key.problem}`);
	}

	return parsed.config;
}

/** The config file given with --jwt-config, checked as checkJwtConfig does. */
export async function readJwtConfigFile(file: string): Promise<JwtConfig> {
	// `~` is the shell's to expand, but a quoted path keeps it.
	const resolved = path.resolve(file.replace(/^~(?=$|[/\\])/, os.homedir()));
	const source = `--jwt-config ${resolved}`;
	return checkJwtConfig(await readConfigText(resolved, source), source);
}
