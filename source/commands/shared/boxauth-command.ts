import {accessSync, constants, readFileSync} from 'node:fs';
import path from 'node:path';
import type {CommandInput} from '../command-input.js';

/**
 * boxauth as a person runs it on this machine, for the lines that say what to run next:
 * `boxauth` once it is on the PATH (a global install, `npm link`); `npx boxauth` in the clone the
 * readme's two commands set up, where it is not; else node and the path of this very program.
 */
export function boxauthCommand(
	environment: CommandInput['environment'],
	where: {cwd: string; program: string | undefined} = {
		cwd: process.cwd(),
		program: process.argv[1],
	},
): string {
	const onPath = (environment['PATH'] ?? '')
		.split(path.delimiter)
		.filter(Boolean)
		.some((folder) => isExecutable(path.join(folder, 'boxauth')));
	if (onPath) {
		return 'boxauth';
	}

	if (isThisPackage(where.cwd)) {
		return 'npx boxauth';
	}

	return where.program === undefined ? 'boxauth' : `node ${where.program}`;
}

function isExecutable(file: string): boolean {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function isThisPackage(folder: string): boolean {
	try {
		const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as {
			name?: unknown;
		};
		return manifest.name === 'boxauth';
	} catch {
		return false;
	}
}
