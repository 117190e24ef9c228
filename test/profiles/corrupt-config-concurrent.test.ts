import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {readdir, readFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';
import {moveAside} from '../../source/profiles/move-aside.js';
import {
	readSettings,
	type SettingsRead,
	settingsFile,
} from '../../source/profiles/settings-file.js';
import {now, temporaryFolder} from './fixtures/profile-fixtures.js';
import {fixture, repositoryRoot} from './fixtures/run-child.js';

// Several boxauth processes start at once (a dashboard, a script's `boxauth token`) and all find
// config.json unusable: one moves it aside, and the others must not say it could not be.

const garbage = '{"profiles": {"work": {"name": "work", "authType": "ccg"';

async function corruptConfig() {
	const configDir = await temporaryFolder();
	await writeFile(settingsFile(configDir), garbage);
	return configDir;
}

/** The backups in the folder, each checked to hold the file as it was. */
async function backupsIn(configDir: string): Promise<string[]> {
	const names = (await readdir(configDir)).filter((name) => name.includes('.corrupt-'));
	for (const name of names) {
		assert.equal(await readFile(path.join(configDir, name), 'utf8'), garbage);
	}

	return names.map((name) => path.join(configDir, name));
}

function assertToldMovedAside(reads: SettingsRead[], backup: string) {
	for (const read of reads) {
		assert.equal(read.stuck, undefined, read.notice);
		assert.doesNotMatch(read.notice ?? '', /could not be moved/);
		if (read.notice !== undefined) {
			assert.ok(read.notice.includes(`It was moved aside to ${backup}`), read.notice);
		}
	}
}

describe('a corrupt config read by several boxauths at once', () => {
	it('is moved aside once, and every reader names that backup', async () => {
		const configDir = await corruptConfig();
		const reads = await Promise.all(Array.from({length: 6}, () => readSettings(configDir, now)));
		const [backup, ...more] = await backupsIn(configDir);
		assert.ok(backup);
		assert.deepEqual(more, [], 'one backup');
		assert.ok(
			reads.filter((read) => read.notice !== undefined).length > 1,
			'several read it before it was moved',
		);
		assertToldMovedAside(reads, backup);
	});

	it('finds the backup of what it read when another moved the file first', async () => {
		const configDir = await corruptConfig();
		const file = settingsFile(configDir);
		const older = `${file}.corrupt-2020-01-01T00-00-00-000Z`;
		await writeFile(older, 'an older backup of another file');
		const theirs = `${file}.corrupt-2026-11-22T12-00-00-000Z`;
		await rename(file, theirs);
		assert.equal(await moveAside(file, now, garbage), theirs);
	});

	it('still says it could not when the file is gone and no backup holds it', async () => {
		const configDir = await corruptConfig();
		const file = settingsFile(configDir);
		await rename(file, path.join(configDir, 'moved-elsewhere.json'));
		await assert.rejects(moveAside(file, now, garbage), {code: 'ENOENT'});
	});

	it('in separate processes, none says it could not be moved aside', async () => {
		const configDir = await corruptConfig();
		const children = Array.from({length: 3}, () => {
			const child = spawn(
				process.execPath,
				['--import', 'tsx', fixture('read-settings-child.ts'), configDir],
				{cwd: repositoryRoot, stdio: ['ignore', 'pipe', 'inherit'], timeout: 30_000},
			);
			let stdout = '';
			child.stdout.setEncoding('utf8').on('data', (text: string) => {
				stdout += text;
			});
			return once(child, 'close').then(() => JSON.parse(stdout) as SettingsRead);
		});
		const reads = await Promise.all(children);
		const [backup, ...more] = await backupsIn(configDir);
		assert.ok(backup);
		assert.deepEqual(more, [], 'one backup');
		assertToldMovedAside(reads, backup);
	});
});
