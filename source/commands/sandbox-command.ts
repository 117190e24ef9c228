import {configFolder} from '../profiles/config-folder.js';
import {announceRunningSandbox, withdrawRunningSandbox} from '../profiles/running-sandbox-file.js';
import {booleanFlag, type CommandInput, stringFlag, UsageError} from './command-input.js';
import {sandboxUrls, startSavedSandbox} from './connect-profile.js';
import {sandboxSummary} from './sandbox-summary.js';

type SandboxCommandOptions = {port: number; host: string; json: boolean; configDir: string};

/** Why a value is not a port, or undefined when it is one. */
function portProblem(port: number): string | undefined {
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

/**
 * `boxauth sandbox`: serves the saved sandbox (the one profiles are made against) until Ctrl+C
 * (exit 130) or SIGTERM (exit 143). While it runs, other boxauth commands use it rather than
 * starting their own, so that the tokens they get work against it.
 */
export async function run(input: CommandInput): Promise<number> {
	if (input.positionals.length > 0) {
		throw new UsageError(
			`boxauth sandbox takes no arguments, but was given: ${input.positionals.join(' ')}`,
		);
	}

	const port = Number(stringFlag(input, 'port') ?? '0');
	const problem = portProblem(port);
	if (problem) {
		throw new UsageError(problem);
	}

	return serveSandbox({
		port,
		host: stringFlag(input, 'host') ?? '127.0.0.1',
		json: booleanFlag(input, 'json'),
		configDir: configFolder(input.environment),
	});
}

async function serveSandbox(options: SandboxCommandOptions): Promise<number> {
	let started: Awaited<ReturnType<typeof startSavedSandbox>>;
	try {
		started = await startSavedSandbox(options.configDir, {host: options.host, port: options.port});
	} catch (error) {
		process.stderr.write(`${listenProblem(error, options)}\n`);
		return 1;
	}

	// Listen before printing: whoever reads the first line may signal at once.
	const stopped = new Promise<NodeJS.Signals>((resolve) => {
		process.once('SIGINT', resolve);
		process.once('SIGTERM', resolve);
	});
	const {sandbox, saved} = started;
	await announceRunningSandbox(options.configDir, sandboxUrls(sandbox));
	const description = sandbox.describe();
	process.stdout.write(
		options.json ? `${JSON.stringify(description)}\n` : `${sandboxSummary(description)}\n`,
	);
	const signal = await stopped;
	await withdrawRunningSandbox(options.configDir);
	await sandbox.close();
	await saved();
	return signal === 'SIGINT' ? 130 : 143;
}
