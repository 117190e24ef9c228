import os from 'node:os';
import path from 'node:path';

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Where boxauth keeps its files: BOXAUTH_CONFIG_DIR when set, else the folder conf picks for `projectName: 'boxauth'` with
 * `projectSuffix: ''` (env-paths' rules, no `-nodejs`), worked out here from the environment
 * given rather than from process.env, and without loading conf, which the fast read path avoids.
 * A test checks that conf agrees.
 */
export function configFolder(
	environment: Environment,
	platform: NodeJS.Platform = process.platform,
	home: string = os.homedir(),
): string {
	// One folder for everything, wherever the platform would put it: for CI, containers, tests.
	if (environment['BOXAUTH_CONFIG_DIR']) {
		return path.resolve(environment['BOXAUTH_CONFIG_DIR']);
	}

	if (platform === 'darwin') {
		return path.join(home, 'Library', 'Preferences', 'boxauth');
	}

	if (platform === 'win32') {
		return path.join(
			environment['APPDATA'] || path.join(home, 'AppData', 'Roaming'),
			'boxauth',
			'Config',
		);
	}

	return path.join(environment['XDG_CONFIG_HOME'] || path.join(home, '.config'), 'boxauth');
}

export const secretsFile = (configDir: string) => path.join(configDir, 'secrets.json');
export const sandboxStateFile = (configDir: string) => path.join(configDir, 'sandbox.json');

/**
 * A path as people read it: under the home folder, `~/…` (as gh and git say theirs), which is
 * shorter and names no account; anywhere else, whole. For words only: JSON keeps the whole path.
 */
export function shownPath(
	fullPath: string,
	environment: Environment,
	home: string = os.homedir(),
): string {
	const from = environment['HOME'] || environment['USERPROFILE'] || home;
	const relative = path.relative(from, fullPath);
	return from !== '' && relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
		? `~${path.sep}${relative}`
		: fullPath;
}
