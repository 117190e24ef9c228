import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/** Another boxauth process held the profile's lock for longer than this one would wait. */
export class ProfileBusyError extends Error {
	readonly code = 'ELOCKED';

	constructor(profileName: string) {
		super(
			`Another boxauth process is renewing or changing the profile ${profileName} and has not finished in 20 seconds. Try again in a moment; if nothing else runs, remove locks/${encodeURIComponent(profileName)}.lock in boxauth's config folder.`,
		);
		this.name = 'ProfileBusyError';
	}
}

/**
 * Runs `work` while holding this profile's refresh lock, so that two boxauth processes never
 * spend the same refresh token. proper-lockfile keeps the lock fresh while it is held; a lock
 * left by a killed process goes stale after 5 s and is taken over. A holder that was paused
 * meanwhile (Ctrl+Z, a sleeping laptop) finds its lock taken when it wakes: it still finishes
 * what it was doing, since what it holds may be Box's only answer to a spent refresh token, and
 * the renewal journal keeps the two runs from undoing each other.
 */
export async function withRefreshLock<Result>(
	configDir: string,
	profileName: string,
	work: () => Promise<Result>,
): Promise<Result> {
	const locks = path.join(configDir, 'locks');
	await mkdir(locks, {recursive: true, mode: 0o700});
	let release: () => Promise<void>;
	try {
		release = await lockfile.lock(path.join(locks, encodeURIComponent(profileName)), {
			realpath: false,
			stale: 5000,
			update: 1000,
			retries: {retries: 120, factor: 1.2, minTimeout: 25, maxTimeout: 250},
			onCompromised() {
				// Taken over while paused: carry on; proper-lockfile's default throws, crashing
				// the process between Box's answer and its save.
			},
		});
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
			throw new ProfileBusyError(profileName);
		}

		throw error;
	}

	try {
		return await work();
	} finally {
		// A lock taken over meanwhile is no longer ours to release.
		await release().catch(() => undefined);
	}
}
