import {rm} from 'node:fs/promises';
import {configFolder, sandboxStateFile} from '../../profiles/config-folder.js';
import {
	announceRunningSandbox,
	runningSandboxUrls,
	withdrawRunningSandbox,
} from '../../profiles/running-sandbox-file.js';
import {readSettings} from '../../profiles/settings-file.js';
import {isLoopbackHost} from '../../sandbox/control-guard.js';
import type {SandboxTls} from '../../sandbox/sandbox-certificate.js';
import {
	booleanFlag,
	type CommandInput,
	type CommandStreams,
	stringFlag,
	UsageError,
} from '../command-input.js';
import {sandboxUrls, startSavedSandbox} from '../shared/connect-profile.js';
import {printJson} from '../shared/json-output.js';
import {certificateNamesWarning, exposureWarning, sandboxSummary} from './sandbox-summary.js';

type SandboxCommandOptions = {
	port: number;
	host: string;
	json: boolean;
	configDir: string;
	reset: boolean;
	/** HTTPS, with a certificate of the sandbox's own (Box's legacy Node SDK refuses http:). */
	tls: boolean;
	streams: CommandStreams;
	now: () => number;
};

/** A burst of requests makes at most one save in this time; the last one lands before exit. */
const writeIntervalMs = 200;

const exitCodes = {SIGHUP: 129, SIGINT: 130, SIGTERM: 143} as const;

/** `--port` as a decimal whole number: Number() alone would take 1e3, 0x10 or 80.0 for one. */
function parsePort(text: string): number {
	const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
	if (!(port <= 65_535)) {
		throw new UsageError(
			`--port takes a whole number from 0 to 65535 (0 takes a free port); got "${text}".`,
		);
	}

	return port;
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
 * (exit 130), SIGTERM (exit 143) or SIGHUP (exit 129). While it runs, other boxauth commands use
 * it rather than starting their own, so that the tokens they get work against it.
 */
export async function run(input: CommandInput): Promise<number> {
	return serveSandbox({
		port: parsePort(stringFlag(input, 'port') ?? '0'),
		host: stringFlag(input, 'host') ?? '127.0.0.1',
		json: booleanFlag(input, 'json'),
		configDir: configFolder(input.environment),
		reset: booleanFlag(input, 'reset'),
		tls: booleanFlag(input, 'tls'),
		streams: input.streams,
		now: input.now,
	});
}

/**
 * `--reset`: the sandbox as new, for trying the demo again (the app waiting for its admin waits
 * again). Refused while another process serves it; names the profiles that then need making again.
 */
async function resetSandbox({
	configDir,
	streams,
	now,
}: SandboxCommandOptions): Promise<string | undefined> {
	if (await runningSandboxUrls(configDir)) {
		return 'A boxauth sandbox is running for this config folder: stop it first, then run boxauth sandbox --reset.';
	}

	await rm(sandboxStateFile(configDir), {force: true});
	const {settings} = await readSettings(configDir, now);
	const stale = Object.values(settings.profiles)
		.filter((profile) => profile.sandbox)
		.map((profile) => profile.name);
	streams.stderr.write(
		`The sandbox starts afresh: new apps, secrets and tokens.${
			stale.length > 0
				? ` Profiles made against the old one no longer work: ${stale.join(', ')} (boxauth profiles remove NAME, then boxauth setup --sandbox).`
				: ''
		}\n`,
	);
	return undefined;
}

async function serveSandbox(options: SandboxCommandOptions): Promise<number> {
	const {configDir, host, port, streams} = options;
	if (options.reset) {
		const refused = await resetSandbox(options);
		if (refused) {
			streams.stderr.write(`${refused}\n`);
			return 1;
		}
	}

	// One sandbox per config folder: a second would share its state file and take over its
	// announcement, and the first would then serve tokens nobody looks for.
	const running = await runningSandboxUrls(configDir);
	if (running) {
		streams.stderr.write(
			`A boxauth sandbox is running for this config folder already, at ${running.apiUrl}: every boxauth command uses it. Stop it first (Ctrl+C where it runs) to start another, or give this one a config folder of its own (BOXAUTH_CONFIG_DIR).\n`,
		);
		return 1;
	}

	let tls: SandboxTls | undefined;
	if (options.tls) {
		// Loaded only here: the certificate code is not part of any other command.
		const {sandboxCertificate, sandboxTlsFolder} = await import(
			'../../sandbox/sandbox-certificate.js'
		);
		try {
			tls = await sandboxCertificate(configDir, options.now());
		} catch (error) {
			streams.stderr.write(
				`The sandbox's certificate could not be kept in ${sandboxTlsFolder(configDir)}: ${(error as Error).message}\n`,
			);
			return 1;
		}
	}

	let started: Awaited<ReturnType<typeof startSavedSandbox>>;
	try {
		started = await startSavedSandbox(configDir, {
			report: (message) => streams.stderr.write(`${message}\n`),
			host,
			port,
			writeIntervalMs,
			...(tls ? {tls: {cert: tls.cert, key: tls.key}} : {}),
		});
	} catch (error) {
		streams.stderr.write(`${listenProblem(error, options)}\n`);
		return 1;
	}

	// Listen before printing: whoever reads the first line may signal at once.
	const stopped = new Promise<keyof typeof exitCodes>((resolve) => {
		for (const signal of Object.keys(exitCodes) as Array<keyof typeof exitCodes>) {
			process.once(signal, resolve);
		}
	});
	const {sandbox} = started;
	try {
		if (!isLoopbackHost(host)) {
			streams.stderr.write(`${exposureWarning(host)}\n`);
			if (tls) {
				streams.stderr.write(`${certificateNamesWarning}\n`);
			}
		}

		await announceRunningSandbox(configDir, sandboxUrls(sandbox), tls?.caFile);
		const description = sandbox.describe();
		if (options.json) {
			printJson(streams.stdout, tls ? {...description, caCertificate: tls.caFile} : description);
		} else {
			streams.stdout.write(`${sandboxSummary(description, tls)}\n`);
		}

		return exitCodes[await stopped];
	} finally {
		// First, so that no command starting now picks a sandbox that is going away. Readers skip an
		// announcement whose process is gone, so one that cannot be removed does no harm.
		await withdrawRunningSandbox(configDir).catch(() => undefined);
		await sandbox.close();
	}
}
