import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {setTimeout as delay} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import {startSavedSandbox} from '../../source/commands/shared/connect-profile.js';
import {openProfiles} from '../../source/profiles/open-profiles.js';
import {loadSandboxState} from '../../source/profiles/sandbox-state-file.js';
import type {SandboxDescription} from '../../source/sandbox/describe-sandbox.js';
import {accessToken} from '../../source/tokens/token-lifetimes.js';
import {isolatedHome} from '../helpers/isolated-environment.js';
import {runCli} from '../helpers/run-cli.js';
import {call, oauthLoginAs} from '../helpers/sandbox-fixture.js';
import {failOnTrouble} from '../helpers/sandbox-profile.js';

// What only processes show: several boxauth processes sharing the saved sandbox, and
// `boxauth sandbox` under load, under signals and on a disk that refuses its writes.
// These run the built CLI: `npm run build` first.

const fullDiskPreload = fileURLToPath(
	new URL('fixtures/file-size-limit-as-full-disk.cjs', import.meta.url),
);

type Served = {
	info: SandboxDescription;
	stop(signal: NodeJS.Signals): Promise<{code: number | null; stderr: string; ms: number}>;
};

/** `boxauth sandbox --json`, optionally under a file size limit (`ulimit -f`, in 512-byte blocks). */
async function serve(
	env: Record<string, string>,
	args: string[] = [],
	fileBlocks?: number,
): Promise<Served> {
	const {child, done, firstLine} = runCli(['sandbox', '--json', ...args], {
		env,
		stdin: false,
		timeoutMs: 600_000,
		...(fileBlocks === undefined ? {} : {fileBlocks, nodeArgs: ['--require', fullDiskPreload]}),
	});
	return {
		info: JSON.parse(await firstLine) as SandboxDescription,
		async stop(signal) {
			const started = Date.now();
			child.kill(signal);
			const {code, stderr} = await done;
			return {code, stderr, ms: Date.now() - started};
		},
	};
}

const runningFile = (configDir: string) => path.join(configDir, 'sandbox-running.json');

/** Client credentials token requests, `parallel` at a time; returns the tokens. */
async function ccgTokens(info: SandboxDescription, count: number, parallel = 20) {
	const app = info.apps.find((candidate) => candidate.authType === 'ccg' && candidate.authorized);
	assert.ok(app, 'an authorized CCG app');
	const form = {
		grant_type: 'client_credentials',
		client_id: app.clientId,
		client_secret: app.clientSecret,
		box_subject_type: 'enterprise',
		box_subject_id: info.enterprise.id,
	};
	const tokens: string[] = [];
	let next = 0;
	await Promise.all(
		Array.from({length: parallel}, async () => {
			while (next < count) {
				next++;
				const answer = await call(`${info.baseUrl}/oauth2/token`, {
					method: 'POST',
					body: new URLSearchParams(form),
				});
				assert.equal(answer.status, 200, answer.text);
				tokens.push(String(answer.json?.['access_token']));
			}
		}),
	);
	return tokens;
}

const usersMe = async (info: SandboxDescription, token: string) =>
	(await call(`${info.baseUrl}/2.0/users/me`, {headers: {authorization: `Bearer ${token}`}}))
		.status;

