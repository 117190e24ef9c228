import {startSandbox} from '../sandbox/start-sandbox.js';
import {sandboxSummary} from './sandbox-summary.js';

export type SandboxCommandOptions = {port: number; host: string; json: boolean};

/** Why a value is not a port, or undefined when it is one. */
export function portProblem(port: number): string | undefined {
	return Number.isInteger(port) && port >= 0 && port <= 65_535
		? undefined
		: '--port takes a whole number from 0 to 65535 (0 takes a free port)';
}

function listenProblem(error: unknown, options: SandboxCommandOptions): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'EADDRINUSE') {
		return `Port ${options.port} is already in use. Choose another with --port, or --port 0 for a free one.`;
	}

	if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
		return `Cannot listen on ${options.host}: this machine has no such address. Try --host 127.0.0.1.`;
	}

	if (code === 'EACCES') {
		return `Not allowed to listen on port ${options.port}. Ports below 1024 need privileges; try --port 0.`;
	}

	return `The sandbox could not start: ${(error as Error).message}`;
}

/** `boxauth sandbox`: serves until Ctrl+C (exit 130) or SIGTERM (exit 143). */
export async function sandboxCommand(options: SandboxCommandOptions): Promise<number> {
	let sandbox: Awaited<ReturnType<typeof startSandbox>>;
	try {
		sandbox = await startSandbox({host: options.host, port: options.port});
	} catch (error) {
		process.stderr.write(`${listenProblem(error, options)}\n`);
		return 1;
	}

	// Listen before printing: whoever reads the first line may signal at once.
	const stopped = new Promise<NodeJS.Signals>((resolve) => {
		process.once('SIGINT', resolve);
		process.once('SIGTERM', resolve);
	});
	const description = sandbox.describe();
	process.stdout.write(
		options.json ? `${JSON.stringify(description)}\n` : `${sandboxSummary(description)}\n`,
	);
	const signal = await stopped;
	await sandbox.close();
	return signal === 'SIGINT' ? 130 : 143;
}
