import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {processTests, unitFolders} from '../test-groups.js';

const testFolder = new URL('..', import.meta.url);

describe('npm test', () => {
	it('runs every test file once: in test:unit or in test:processes', () => {
		const scripts = (
			JSON.parse(readFileSync(new URL('../package.json', testFolder), 'utf8')) as {
				scripts: Record<string, string>;
			}
		).scripts;
		assert.equal(
			scripts['test'],
			'npm run lint && npm run build && npm run test:unit && npm run test:processes',
		);
		// The shell's patterns in test:processes, as regular expressions over `folder/file`.
		const patterns = (scripts['test:processes'] ?? '')
			.split(' ')
			.filter((word) => word.startsWith('test/'))
			.map(
				(pattern) =>
					new RegExp(
						`^${pattern.slice('test/'.length).replaceAll('.', '\\.').replaceAll('*', '[^/]*')}$`,
					),
			);
		const all = readdirSync(testFolder, {withFileTypes: true})
			.filter((entry) => entry.isDirectory())
			.flatMap((folder) =>
				readdirSync(new URL(`${folder.name}/`, testFolder))
					.filter((file) => file.endsWith('.test.ts'))
					.map((file) => `${folder.name}/${file}`),
			);
		assert.ok(all.length > 100);
		for (const file of all) {
			const inUnit = unitFolders.includes(file.split('/')[0] ?? '') && !processTests.has(file);
			const inProcesses = patterns.some((pattern) => pattern.test(file));
			assert.ok(
				inUnit !== inProcesses,
				`${file}: in test:unit ${inUnit}, in test:processes ${inProcesses}`,
			);
		}
	});
});
