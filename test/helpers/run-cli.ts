import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {inheritedEnvironment, isolatedHome} from './isolated-environment.js';

/** The built CLI: `npm run build` first. */
export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type CliResult = {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
};

export type CliOptions = {
	/** Kills the child after this long; 10 s unless given. */
	timeoutMs?: number;
	/** On top of an isolated environment in an empty config folder of the run's own. */
	env?: Record<string, string>;
	/** What stdin holds, then its end; `false` leaves it open for the test to write to `child.stdin`. */
	stdin?: string | false;
	/** Node's own flags, before the CLI's path (`--import`, `--require` of a preload). */
	nodeArgs?: string[];
	/** Runs the CLI under `ulimit -f`, in 512-byte blocks: a disk that refuses larger files. */
	fileBlocks?: number;
};

/**
 * Runs the built CLI with pipes (no terminal), as a script would. Without a config folder of the
 * caller's, it gets an empty one of its own: a test never touches the real user's settings.
 */
export function runCli(args: string[], options: CliOptions = {}) {
	const command = [process.execPath, ...(options.nodeArgs ?? []), cliPath, ...args];
	const [file = '', ...commandArgs] =
		options.fileBlocks === undefined
			? command
			: ['/bin/sh', '-c', `ulimit -f ${options.fileBlocks} && exec "$@"`, 'sh', ...command];
	const child = spawn(file, commandArgs, {
		env: {...inheritedEnvironment(), ...isolatedHome('boxauth-cli-').env, ...options.env},
		stdio: ['pipe', 'pipe', 'pipe'],
		timeout: options.timeoutMs ?? 10_000,
	});
	if (options.stdin !== false) {
		// Nothing on stdin reads as an empty pipe, as `< /dev/null` would.
		child.stdin.end(options.stdin ?? '');
	}

	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const done = new Promise<CliResult>((resolve) => {
		child.on('close', (code, signal) => {
			resolve({code, signal, stdout, stderr});
		});
	});
	/** Resolves with the first line on stdout, for servers that keep running. */
	const firstLine = new Promise<string>((resolve, reject) => {
		const check = () => {
			const end = stdout.indexOf('\n');
			if (end !== -1) {
				child.stdout.off('data', check);
				resolve(stdout.slice(0, end));
			}
		};

		child.stdout.on('data', check);
		child.on('close', () => {
			reject(new Error(`exited before printing a line; stderr: ${stderr}`));
		});
	});
	firstLine.catch(() => undefined);
	return {child, done, firstLine};
}
