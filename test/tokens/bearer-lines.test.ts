import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {describe, it} from 'node:test';
import {bearerLine, bearerLineFormats, tokenVariables} from '../../source/tokens/bearer-lines.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';

const token = 'T9sLq2a8ZkR4vW1nXb7cY3dE5fG6hJ0m';

/** What a POSIX shell holds after `eval "$(lines)"`: each token variable's value. */
function evalInShell(lines: string): Record<string, string> {
	const shown = execFileSync(
		'/bin/sh',
		['-c', `eval "$LINES"; for name in ${tokenVariables.join(' ')}; do printenv "$name"; done`],
		{env: {PATH: process.env['PATH'] ?? '', LINES: lines}, encoding: 'utf8'},
	);
	return Object.fromEntries(
		tokenVariables.map((name, index) => [name, shown.split('\n')[index] ?? '']),
	);
}

describe('bearer lines: a token as people paste it', () => {
	it('header and curl are one line each, as before', () => {
		assert.equal(bearerLine('header', token), `Authorization: Bearer ${token}`);
		assert.equal(bearerLine('curl', token), `--oauth2-bearer ${token}`);
	});

	it('env is one export line for each name programs read, BOX_DEVELOPER_TOKEN first', () => {
		assert.deepEqual(tokenVariables, ['BOX_DEVELOPER_TOKEN', 'BOX_ACCESS_TOKEN']);
		assert.equal(
			bearerLine('env', token),
			`export BOX_DEVELOPER_TOKEN=${token}\nexport BOX_ACCESS_TOKEN=${token}`,
		);
		assert.deepEqual(evalInShell(bearerLine('env', token)), {
			BOX_DEVELOPER_TOKEN: token,
			BOX_ACCESS_TOKEN: token,
		});
	});

	it('env quotes anything that is not a plain word, so that eval runs none of it', () => {
		const odd = "it's $(touch /tmp/boxauth-never) `x` ; y";
		assert.deepEqual(evalInShell(bearerLine('env', odd)), {
			BOX_DEVELOPER_TOKEN: odd,
			BOX_ACCESS_TOKEN: odd,
		});
	});

	it('powershell is one $env: assignment each, in single quotes (a quote doubled)', () => {
		assert.equal(
			bearerLine('powershell', token),
			`$env:BOX_DEVELOPER_TOKEN = '${token}'\n$env:BOX_ACCESS_TOKEN = '${token}'`,
		);
		assert.equal(
			bearerLine('powershell', "a'b").split('\n')[0],
			"$env:BOX_DEVELOPER_TOKEN = 'a''b'",
		);
		assert.ok(bearerLineFormats.includes('powershell'));
	});
});

describe('boxauth token --format env and powershell', () => {
	// A developer token from the environment: no config folder, no request to Box.
	const env = {BOXAUTH_AUTH_TYPE: 'developer', BOXAUTH_DEVELOPER_TOKEN: token};

	it('prints the lines alone on stdout, for eval and Invoke-Expression', async () => {
		const shell = await runBoxauthInProcess(['token', '--format', 'env'], {env});
		assert.equal(shell.code, 0, shell.stderr);
		assert.equal(
			shell.stdout,
			`export BOX_DEVELOPER_TOKEN=${token}\nexport BOX_ACCESS_TOKEN=${token}\n`,
		);
		assert.equal(shell.stderr, '');
		const powershell = await runBoxauthInProcess(['token', '--format', 'powershell'], {env});
		assert.equal(powershell.code, 0, powershell.stderr);
		assert.equal(
			powershell.stdout,
			`$env:BOX_DEVELOPER_TOKEN = '${token}'\n$env:BOX_ACCESS_TOKEN = '${token}'\n`,
		);
	});

	it('names powershell among the formats when the format is wrong', async () => {
		const wrong = await runBoxauthInProcess(['token', '--format', 'pwsh'], {env});
		assert.equal(wrong.code, 2);
		assert.match(wrong.stderr, /raw, header, curl, env, powershell, json/);
	});
});
