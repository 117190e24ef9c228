import type {SandboxState} from '../sandbox/sandbox-state.js';
import {sandboxStateFile} from './config-folder.js';
import type {JsonSchema} from './json-shape.js';
import {readJsonFile} from './read-json-file.js';
import {writeFileAtomically} from './write-file-atomically.js';

// The top level only: the sandbox owns the inside of its state, and this check is there to
// tell a damaged file from a usable one, not to police the sandbox.
const object: JsonSchema = {type: 'object'};
const array: JsonSchema = {type: 'array'};
const schema: JsonSchema = {
	type: 'object',
	required: [
		'version',
		'enterprise',
		'users',
		'apps',
		'items',
		'developerToken',
		'accessTokens',
		'refreshTokens',
		'authCodes',
		'usedJtis',
		'clockOffsetMs',
		'lifetimes',
	],
	properties: {
		version: {enum: [1]},
		enterprise: object,
		users: array,
		apps: array,
		items: array,
		developerToken: {type: 'string'},
		accessTokens: object,
		refreshTokens: object,
		authCodes: object,
		usedJtis: object,
		clockOffsetMs: {type: 'number'},
		lifetimes: object,
	},
};

const role = {
	what: "the sandbox's saved state",
	consequence: 'the sandbox starts afresh, so profiles made against it need setting up again',
	namesProblem: true,
};

/**
 * The sandbox's state as the last run left it (sandbox.json next to the config), so that
 * profiles made against the sandbox keep working; undefined the first time.
 */
export async function loadSandboxState(
	configDir: string,
	now: () => number = Date.now,
): Promise<{state?: SandboxState; notice?: string}> {
	const {value, notice} = await readJsonFile(sandboxStateFile(configDir), schema, role, now);
	return {
		...(value === undefined ? {} : {state: value as SandboxState}),
		...(notice === undefined ? {} : {notice}),
	};
}

/** Saves the sandbox's state, 0600 (it holds the tokens it issued), all or nothing. */
export async function saveSandboxState(configDir: string, state: SandboxState): Promise<void> {
	await writeFileAtomically(sandboxStateFile(configDir), `${JSON.stringify(state)}\n`);
}
