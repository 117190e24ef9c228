import {after, before} from 'node:test';
import {
	type RunningSandbox,
	type SandboxOptions,
	startSandbox,
} from '../../source/sandbox/start-sandbox.js';

/**
 * Starts one sandbox for the enclosing `describe` (or file) and stops it afterwards. The getter
 * throws if used before `before` ran, so a mistake shows as a clear failure.
 */
export function useSandbox(options: SandboxOptions = {}): () => RunningSandbox {
	let sandbox: RunningSandbox | undefined;
	before(async () => {
		sandbox = await startSandbox(options);
	});
	after(async () => {
		await sandbox?.close();
	});
	return () => {
		if (!sandbox) {
			throw new Error('the sandbox is not running yet');
		}

		return sandbox;
	};
}

/** A form POST to the sandbox's token endpoint; returns the status and the parsed JSON. */
export async function postForm(
	sandbox: RunningSandbox,
	path: string,
	fields: Record<string, string>,
): Promise<{status: number; headers: Headers; json: Record<string, unknown> | undefined}> {
	const response = await fetch(`${sandbox.urls.baseUrl}${path}`, {
		method: 'POST',
		body: new URLSearchParams(fields),
	});
	const text = await response.text();
	return {
		status: response.status,
		headers: response.headers,
		json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
	};
}

export function appOfType(sandbox: RunningSandbox, name: string) {
	const app = sandbox.describe().apps.find((candidate) => candidate.name === name);
	if (!app) {
		throw new Error(`the sandbox has no app named ${name}`);
	}

	return app;
}
