import {afterEach} from 'node:test';
import {isolatedHome} from './isolated-environment.js';
import {runCli} from './run-cli.js';

/** What `boxauth sandbox --json` prints first: where it answers, and its seeded world. */
export type SandboxDescribed = {
	baseUrl: string;
	enterprise: {id: string};
	apps: Array<{name: string; clientId: string; clientSecret: string}>;
};

/**
 * A `boxauth sandbox` process in a config folder of its own, kept running for one test, which
 * every boxauth command run in that folder uses, as a person's second terminal would be. Stopped
 * after each test; `stop` ends it sooner.
 */
export function useRunningSandbox(prefix: string) {
	let sandbox: ReturnType<typeof runCli> | undefined;
	const stop = async () => {
		sandbox?.child.kill('SIGINT');
		await sandbox?.done;
		sandbox = undefined;
	};

	afterEach(stop);
	return async () => {
		const {env} = isolatedHome(prefix);
		sandbox = runCli(['sandbox', '--port', '0', '--json'], {env, timeoutMs: 120_000});
		const described = JSON.parse(await sandbox.firstLine) as SandboxDescribed;
		const boxauth = async (
			args: string[],
			options: {stdin?: string; env?: Record<string, string>} = {},
		) =>
			runCli(args, {env: {...env, ...options.env}, stdin: options.stdin ?? '', timeoutMs: 30_000})
				.done;
		return {env, described, boxauth, stop};
	};
}
