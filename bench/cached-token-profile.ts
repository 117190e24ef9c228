import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {realBoxUrls} from '../source/box/box-urls.js';
import {openProfiles} from '../source/profiles/open-profiles.js';
import {accessToken} from '../source/tokens/token-lifetimes.js';

/**
 * A config folder holding CCG profiles with fresh access tokens, as `boxauth token` finds them
 * between renewals: the path every script takes dozens of times an hour. The first is named
 * `bench`, the others `bench-2`, `bench-3`...
 */
export async function cachedTokenProfile(count = 1): Promise<Record<string, string>> {
	const configHome = mkdtempSync(path.join(tmpdir(), 'boxauth-bench-'));
	const environment = {XDG_CONFIG_HOME: configHome, HOME: configHome};
	const profiles = await openProfiles({environment, now: Date.now});
	const store = await profiles.settingsStore();
	for (let index = 1; index <= count; index++) {
		const name = index === 1 ? 'bench' : `bench-${index}`;
		await store.save({
			name,
			authType: 'ccg',
			urls: realBoxUrls,
			sandbox: false,
			clientId: 'benchclientid0000000000000000000',
			subject: {type: 'enterprise', id: '1234567'},
			tokens: {access: accessToken(Date.now(), 3600)},
			secretLocation: 'file',
			createdAt: Date.now(),
		});
		await profiles.secrets.set(name, 'client-secret', 'BenchSecretBenchSecretBenchSecre');
		await profiles.secrets.set(name, 'access-token', `BenchTokenBenchTokenBenchToken${index}`);
	}

	return environment;
}
