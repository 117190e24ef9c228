import assert from 'node:assert/strict';
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import {closestWord} from '../../source/commands/closest-word.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {runCli} from '../helpers/run-cli.js';

describe('mistyped commands and options', () => {
	it('suggests the command meant, and says the option as it was typed', async () => {
		const command = await runBoxauthInProcess(['tokn']);
		assert.equal(command.code, 2);
		assert.match(command.stderr, /Unknown command "tokn"\. Did you mean boxauth token\?/);
		const option = await runBoxauthInProcess(['token', '--profle', 'x']);
		assert.equal(option.code, 2);
		assert.match(
			option.stderr,
			/Unknown option --profle for boxauth token\. Did you mean --profile\?/,
		);
		const short = await runBoxauthInProcess(['-v']);
		assert.match(short.stderr, /Unknown option -v for boxauth\. Did you mean --version\?/);
	});

	it('suggests nothing for a word far from every known one', () => {
		assert.equal(closestWord('frobnicate', ['token', 'status', 'setup']), undefined);
		assert.equal(closestWord('stauts', ['token', 'status', 'setup']), 'status');
	});

	// A process of its own: cli.tsx reads these from the process's environment before Ink loads.
	it('takes --no-color and CLICOLOR=0 as NO_COLOR', async () => {
		for (const run of [
			runCli(['status', '--no-color']),
			runCli(['status'], {env: {CLICOLOR: '0', FORCE_COLOR: '1'}}),
		]) {
			const result = await run.done;
			assert.doesNotMatch(result.stdout + result.stderr, /\u001B\[/, 'no colour codes');
			assert.doesNotMatch(result.stderr, /Unknown option/);
		}
	});
});

describe('a flag value that starts with a dash', () => {
	it('is the value of its flag, not an unknown option: --port -1 is a bad port', async () => {
		const bad = await runBoxauthInProcess(['sandbox', '--port', '-1']);
		assert.equal(bad.code, 2);
		assert.match(bad.stderr, /--port takes a whole number from 0 to 65535/);
		assert.doesNotMatch(bad.stderr, /Unknown option/);
	});
});

describe('help, status --profile and BOXAUTH_CONFIG_DIR', () => {
	it('answers boxauth help COMMAND as boxauth COMMAND --help', async () => {
		const help = await runBoxauthInProcess(['help', 'status']);
		const flag = await runBoxauthInProcess(['status', '--help']);
		assert.equal(help.code, 0);
		assert.equal(help.stdout, flag.stdout);
		assert.match((await runBoxauthInProcess(['help'])).stdout, /Commands/);
		const unknown = await runBoxauthInProcess(['help', 'stauts']);
		assert.equal(unknown.code, 2);
		assert.match(unknown.stderr, /Did you mean boxauth help status\?/);
	});

	it('keeps everything in BOXAUTH_CONFIG_DIR, and status --profile reports that one profile', async () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'boxauth-config-dir-'));
		const env = {BOXAUTH_CONFIG_DIR: folder};
		for (const name of ['one', 'two']) {
			const added = await runBoxauthInProcess(
				['profiles', 'add', name, '--sandbox', '--auth-type', 'ccg'],
				{env},
			);
			assert.equal(added.code, 0, added.stderr);
		}

		assert.ok(existsSync(path.join(folder, 'config.json')), 'the settings are in the folder given');
		const one = await runBoxauthInProcess(['status', '--profile', 'one', '--json'], {env});
		assert.equal(one.code, 0, one.stderr);
		const names = (JSON.parse(one.stdout) as {profiles: Array<{name: string}>}).profiles.map(
			(profile) => profile.name,
		);
		assert.deepEqual(names, ['one']);
		const none = await runBoxauthInProcess(['status', '--profile', 'three'], {env});
		assert.equal(none.code, 1);
		assert.match(none.stderr, /No profile named three/);
	});
});
