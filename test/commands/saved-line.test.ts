import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {secretKeeper} from '../../source/commands/shared/keep-profile.js';
import {savedLine} from '../../source/commands/shared/saved-line.js';
import type {Profile} from '../../source/profiles/profile.js';
import type {SecretStore} from '../../source/profiles/secret-store.js';

const profile = {
	name: 'work',
	authType: 'jwt',
	sandbox: false,
	identity: {id: '1', name: 'Service', login: 'AutomationUser_1@boxdevedition.com'},
} as unknown as Profile;

describe('where a new profile says its secrets went', () => {
	it('names the secret the keychain would not take (too long, as on Windows) beside the keychain', async () => {
		// A keychain that takes everything but the private key, as Windows' 1,280-character limit does.
		const store = {
			set: async (_profile: string, name: string) => (name === 'private-key' ? 'file' : 'keychain'),
		} as unknown as SecretStore;
		const keeper = secretKeeper(store, 'work');
		await keeper.keep('client-secret', 'x'.repeat(32));
		await keeper.keep('private-key', 'k'.repeat(1900));
		await keeper.keep('access-token', 't'.repeat(32));
		assert.equal(keeper.storedIn(), 'keychain');
		assert.deepEqual(keeper.fileOnly(), ['private-key']);
		const line = savedLine(
			profile,
			{
				storedIn: keeper.storedIn(),
				inFileAlone: keeper.fileOnly(),
				secretsFile: '/home/me/.config/boxauth/secrets.json',
				variables: [],
			},
			'boxauth',
		);
		assert.match(
			line,
			/secrets in the OS keychain; its private key in \/home\/me\/\.config\/boxauth\/secrets\.json/,
		);
	});

	it('says nothing of the file when every secret is in one place', async () => {
		for (const place of ['keychain', 'file'] as const) {
			const store = {set: async () => place} as unknown as SecretStore;
			const keeper = secretKeeper(store, 'work');
			await keeper.keep('client-secret', 'x'.repeat(32));
			assert.equal(keeper.storedIn(), place);
			assert.deepEqual(keeper.fileOnly(), []);
		}
	});
});
