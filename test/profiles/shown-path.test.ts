import assert from 'node:assert/strict';
import path from 'node:path';
import {describe, it} from 'node:test';
import {shownPath} from '../../source/profiles/config-folder.js';

describe('a path as the words show it', () => {
	const home = path.join(path.sep, 'home', 'ada');

	it('is ~/… under the home folder, from HOME', () => {
		assert.equal(
			shownPath(path.join(home, '.config', 'boxauth', 'secrets.json'), {HOME: home}),
			`~${path.sep}${path.join('.config', 'boxauth', 'secrets.json')}`,
		);
	});

	it('is whole elsewhere, and for the home folder itself or a neighbour with a longer name', () => {
		for (const elsewhere of [
			path.join(path.sep, 'etc', 'boxauth', 'config.json'),
			home,
			path.join(path.sep, 'home', 'adam', 'secrets.json'),
		]) {
			assert.equal(shownPath(elsewhere, {HOME: home}), elsewhere);
		}
	});

	it('takes USERPROFILE (Windows) when HOME is not set, then the system’s home folder', () => {
		const file = path.join(home, 'boxauth', 'config.json');
		assert.equal(
			shownPath(file, {USERPROFILE: home}),
			`~${path.sep}${path.join('boxauth', 'config.json')}`,
		);
		assert.equal(shownPath(file, {}, home), `~${path.sep}${path.join('boxauth', 'config.json')}`);
	});
});
