import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {commandList} from '../../source/commands/command-list.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';

describe('a command that takes flags only', () => {
	const flagsOnly = commandList.filter((command) => command.takesNoWords !== undefined);

	it('is marked in the command table: those whose words would be a mistake', () => {
		assert.deepEqual(flagsOnly.map((command) => command.name).sort(), [
			'dashboard',
			'doctor',
			'login',
			'revoke',
			'sandbox',
			'status',
			'token',
		]);
	});

	for (const command of flagsOnly) {
		it(`boxauth ${command.name} refuses words with exit 2, saying which and what to do instead`, async () => {
			const {code, stdout, stderr} = await runBoxauthInProcess([command.name, 'work', 'now']);
			assert.equal(code, 2);
			assert.equal(stdout, '');
			assert.equal(
				stderr,
				`boxauth ${command.name} takes no arguments, but was given: work now. ${command.takesNoWords}\n`,
			);
		});
	}
});
