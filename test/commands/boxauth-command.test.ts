import assert from 'node:assert/strict';
import {chmodSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import {boxauthCommand} from '../../source/commands/shared/boxauth-command.js';

const folder = () => mkdtempSync(path.join(tmpdir(), 'boxauth-command-'));

describe('boxauth as this machine runs it, in the lines that say what to run next', () => {
	it('boxauth, once it is on the PATH', () => {
		const bin = folder();
		writeFileSync(path.join(bin, 'boxauth'), '#!/bin/sh\n');
		chmodSync(path.join(bin, 'boxauth'), 0o755);
		assert.equal(
			boxauthCommand(
				{PATH: `/nowhere${path.delimiter}${bin}`},
				{cwd: folder(), program: '/x/cli.js'},
			),
			'boxauth',
		);
	});

	it('npx boxauth in the clone, where the readme leaves it off the PATH', () => {
		const clone = folder();
		writeFileSync(path.join(clone, 'package.json'), '{"name": "boxauth"}');
		assert.equal(
			boxauthCommand({PATH: folder()}, {cwd: clone, program: '/x/cli.js'}),
			'npx boxauth',
		);
	});

	it('node and its own path anywhere else; a file named boxauth that cannot run does not count', () => {
		const bin = folder();
		writeFileSync(path.join(bin, 'boxauth'), 'not a program');
		chmodSync(path.join(bin, 'boxauth'), 0o644);
		assert.equal(
			boxauthCommand({PATH: bin}, {cwd: folder(), program: '/opt/boxauth/dist/cli.js'}),
			'node /opt/boxauth/dist/cli.js',
		);
	});
});
