import {spawn} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cliPath} from './terminal.js';

export type CliResult = {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
};

/**
 * Runs the built CLI with pipes (no terminal), as a script would. Without a config folder of the
 * caller's, it gets an empty one of its own: a test never touches the real user's settings.
 */
export function runCli(
	args: string[],
	options: {timeoutMs?: number; env?: Record<string, string>; stdin?: string} = {},
) {
	const home = mkdtempSync(path.join(tmpdir(), 'boxauth-cli-'));
	const child = spawn(process.execPath, [cliPath, ...args], {
		env: {...process.env, XDG_CONFIG_HOME: home, HOME: home, ...options.env},
		stdio: ['pipe', 'pipe', 'pipe'],
		timeout: options.timeoutMs ?? 10_000,
	});
	// Nothing on stdin reads as an empty pipe, as `< /dev/null` would.
	child.stdin.end(options.stdin ?? '');
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
