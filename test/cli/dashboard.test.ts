import assert from 'node:assert/strict';
import {after, afterEach, before, describe, it} from 'node:test';
import {isolatedHome} from '../helpers/isolated-environment.js';
import {keys} from '../helpers/keys.js';
import {runCli} from '../helpers/run-cli.js';
import {runInTerminal, type Terminal} from '../helpers/terminal.js';

type SandboxInfo = {
	baseUrl: string;
	enterprise: {id: string};
	apps: Array<{name: string; clientId: string; clientSecret: string}>;
};

/** The row of `profile` in the dashboard's table. */
const rowOf = (terminal: Terminal, profile: string) =>
	terminal
		.visibleScreen()
		.split('\n')
		.find((line) => new RegExp(`^[ ›] ${profile} `).test(line)) ?? '';

const maskedTokenIn = (row: string) => /\s(\S{4})…\s/.exec(row)?.[1];

describe('boxauth dashboard in a real terminal, against a running sandbox', () => {
	const {env: environment} = isolatedHome('boxauth-dashboard-e2e-');
	const sandbox = runCli(['sandbox', '--json'], {env: environment, timeoutMs: 600_000});
	let info: SandboxInfo;
	let developerToken: string;
	let terminal: Terminal | undefined;

	const control = async (route: string, body: unknown = {}) => {
		const answer = await fetch(`${info.baseUrl}/_sandbox${route}`, {
			method: 'POST',
			body: JSON.stringify(body),
		});
		assert.equal(answer.status, 200, `the sandbox's ${route} answered ${answer.status}`);
		return answer.json() as Promise<Record<string, unknown>>;
	};

	/** A profile made with `boxauth setup` from flags, against the running sandbox. */
	async function setUp(profile: string, args: string[], secrets: Record<string, string>) {
		const made = await runCli(
			['setup', '--base-url', info.baseUrl, '--profile', profile, ...args],
			{env: {...environment, ...secrets}, timeoutMs: 30_000},
		).done;
		assert.equal(made.code, 0, made.stderr);
	}

	before(async () => {
		info = JSON.parse(await sandbox.firstLine) as SandboxInfo;
		// Box's hour, fast-forwarded: boxauth renews at four fifths of a token's life.
		await control('/lifetimes', {accessTokenSeconds: 20});
		const app = info.apps.find((candidate) => candidate.name === 'Demo CCG App');
		assert.ok(app, 'the sandbox has its demo CCG app');
		await setUp(
			'work',
			['--auth-type', 'ccg', '--client-id', app.clientId, '--enterprise-id', info.enterprise.id],
			{BOXAUTH_CLIENT_SECRET: app.clientSecret},
		);
		({developerToken} = (await control('/developer-token')) as {developerToken: string});
		assert.equal(typeof developerToken, 'string', 'the sandbox made a developer token');
		await setUp('try', ['--auth-type', 'developer'], {
			BOXAUTH_DEVELOPER_TOKEN: String(developerToken),
		});
	});

	afterEach(() => {
		terminal?.close();
		terminal = undefined;
	});

	after(() => {
		sandbox.child.kill();
	});

	it('renews a token before it expires, and the row shows the new one', async () => {
		terminal = runInTerminal(['dashboard'], environment);
		await terminal.waitFor('boxauth dashboard · 2 profiles', 10_000);
		const first = maskedTokenIn(rowOf(terminal, 'work'));
		assert.ok(first, `the row shows the token masked: ${rowOf(terminal, 'work')}`);
		const current = terminal;
		await current.waitFor(() => {
			const row = rowOf(current, 'work');
			return maskedTokenIn(row) !== first && / 0:1\d /.test(row);
		}, 20_000);
		assert.match(rowOf(terminal, 'work'), /fresh/);
		assert.doesNotMatch(terminal.output(), /expired/, 'it was renewed before it expired');
		terminal.type(keys.ctrlC);
		assert.equal(await terminal.exited, 130);
		const output = terminal.output();
		assert.ok(
			output.lastIndexOf('\u001B[?1049l') > output.indexOf('\u001B[?1049h'),
			'the alternate screen is left, giving the terminal back as it was',
		);
	});

	it("shows the unauthorized-app diagnosis once the app's authorization is revoked", async () => {
		const app = info.apps.find((candidate) => candidate.name === 'Demo CCG App');
		await control(`/apps/${app?.clientId}/deauthorize`);
		try {
			terminal = runInTerminal(['dashboard'], environment);
			await terminal.waitFor('boxauth dashboard · 2 profiles', 10_000);
			terminal.type(keys.down);
			await terminal.waitFor(/work: /);
			// A CCG app without its authorization, asked for its enterprise: Box's insufficient_scope.
			await terminal.waitFor(/work: failing: Box refused a Client Credentials Grant token/, 25_000);
			terminal.type(keys.enter);
			await terminal.waitFor('Box said: 400 insufficient_scope');
			assert.match(terminal.screen(), /has not authorized the app yet/);
		} finally {
			await control(`/apps/${app?.clientId}/authorize`);
		}
	});

	it('says how to get a new developer token once it runs out', async () => {
		// Its hour is over at Box (the sandbox's control surface moves its end to now).
		const {expired} = await control('/tokens/expire', {token: developerToken});
		assert.equal(expired, 1);
		terminal = runInTerminal(['dashboard'], environment);
		await terminal.waitFor('boxauth dashboard · 2 profiles', 10_000);
		const current = terminal;
		await current.waitFor(() => rowOf(current, 'try').startsWith('›'));
		terminal.type('r');
		await terminal.waitFor(/try: failing: The developer token/, 10_000);
		terminal.type(keys.enter);
		await terminal.waitFor('Generate Developer Token');
	});

	it('runs doctor on d, and comes back to the dashboard once its report is read', async () => {
		terminal = runInTerminal(['dashboard'], environment);
		await terminal.waitFor('boxauth dashboard · 2 profiles', 10_000);
		terminal.type('d');
		await terminal.waitFor('Enter: back to the dashboard', 20_000);
		assert.match(terminal.screen(), /boxauth doctor: profile /);
		terminal.type(keys.enter);
		await terminal.waitFor('boxauth dashboard · 2 profiles', 10_000);
		terminal.type('q');
		assert.equal(await terminal.exited, 0);
	});
});
