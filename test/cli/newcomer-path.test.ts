import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {keys} from '../helpers/keys.js';
import {runCli} from '../helpers/run-cli.js';
import {runInTerminal, settle, type Terminal} from '../helpers/terminal.js';

// readme.md's path for someone who has never seen boxauth, word for word, in a fresh config
// folder with no keychain and CI unset: the wizard against the sandbox from the first screen,
// then `boxauth sandbox` kept running while `boxauth token` feeds a request, `status`,
// `explain` on a pasted error, and the dashboard.

async function press(terminal: Terminal, key: string, then: string | RegExp) {
	await settle();
	terminal.type(key);
	await terminal.waitFor(then, 10_000);
}

describe("a newcomer's first ten minutes, as readme.md tells them", () => {
	it('goes from the first screen to a working token, and uses it', async () => {
		const noKeychain = {DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus'};
		const first = runInTerminal([], noKeychain);
		const home = first.configHome;
		const environment = {...noKeychain, XDG_CONFIG_HOME: home, HOME: home};
		let sandbox: ReturnType<typeof runCli> | undefined;
		try {
			await first.waitFor('› Try the setup wizard against the sandbox');
			await press(first, keys.enter, 'Do you just want to try the API now');
			await press(first, 'n', 'no-code tool');
			await press(first, 'n', 'log in with their own Box account');
			await press(first, 'n', 'key pair');
			await press(first, 'n', 'Recommended: Client Credentials Grant');
			await press(first, keys.enter, '› Profile name: ccg');
			await press(first, keys.enter, '› Client ID:');
			await press(first, keys.enter, '› Client secret:');
			await press(first, keys.enter, '› Enterprise ID:');
			await press(first, keys.enter, 'An admin of your enterprise authorizes and enables the app');
			await press(first, 'a', 'Your token works.');
			assert.match(first.screen(), /boxauth sandbox --port 8765/);
			await press(first, keys.enter, /\S/);
			assert.equal(await first.exited, 0);

			// "keep it running elsewhere": while it runs, boxauth uses it, so its token works there.
			sandbox = runCli(['sandbox', '--port', '0', '--json'], {
				env: environment,
				timeoutMs: 120_000,
			});
			const {baseUrl} = JSON.parse(await sandbox.firstLine) as {baseUrl: string};
			const token = await runCli(['token', '--profile', 'ccg'], {env: environment}).done;
			assert.equal(token.code, 0, token.stderr);
			const me = await fetch(`${baseUrl}/2.0/users/me`, {
				headers: {authorization: `Bearer ${token.stdout.trim()}`},
			});
			assert.equal(me.status, 200, 'the token works against the running sandbox');

			// The upload recipe the wizard shows: ask first, then a new file or a new version.
			const bearer = {authorization: `Bearer ${token.stdout.trim()}`};
			const preflight = async () =>
				fetch(`${baseUrl}/2.0/files/content`, {
					method: 'OPTIONS',
					headers: {...bearer, 'content-type': 'application/json'},
					body: JSON.stringify({name: 'report.pdf', parent: {id: '0'}}),
				});
			assert.equal((await preflight()).status, 200, 'the name is free');
			const upload = async (path: string) => {
				const form = new FormData();
				form.set('attributes', JSON.stringify({name: 'report.pdf', parent: {id: '0'}}));
				form.set('file', new Blob(['%PDF-1.4 first']), 'report.pdf');
				return fetch(`${baseUrl}/api/2.0/files${path}`, {
					method: 'POST',
					headers: bearer,
					body: form,
				});
			};
			assert.equal((await upload('/content')).status, 201, 'a new file');
			const conflict = (await (await preflight()).json()) as {
				context_info: {conflicts: {id: string}};
			};
			const fileId = conflict.context_info.conflicts.id;
			assert.equal((await upload(`/${fileId}/content`)).status, 200, 'a new version of it');

			// A profile made while it runs is made against it, not a sandbox of its own.
			const later = await runCli(
				['setup', '--sandbox', '--auth-type', 'developer', '--profile', 'dev'],
				{
					env: environment,
					timeoutMs: 30_000,
				},
			).done;
			assert.equal(later.code, 0, later.stderr);
			const devToken = await runCli(['token', '--profile', 'dev'], {env: environment}).done;
			const meAgain = await fetch(`${baseUrl}/2.0/users/me`, {
				headers: {authorization: `Bearer ${devToken.stdout.trim()}`},
			});
			assert.equal(meAgain.status, 200, 'a token issued while it runs works against it');

			const status = await runCli(['status'], {env: environment}).done;
			assert.equal(status.code, 0, status.stderr);
			assert.match(status.stdout, /^ccg: healthy/m);

			const explain = await runCli(['explain'], {
				env: environment,
				stdin:
					'{"error":"unauthorized_client","error_description":"This app is not authorized by the enterprise admin"}',
			}).done;
			assert.equal(explain.code, 0, explain.stderr);
			assert.match(explain.stdout, /Platform Apps Manager/);

			const dashboard = runInTerminal(['dashboard'], environment);
			try {
				await dashboard.waitFor(/ccg\s+CCG/, 10_000);
				assert.match(dashboard.visibleScreen(), /fresh/);
				await settle();
				dashboard.type('q');
				assert.equal(await dashboard.exited, 0);
			} finally {
				dashboard.close();
			}
		} finally {
			sandbox?.child.kill('SIGINT');
			await sandbox?.done;
			first.close();
		}
	});
});
