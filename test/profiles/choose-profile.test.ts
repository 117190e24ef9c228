import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {chooseProfileName} from '../../source/profiles/choose-profile.js';

const stored = (names: string[], defaultProfile?: string) => ({names, defaultProfile});

describe('choosing the profile', () => {
	it('takes the only profile when nothing says otherwise', () => {
		assert.deepEqual(chooseProfileName({environment: {}, stored: stored(['work'])}), {
			name: 'work',
		});
	});

	it('takes the default among several', () => {
		const choice = chooseProfileName({environment: {}, stored: stored(['a', 'b'], 'b')});
		assert.deepEqual(choice, {name: 'b'});
	});

	it('lets --profile win over BOXAUTH_PROFILE, and both win over the default', () => {
		const both = {environment: {BOXAUTH_PROFILE: 'b'}, stored: stored(['a', 'b', 'c'], 'c')};
		assert.deepEqual(chooseProfileName({...both, flag: 'a'}), {name: 'a'});
		assert.deepEqual(chooseProfileName(both), {name: 'b'});
		assert.deepEqual(chooseProfileName({...both, flag: ''}), {name: 'b'});
	});

	it('names a missing profile and says how to list them', () => {
		const choice = chooseProfileName({flag: 'nope', environment: {}, stored: stored(['a'])});
		assert.equal(choice.problem, 'no profile named nope; boxauth profiles list shows them');
	});

	it('says when the missing name came from BOXAUTH_PROFILE', () => {
		const choice = chooseProfileName({
			environment: {BOXAUTH_PROFILE: 'gone'},
			stored: stored(['a', 'b'], 'a'),
		});
		assert.match(
			choice.problem ?? '',
			/^BOXAUTH_PROFILE is set, but there is no profile named gone;/,
		);
	});

	it('asks for --profile when several profiles have no default', () => {
		const choice = chooseProfileName({environment: {}, stored: stored(['a', 'b'])});
		assert.match(choice.problem ?? '', /^several profiles and no default: pass --profile NAME/);
	});

	it('ignores a default that names a profile no longer there', () => {
		const choice = chooseProfileName({environment: {}, stored: stored(['a', 'b'], 'gone')});
		assert.match(choice.problem ?? '', /^several profiles and no default/);
	});

	it('points to setup when there are no profiles', () => {
		assert.match(
			chooseProfileName({environment: {}, stored: stored([])}).problem ?? '',
			/no profiles yet; boxauth setup makes one/,
		);
		assert.match(
			chooseProfileName({flag: 'x', environment: {}, stored: stored([])}).problem ?? '',
			/^no profile named x: there are no profiles yet/,
		);
	});
});
