import assert from 'node:assert/strict';
import type {SandboxState} from '../../source/sandbox/sandbox-state.js';

// A mask keeps the first four characters of a secret of 12 or more (source/box/mask-secrets.ts),
// so those may show; the next ones are a leak, and so is the whole of a shorter secret.
const shownByMask = 4;
const shortestShown = 12;

const telltale = (secret: string) =>
	secret.length < shortestShown ? secret : secret.slice(shownByMask, shownByMask + shortestShown);

/**
 * Fails if any of `secrets` shows in `shown` (one text or several), in full or past the four
 * characters a mask keeps. `where` names what was searched, for the message.
 */
export function assertNoSecrets(
	shown: string | readonly string[],
	secrets: readonly string[],
	where = 'the output',
): void {
	const texts = typeof shown === 'string' ? [shown] : shown;
	const searched = secrets.filter((secret) => secret !== '');
	assert.ok(searched.length > 0, 'there are secrets to look for');
	for (const secret of searched) {
		const leak = texts.find((text) => text.includes(telltale(secret)));
		assert.equal(leak, undefined, `a secret (${secret.slice(0, shownByMask)}…) shows in ${where}`);
	}
}

/** Every secret a sandbox knows: client secrets, keys, passphrases and every token it issued. */
export const secretsOf = (state: SandboxState): string[] => [
	state.developerToken,
	...Object.keys(state.accessTokens),
	...Object.keys(state.refreshTokens),
	...state.apps.flatMap((app) => [
		app.clientSecret,
		...(app.appToken ? [app.appToken] : []),
		...(app.jwtConfig
			? [
					app.jwtConfig.boxAppSettings.appAuth.passphrase,
					// Each line of the key's body: a part of a key is a leak too.
					...app.jwtConfig.boxAppSettings.appAuth.privateKey
						.split('\n')
						.filter((line) => line.length >= 40),
				]
			: []),
	]),
];

/** What commands printed, kept for one search for secrets once they have all run. */
export class PrintedOutput {
	readonly #outputs: string[] = [];

	/** Keeps what a run printed, but the token on the stdout of `boxauth token`: that is its job. */
	keep(args: readonly string[], result: {stdout: string; stderr: string}): void {
		this.#outputs.push(args[0] === 'token' ? '' : result.stdout, result.stderr);
	}

	/** Fails if any secret shows in anything kept, once there is enough of both to search. */
	assertNoSecrets(secrets: readonly string[]): void {
		assert.ok(secrets.length > 10, 'there are secrets to look for');
		assert.ok(this.#outputs.length > 10, 'there is output to search');
		assertNoSecrets(this.#outputs, secrets, 'what the commands printed');
	}
}
