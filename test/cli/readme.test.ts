import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {withGeneratedSections} from '../../source/build/readme-sections.js';
import {commandList, globalFlags} from '../../source/commands/command-list.js';

const readme = readFileSync(new URL('../../readme.md', import.meta.url), 'utf8');

describe('readme.md stays true', () => {
	it('has the command table and the troubleshooting section the code makes (npm run readme)', () => {
		assert.equal(readme, withGeneratedSections(readme));
	});

	it('names every command and flag that --help knows', () => {
		for (const command of commandList) {
			assert.ok(readme.includes(`boxauth ${command.name}`), `readme names boxauth ${command.name}`);
			for (const flag of command.flags) {
				assert.ok(readme.includes(`--${flag.name}`), `readme names --${flag.name}`);
			}
		}

		for (const flag of globalFlags) {
			assert.ok(readme.includes(`--${flag.name}`), `readme names --${flag.name}`);
		}
	});

	it('gives the two commands for a fresh machine', () => {
		assert.match(readme, /npm install && npm start/);
		assert.match(readme, /npm install && npm test/);
	});
});
