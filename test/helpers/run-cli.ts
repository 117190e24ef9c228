import {spawn} from 'node:child_process';
import {cliPath} from './terminal.js';

export type CliResult = {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
};

/** Runs the built CLI with pipes (no terminal), as a script would. */
export function runCli(
	args: string[],
	options: {timeoutMs?: number; env?: Record<string, string>} = {},
) {
	const child = spawn(process.execPath, [cliPath, ...args], {
		env: {...process.env, ...options.env},
		stdio: ['ignore', 'pipe', 'pipe'],
		timeout: options.timeoutMs ?? 10_000,
	});
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