describe('boxauth sandbox under load and signals', () => {
	it('after a burst of 1,000 requests, SIGTERM exits at once with every token saved', async () => {
		const {env, configDir} = isolatedHome();
		const served = await serve(env);
		assert.ok(existsSync(runningFile(configDir)), 'it announces itself');
		const tokens = await ccgTokens(served.info, 1000);
		const {code, ms, stderr} = await served.stop('SIGTERM');
		assert.equal(code, 143, stderr);
		assert.ok(ms < 2500, `SIGTERM took ${ms} ms`);
		assert.equal(stderr, '');
		assert.equal(existsSync(runningFile(configDir)), false, 'the announcement is gone');
		const {state} = await loadSandboxState(configDir);
		assert.ok(state);
		assert.equal(
			tokens.filter((token) => !state.accessTokens[token]).length,
			0,
			'every token issued was saved',
		);
	});

	it('keeps serving when its state cannot be saved, says so once in words, and cleans up', async () => {
		const {env, configDir} = isolatedHome();
		// 32 KB: the first state fits, the state after 200 more tokens does not.
		const served = await serve(env, [], 64);
		const tokens = await ccgTokens(served.info, 200, 5);
		const last = tokens.at(-1) ?? '';
		assert.equal(await usersMe(served.info, last), 200, 'the token it could not save works');
		const {code, ms, stderr} = await served.stop('SIGTERM');
		assert.equal(code, 143, stderr);
		assert.ok(ms < 2500, `SIGTERM took ${ms} ms`);
		assert.equal(stderr.match(/could not keep its state/g)?.length, 1, stderr);
		assert.match(stderr, /EFBIG/);
		assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
		assert.equal(existsSync(runningFile(configDir)), false, 'the announcement is gone');
	});

	it('warns on standard error that --host 0.0.0.0 hands /_sandbox to the network', async () => {
		const {env} = isolatedHome();
		const served = await serve(env, ['--host', '0.0.0.0']);
		const {code, stderr} = await served.stop('SIGINT');
		assert.equal(code, 130);
		assert.match(stderr, /^Warning: with --host 0\.0\.0\.0 the sandbox answers other machines/);
		assert.match(stderr, /client secret/);
		assert.match(stderr, /\/_sandbox/);
	});

	it('takes --port only as a decimal whole number from 0 to 65535', async () => {
		for (const port of ['1e3', '0x10', '80.0', '-1', '65536', ' 80']) {
			const {code, stderr} = await runCli(['sandbox', `--port=${port}`]).done;
			assert.equal(code, 2, port);
			assert.match(stderr, /--port takes a whole number from 0 to 65535/, port);
		}
	});
});

describe('two boxauth processes on sandbox profiles, with no boxauth sandbox running', () => {
	it('renewing at the same time, round after round, loses no refresh token', async () => {
		const {env, configDir} = isolatedHome();
		// Two OAuth logins, played against the saved sandbox as boxauth setup would, and access
		// tokens that live a second, so that every `boxauth token` renews.
		const logins: string[] = [];
		const {sandbox} = await startSavedSandbox(configDir, {report: failOnTrouble});
		try {
			for (const _ of [1, 2]) {
				logins.push(String((await oauthLoginAs(sandbox, 'Milo Member'))['refresh_token']));
			}
		} finally {
			await sandbox.close();
		}

		const profiles = ['a', 'b'];
		for (const [index, name] of profiles.entries()) {
			const added = await runCli(['profiles', 'add', name, '--sandbox', '--auth-type', 'oauth'], {
				env: {...env, BOXAUTH_REFRESH_TOKEN: logins[index] ?? ''},
				timeoutMs: 20_000,
			}).done;
			assert.equal(added.code, 0, added.stderr);
		}

		// Only now: a token living a second could die before profiles add's own users/me on a
		// loaded machine.
		const {sandbox: again} = await startSavedSandbox(configDir, {report: failOnTrouble});
		try {
			const shortened = await call(`${again.urls.baseUrl}/_sandbox/lifetimes`, {
				method: 'POST',
				headers: {'content-type': 'application/json'},
				body: JSON.stringify({accessTokenSeconds: 1}),
			});
			assert.equal(shortened.status, 200);
		} finally {
			await again.close();
		}

		// And the tokens the profiles hold made due, so that the first round renews too.
		const stored = await openProfiles({environment: env, now: Date.now});
		for (const name of profiles) {
			const profile = stored.settings.profiles[name];
			assert.ok(profile);
			await (await stored.settingsStore()).save({
				...profile,
				tokens: {...profile.tokens, access: accessToken(Date.now() - 2 * 3600_000, 3600)},
			});
		}

		const printed: string[] = [];
		for (let round = 0; round < 4; round++) {
			// Past the last half second of the tokens' one, each is due for renewal.
			await delay(1000);
			const results = await Promise.all(
				profiles.map((name) => runCli(['token', '--profile', name], {env, timeoutMs: 20_000}).done),
			);
			for (const [index, result] of results.entries()) {
				assert.equal(
					result.code,
					0,
					`round ${round}, profile ${profiles[index]}: ${result.stderr}`,
				);
				printed.push(result.stdout.trim());
			}
		}

		const {state} = await loadSandboxState(configDir);
		assert.ok(state);
		assert.equal(new Set(printed).size, printed.length, 'every call renewed');
		for (const token of printed) {
			assert.ok(state.accessTokens[token], 'every token printed is known to the sandbox');
		}

		const live = Object.values(state.refreshTokens).filter((record) => !record.used);
		assert.equal(live.length, 2, 'each profile holds one live refresh token');
	});
});
