import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {chmod, mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';
import {openProfiles} from '../../source/profiles/open-profiles.js';
import {listProfiles} from '../../source/profiles/profile-list.js';
import {
	openSettingsStore,
	readSettings,
	type SettingsRead,
	settingsFile,
} from '../../source/profiles/settings-file.js';
import {aProfile, fakeKeychain, now, temporaryFolder} from './fixtures/profile-fixtures.js';
import {fixture, runFixture} from './fixtures/run-child.js';

const backupName = 'config.json.corrupt-2026-11-22T12-00-00-000Z';

async function withConfig(content: string) {
	const configDir = await temporaryFolder();
	await writeFile(settingsFile(configDir), content);
	return configDir;
}

/** Checks the config was moved aside whole and the user told where, in plain words. */
async function assertMovedAside(configDir: string, original: string, notice: string | undefined) {
	assert.ok((await readdir(configDir)).includes(backupName));
	assert.equal(await readFile(path.join(configDir, backupName), 'utf8'), original);
	assert.ok(notice, 'the user is told');
	assert.ok(notice.includes(settingsFile(configDir)), notice);
	assert.ok(notice.includes(path.join(configDir, backupName)), notice);
	assert.doesNotMatch(notice, /\n\s+at /, 'no stack trace');
}

/**
 * How to run a child that file modes apply to: root reads any file whatever its mode, so as
 * root the child runs as nobody, which must be able to reach the repository and Node.
 */
function someoneElse(): {options: {uid?: number; gid?: number}} | {missing: string} {
	if (process.getuid?.() !== 0) {
		return {options: {}};
	}

	const options = {uid: 65_534, gid: 65_534};
	const reach = spawnSync(
		process.execPath,
		['-e', `require('fs').accessSync(${JSON.stringify(fixture('read-settings-child.ts'))})`],
		options,
	);
	return reach.status === 0
		? {options}
		: {
				missing:
					'running as root, and user nobody cannot reach the repository to read as someone else',
			};
}

const garbage = '{"profiles": {"work": {"name": "work", "authType": "ccg"';

describe('a config file boxauth cannot use', () => {
	it('is moved aside when it is not JSON, and reported, not reset', async () => {
		const configDir = await withConfig(garbage);
		const read = await readSettings(configDir, now);
		assert.deepEqual(read.settings, {profiles: {}});
		await assertMovedAside(configDir, garbage, read.notice);
		assert.deepEqual(await readdir(configDir), [backupName], 'nothing new written by reading');
		assert.match(read.notice ?? '', /it is not valid JSON/);
	});

	it('is moved aside when it is JSON of the wrong shape, naming what is wrong', async () => {
		const wrong = JSON.stringify({profiles: {work: {...aProfile('work'), tokens: 'none'}}});
		const configDir = await withConfig(wrong);
		const read = await readSettings(configDir, now);
		await assertMovedAside(configDir, wrong, read.notice);
		assert.match(read.notice ?? '', /`profiles\.work\.tokens` should be an object/);
	});

	it('is moved aside when it is JSON but not an object', async () => {
		const configDir = await withConfig('["work"]');
		const read = await readSettings(configDir, now);
		await assertMovedAside(configDir, '["work"]', read.notice);
		assert.match(read.notice ?? '', /the file should be an object/);
	});

	it('is moved aside when it cannot be read at all', async () => {
		const configDir = await temporaryFolder();
		await mkdir(settingsFile(configDir));
		const read = await readSettings(configDir, now);
		assert.match(read.notice ?? '', /could not be read \(EISDIR\)/);
		assert.deepEqual(await readdir(configDir), [backupName]);
	});

	it('is moved aside when its permissions forbid reading it', async (t) => {
		const child = someoneElse();
		if ('missing' in child) {
			t.skip(child.missing);
			return;
		}

		const configDir = await withConfig(JSON.stringify({profiles: {}}));
		await chmod(settingsFile(configDir), 0o000);
		if (process.getuid?.() === 0) {
			// nobody must be able to rename in the folder, only not read the file.
			await chmod(configDir, 0o777);
		}

		const read = runFixture('read-settings-child.ts', [configDir], child.options) as SettingsRead;
		assert.match(read.notice ?? '', /could not be read \(EACCES\)/);
		assert.deepEqual(await readdir(configDir), [backupName]);
	});

	it('is left in place and reported when it can be neither read nor moved aside', async (t) => {
		const child = someoneElse();
		if ('missing' in child) {
			t.skip(child.missing);
			return;
		}

		const configDir = await withConfig(garbage);
		await chmod(settingsFile(configDir), 0o000);
		await chmod(configDir, 0o555);
		try {
			const read = runFixture('read-settings-child.ts', [configDir], child.options) as SettingsRead;
			assert.equal(read.stuck, true);
			assert.match(
				read.notice ?? '',
				/could not be read \(EACCES\)\. It could not be moved aside either \(EACCES\): fix or remove it/,
			);
		} finally {
			await chmod(configDir, 0o700);
		}

		assert.deepEqual(await readdir(configDir), ['config.json']);
		await chmod(settingsFile(configDir), 0o600);
		assert.equal(await readFile(settingsFile(configDir), 'utf8'), garbage);
	});

	it('is never written over by a change: it is moved aside first', async () => {
		const configDir = await withConfig(garbage);
		const change = await openSettingsStore({configDir, now}).save(aProfile('new'));
		await assertMovedAside(configDir, garbage, change.notice);
		// Now config.json is back, with only the new profile; the backup is untouched.
		const {settings} = await readSettings(configDir, now);
		assert.deepEqual(listProfiles(settings), [aProfile('new')]);
		assert.equal(await readFile(path.join(configDir, backupName), 'utf8'), garbage);
	});

	it('gets a backup of its own each time, never overwriting an earlier one', async () => {
		const configDir = await withConfig('first');
		await readSettings(configDir, now);
		await writeFile(settingsFile(configDir), 'second');
		await readSettings(configDir, now);
		assert.deepEqual((await readdir(configDir)).sort(), [backupName, `${backupName}-1`]);
		assert.equal(await readFile(path.join(configDir, `${backupName}-1`), 'utf8'), 'second');
	});

	it('is reported by openProfiles, which commands use', async () => {
		const configDir = await withConfig(garbage);
		const profiles = await openProfiles({
			environment: {},
			now,
			configDir,
			keychain: fakeKeychain(),
		});
		await assertMovedAside(configDir, garbage, profiles.notice);
		assert.match(profiles.choose().problem ?? '', /no profiles yet/);
	});
});
