import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdir, readdir} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';
import {childSecrets, temporaryFolder} from './fixtures/profile-fixtures.js';
import {fixture, repositoryRoot} from './fixtures/run-child.js';

// The real Secret Service, in a throwaway D-Bus session with a throwaway GNOME keyring under
// a temporary HOME, so that the user's own keychain is never touched. Needs, on Debian/Ubuntu:
//   apt-get install -y gnome-keyring dbus-daemon
// (dbus-daemon brings dbus-run-session).
const missing = ['dbus-run-session', 'gnome-keyring-daemon'].filter(
	(command) => spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0,
);

describe('the real OS keychain (Secret Service through @napi-rs/keyring)', () => {
	it('stores secrets in the keychain, not in a file, and finds them from another process', async (t) => {
		if (process.platform !== 'linux' || missing.length > 0) {
			t.skip(
				process.platform === 'linux'
					? `${missing.join(' and ')} not installed: apt-get install -y gnome-keyring dbus-daemon`
					: 'runs on Linux only, where a throwaway keychain can be started',
			);
			return;
		}

		const home = await temporaryFolder();
		const configDir = path.join(home, 'config');
		const runtime = path.join(home, 'runtime');
		await mkdir(runtime, {mode: 0o700});
		const child = (action: string) =>
			`node --import tsx ${JSON.stringify(fixture('secret-store-child.ts'))} ${JSON.stringify(configDir)} ${action} && echo`;
		const {DBUS_SESSION_BUS_ADDRESS: _bus, ...rest} = process.env;
		const session = spawnSync(
			'dbus-run-session',
			[
				'--',
				'sh',
				'-c',
				// The daemon makes and unlocks a "login" keyring with this password on first start.
				`echo -n throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null && ${child('set')} && ${child('get')} && ${child('accounts')}`,
			],
			{
				cwd: repositoryRoot,
				encoding: 'utf8',
				timeout: 60_000,
				env: {
					...rest,
					HOME: home,
					XDG_DATA_HOME: path.join(home, 'data'),
					XDG_CONFIG_HOME: path.join(home, 'xdg-config'),
					XDG_CACHE_HOME: path.join(home, 'cache'),
					XDG_RUNTIME_DIR: runtime,
				},
			},
		);
		assert.equal(session.status, 0, session.stderr);
		const [set, get, accounts] = session.stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as unknown);

		assert.deepEqual(set, {
			locations: ['keychain', 'keychain'],
			elapsedMs: (set as {elapsedMs: number}).elapsedMs,
			notices: [],
		});
		assert.deepEqual(get, {
			...childSecrets,
			where: {'client-secret': 'keychain', 'refresh-token': 'keychain'},
			files: [],
			notices: [],
		});
		assert.deepEqual((accounts as string[]).sort(), ['work/client-secret', 'work/refresh-token']);
		// The throwaway keyring lives under the temporary HOME, and nothing went to the config.
		assert.ok((await readdir(path.join(home, 'data', 'keyrings'))).length > 0);
	});
});
