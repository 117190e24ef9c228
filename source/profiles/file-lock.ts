/**
 * Runs `work` while holding a lock on `file`, so that two boxauth processes changing the same
 * file (say, each saving a different profile's new refresh token) don't lose one of the changes.
 */
export async function withFileLock<Result>(
	file: string,
	work: () => Promise<Result>,
): Promise<Result> {
	// Loaded here, not at the top: only writes need it, and the read path must stay lean.
	const {default: lockfile} = await import('proper-lockfile');
	const release = await lockfile.lock(file, {
		realpath: false,
		stale: 10_000,
		retries: {retries: 100, factor: 1.2, minTimeout: 10, maxTimeout: 200},
	});
	try {
		return await work();
	} finally {
		await release();
	}
}
