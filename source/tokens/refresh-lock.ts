import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/**
 * Runs `work` while holding this profile's refresh lock, so that two boxauth processes never
 * spend the same refresh token. proper-lockfile keeps the lock fresh while it is held; a lock
 * left by a killed process goes stale after 5 s and is taken over.
 */
export async function withRefreshLock<Result>(
	configDir: string,
	profileName: string,
	work: () => Promise<Result>,
): Promise<Result> {
	const locks = path.join(configDir, 'locks');
	await mkdir(locks, {recursive: true, mode: 0o700});
	const release = await lockfile.lock(path.join(locks, encodeURIComponent(profileName)), {
		realpath: false,
		stale: 5000,
		update: 1000,
		retries: {retries: 120, factor: 1.2, minTimeout: 25, maxTimeout: 250},
	});
	try {
		return await work();
	} finally {
		await release();
	}
}
