import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {realBoxUrls} from '../source/box/box-urls.js';
import {openProfiles} from '../source/profiles/open-profiles.js';
import {accessToken} from '../source/tokens/token-lifetimes.js';

/**
 * A config folder holding one CCG profile with a fresh access token, as `boxauth token` finds it
 * between renewals: the path every script takes dozens of times an hour.
 */
export async function cachedTokenProfile(): Promise<Record<string, string>> {
	const configHome = mkdtempSync(path.join(tmpdir(), 'boxauth-bench-'));
	const environment = {XDG_CONFIG_HOME: configHome, HOME: configHome};
	const profiles = await openProfiles({environment, now: Date.now});
	await (await profiles.settingsStore()).save({
		name: 'bench',
		authType: 'ccg',
		urls: realBoxUrls,
		sandbox: false,
		clientId: 'benchclientid0000000000000000000',
		subject: {type: 'enterprise', id: '1234567'},
		tokens: {access: accessToken(Date.now(), 3600)},
		secretLocation: 'file',
		createdAt: Date.now(),
	});
	await profiles.secrets.set('bench', 'client-secret', 'BenchSecretBenchSecretBenchSecre');
	await profiles.secrets.set('bench', 'access-token', 'BenchTokenBenchTokenBenchTokenBe');
	return environment;
}
