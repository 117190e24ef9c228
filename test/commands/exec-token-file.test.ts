import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, readFile, stat, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import {makeTokenFile} from '../../source/commands/exec/token-file.js';

/** The pid of a process that has ended. */
function endedPid(): number {
	const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
		encoding: 'utf8',
	});
	return Number(ended.stdout);
}

describe("boxauth exec's token file", () => {
	it('is owner-only, holds the token alone, and is gone once removed', async () => {
		const temporary = await mkdtemp(path.join(os.tmpdir(), 'boxauth-token-file-'));
		const file = await makeTokenFile(temporary);
		await file.write('a'.repeat(32));
		assert.equal(await readFile(file.path, 'utf8'), 'a'.repeat(32));
		if (process.platform !== 'win32') {
			assert.equal((await stat(file.path)).mode & 0o777, 0o600);
			assert.equal((await stat(path.dirname(file.path))).mode & 0o777, 0o700);
		}

		await file.remove();
		assert.equal(existsSync(path.dirname(file.path)), false);
	});

	it('clears the files of exec runs that were killed before they could, not those of runs alive', async () => {
		const temporary = await mkdtemp(path.join(os.tmpdir(), 'boxauth-token-file-'));
		const left = path.join(temporary, `boxauth-exec-${endedPid()}-x1`);
		const running = path.join(temporary, `boxauth-exec-${process.pid}-x2`);
		const other = path.join(temporary, 'boxauth-exec-not-ours');
		for (const folder of [left, running, other]) {
			await mkdir(folder);
			await writeFile(path.join(folder, 'token'), 'b'.repeat(32));
		}

		const file = await makeTokenFile(temporary);
		assert.equal(existsSync(left), false, 'the killed run’s token is gone');
		assert.equal(existsSync(running), true, 'a run still going keeps its file');
		assert.equal(existsSync(other), true, 'a folder not named for a process is left alone');
		await file.remove();
	});
});
