import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {generatedFiles, withGeneratedSections} from '../../source/build/readme-sections.js';
import {commandList, globalFlags} from '../../source/commands/command-list.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const readme = read('readme.md');
const docs = readdirSync(path.join(root, 'docs'))
	.filter((name) => name.endsWith('.md'))
	.map((name) => `docs/${name}`);

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string) =>
	heading
		.toLowerCase()
		.replaceAll(/[^\p{L}\p{N}\s_-]/gu, '')
		.replaceAll(' ', '-');

const anchors = (file: string) =>
	new Set(
		read(file)
			.split('\n')
			.filter((line) => /^#{1,6} /.test(line))
			.map((line) => anchor(line.replace(/^#+ /, ''))),
	);

describe('readme.md and docs/ stay true', () => {
	for (const file of generatedFiles) {
		it(`${file} has the sections the code makes (npm run readme)`, () => {
			const text = read(file);
			assert.equal(text, withGeneratedSections(file, text));
		});
	}

	it('names every command and flag that --help knows, in the command reference', () => {
		const reference = read('docs/commands.md');
		for (const command of commandList) {
			assert.ok(reference.includes(`boxauth ${command.name}`), `names boxauth ${command.name}`);
			for (const flag of command.flags) {
				assert.ok(reference.includes(`--${flag.name}`), `names --${flag.name}`);
			}
		}

		for (const flag of globalFlags) {
			assert.ok(reference.includes(`--${flag.name}`), `names --${flag.name}`);
		}
	});

	it('gives the two commands for a fresh machine', () => {
		assert.match(readme, /npm install && npm start/);
		assert.match(readme, /npm install && npm test/);
	});

	it('stays short for a newcomer, and links to every file in docs/', () => {
		const lines = readme.split('\n').length;
		assert.ok(lines <= 400, `readme.md has ${lines} lines`);
		for (const file of docs) {
			assert.ok(readme.includes(`](${file})`), `readme.md links to ${file}`);
		}
	});

	it('has a file behind every relative link and picture, and a heading behind every #anchor', () => {
		for (const file of ['readme.md', ...docs]) {
			for (const [, target = ''] of read(file).matchAll(/\]\(([^)\s]+)\)/g)) {
				if (/^[a-z]+:/.test(target)) {
					continue;
				}

				const [linked = '', hash] = target.split('#');
				const resolved = path.join(path.dirname(file), linked || path.basename(file));
				assert.ok(existsSync(path.join(root, resolved)), `${file}: ${target} is missing`);
				if (hash !== undefined) {
					assert.ok(anchors(resolved).has(hash), `${file}: ${target} has no such heading`);
				}
			}
		}
	});
});
