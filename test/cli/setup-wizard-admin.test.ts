import assert from 'node:assert/strict';
import {afterEach, describe, it} from 'node:test';
import {isolatedHome} from '../helpers/isolated-environment.js';
import {keys} from '../helpers/keys.js';
import {runCli} from '../helpers/run-cli.js';
import {
	erase,
	quickApprovalChecks,
	runInTerminal,
	settle,
	type Terminal,
} from '../helpers/terminal.js';

// The admin step against Box's real answers (box-auth-reference.md section 10), in a real terminal:
// the wizard runs against a `boxauth sandbox` kept running beside it, whose control surface plays
// the admin while the wizard waits, as a person's admin would, with no key pressed.

type Described = {
	baseUrl: string;
	enterprise: {id: string};
	users: Array<{id: string; login: string}>;
	apps: Array<{name: string; clientId: string; clientSecret: string}>;
};

async function press(terminal: Terminal, key: string, then: string | RegExp) {
	await settle();
	terminal.type(key);
	await terminal.waitFor(then, 10_000);
}

/** Replaces what the field holds with `value`, pasted in one piece, and presses Enter. */
async function retype(terminal: Terminal, label: string, value: string, then: string | RegExp) {
	await terminal.waitFor(`› ${label}:`);
	await erase(terminal, label);
	terminal.type(value);
	await press(terminal, keys.enter, then);
}

describe('boxauth setup waits for the admin as real Box answers', () => {
	let sandbox: ReturnType<typeof runCli> | undefined;
	let terminal: Terminal | undefined;
	afterEach(async () => {
		terminal?.close();
		terminal = undefined;
		sandbox?.child.kill('SIGINT');
		await sandbox?.done;
		sandbox = undefined;
	});

	/** A running sandbox in a fresh config folder, and the wizard at the CCG client ID. */
	async function wizardBesideSandbox(profile: string) {
		const {env: environment} = isolatedHome('boxauth-admin-');
		sandbox = runCli(['sandbox', '--port', '0', '--json'], {env: environment, timeoutMs: 120_000});
		const described = JSON.parse(await sandbox.firstLine) as Described;
		const shown = runInTerminal(['setup', '--sandbox', '--profile', profile], {
			...environment,
			...quickApprovalChecks,
		});
		terminal = shown;
		await shown.waitFor('Do you just want to try the API now', 10_000);
		await press(shown, 's', '› Developer Token');
		await press(shown, keys.down, '› Client Credentials Grant');
		await press(shown, keys.enter, '› Client ID:');
		const app = (name: string) => {
			const found = described.apps.find((candidate) => candidate.name === name);
			assert.ok(found, `the sandbox has ${name}`);
			return found;
		};

		const playAdmin = async (clientId: string, action: string) => {
			const answer = await fetch(`${described.baseUrl}/_sandbox/apps/${clientId}/${action}`, {
				method: 'POST',
				headers: {'content-type': 'application/json'},
				body: '{}',
			});
			assert.equal(answer.status, 200, await answer.text());
		};

		return {terminal: shown, described, app, playAdmin};
	}

	it("a pending CCG app gets Box's ambiguous answer, and the step ticks when the admin approves, no key pressed", async () => {
		const {terminal: shown, described, app, playAdmin} = await wizardBesideSandbox('waiting');
		const pending = app('Pending CCG App');
		const member = described.users.find((user) => user.login.startsWith('milo'));
		assert.ok(member);
		await press(shown, keys.enter, '› Client secret:');
		await press(shown, keys.enter, '› Enterprise ID:');
		await retype(shown, 'Enterprise ID', `user ${member.id}`, 'Or a typing mistake?');
		assert.match(shown.screen(), /An admin of your enterprise authorizes and enables the app/);
		assert.match(shown.screen(), /Admin authorization · checking/);
		assert.match(
			shown.screen(),
			/› Enterprise ID: user \d+/,
			'the field typed last keeps the keyboard',
		);
		assert.match(shown.screen(), /Client secret: \S+…/, 'the secret, masked, open to correct');
		assert.doesNotMatch(shown.screen(), /Client ID: /, 'Box knows the client ID');
		await playAdmin(pending.clientId, 'authorize');
		await shown.waitFor('Your token works.', 25_000);
		assert.match(shown.screen(), /Admin authorization · done/);
		await press(shown, keys.enter, /\S/);
		assert.equal(await shown.exited, 0);
	});

	it('a wrong secret on an authorized app is corrected in place beside the wait', async () => {
		const {terminal: shown, app} = await wizardBesideSandbox('fixed');
		const demo = app('Demo CCG App');
		await retype(shown, 'Client ID', demo.clientId, '› Client secret:');
		await retype(shown, 'Client secret', 'Zz7Rt2Xw9Lp4Vz8Nc3Hb6Jd1Fs5Gk0Ya', '› Enterprise ID:');
		await press(shown, keys.enter, 'Or a typing mistake?');
		assert.match(shown.screen(), /Box said: 400 invalid_grant Grant credentials are invalid/);
		assert.match(shown.screen(), /Box answers a wrong client secret or enterprise id the same way/);
		await press(shown, keys.up, '› Client secret:');
		await retype(shown, 'Client secret', demo.clientSecret, 'Your token works.');
		assert.match(shown.screen(), /Admin authorization · done/);
		assert.doesNotMatch(shown.output(), new RegExp(demo.clientSecret), 'the secret is never shown');
		await press(shown, keys.enter, /\S/);
		assert.equal(await shown.exited, 0);
	});

	it('an authorized app that is disabled waits for the admin to enable it', async () => {
		const {terminal: shown, app, playAdmin} = await wizardBesideSandbox('enabled-later');
		const demo = app('Demo CCG App');
		await playAdmin(demo.clientId, 'disable');
		await retype(shown, 'Client ID', demo.clientId, '› Client secret:');
		await retype(shown, 'Client secret', demo.clientSecret, '› Enterprise ID:');
		await press(shown, keys.enter, 'An admin of your enterprise enables the app');
		assert.match(shown.screen(), /Admin authorization · checking/);
		await playAdmin(demo.clientId, 'enable');
		await shown.waitFor('Your token works.', 25_000);
		await press(shown, keys.enter, /\S/);
		assert.equal(await shown.exited, 0);
	});
});
