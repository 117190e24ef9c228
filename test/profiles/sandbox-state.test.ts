import assert from 'node:assert/strict';
import {readdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';
import {sandboxStateFile} from '../../source/profiles/config-folder.js';
import {loadSandboxState, saveSandboxState} from '../../source/profiles/sandbox-state-file.js';
import {seedSandbox} from '../../source/sandbox/seed-sandbox.js';
import {modeOf, now, temporaryFolder, withUmask} from './fixtures/profile-fixtures.js';

describe("the sandbox's saved state", () => {
	it('is nothing the first time', async () => {
		assert.deepEqual(await loadSandboxState(await temporaryFolder(), now), {});
	});

	it('comes back as it was saved, in sandbox.json, 0600 whatever the umask', async () => {
		const configDir = path.join(await temporaryFolder(), 'boxauth');
		const state = seedSandbox(now());
		await withUmask(0, async () => saveSandboxState(configDir, state));
		assert.deepEqual(await loadSandboxState(configDir, now), {state});
		assert.equal(await modeOf(sandboxStateFile(configDir)), '600');
		assert.equal(await modeOf(configDir), '700');
	});

	it('is replaced whole by each save, never rewritten in place', async () => {
		const configDir = await temporaryFolder();
		const state = seedSandbox(now());
		await saveSandboxState(configDir, state);
		const before = await stat(sandboxStateFile(configDir));
		await saveSandboxState(configDir, {...state, clockOffsetMs: 5000});
		assert.notEqual((await stat(sandboxStateFile(configDir))).ino, before.ino);
		assert.equal((await loadSandboxState(configDir, now)).state?.clockOffsetMs, 5000);
		assert.deepEqual(await readdir(configDir), ['sandbox.json']);
	});

	for (const [description, content] of [
		['not JSON', '{"version": 1, "enterprise": '],
		['of the wrong shape', JSON.stringify({...seedSandbox(now()), users: {}})],
		['of another version', JSON.stringify({...seedSandbox(now()), version: 2})],
	]) {
		it(`is moved aside and reported when it is ${description}`, async () => {
			const configDir = await temporaryFolder();
			await writeFile(sandboxStateFile(configDir), content ?? '');
			const {state, notice} = await loadSandboxState(configDir, now);
			assert.equal(state, undefined);
			const backup = path.join(configDir, 'sandbox.json.corrupt-2026-11-22T12-00-00-000Z');
			assert.ok(notice?.includes(backup), notice);
			assert.match(notice ?? '', /the sandbox starts afresh/);
			assert.equal(await readFile(backup, 'utf8'), content);
			assert.deepEqual(await readdir(configDir), [path.basename(backup)]);
		});
	}
});
