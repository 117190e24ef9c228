import type {JwtConfig, JwtConfigResult} from '../../box/jwt-config.js';
import {
	checkJwtConfigText,
	readJwtConfigFile as readConfigFile,
} from '../../box/jwt-config-file.js';
import {UsageError} from '../command-input.js';

function configOrUsageError(result: JwtConfigResult, source?: string): JwtConfig {
	if (!result.ok) {
		throw new UsageError(source === undefined ? result.problem : `${source}: ${result.problem}`);
	}

	return result.config;
}

/** A JWT console config's text, checked as checkJwtConfigText does; `source` says where it came from. */
export function checkJwtConfig(text: string, source: string): JwtConfig {
	return configOrUsageError(checkJwtConfigText(text), source);
}

/** The config file given with --jwt-config, checked the same way. */
export async function readJwtConfigFile(file: string): Promise<JwtConfig> {
	return configOrUsageError(await readConfigFile(file, '--jwt-config'));
}
