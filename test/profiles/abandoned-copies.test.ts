import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import {writeFileAtomically} from '../../source/profiles/write-file-atomically.js';

describe('copies left by a writer killed before its rename', () => {
	it('are removed at the next write, but not those of a writer still at work', async () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'boxauth-copies-'));
		const file = path.join(folder, 'secrets.json');
		// pid 2^22 - 1: above Linux's default pid_max, so no process has it.
		const abandoned = path.join(folder, 'secrets.json.4194303-0a1b2c3d.tmp');
		const working = path.join(folder, `secrets.json.${process.pid}-4e5f6a7b.tmp`);
		const unrelated = path.join(folder, 'config.json.4194303-0a1b2c3d.tmp');
		for (const copy of [abandoned, working, unrelated]) {
			writeFileSync(copy, '{"every":"secret"}');
		}

		await writeFileAtomically(file, '{}\n');
		assert.equal(existsSync(abandoned), false, "a dead writer's copy, holding secrets, is gone");
		assert.equal(existsSync(working), true, "a live writer's copy stays");
		assert.equal(existsSync(unrelated), true, "another file's copy is that file's business");
	});
});
