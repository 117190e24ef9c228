import {type FSWatcher, type Stats, unwatchFile, watch, watchFile} from 'node:fs';
import path from 'node:path';

const settleMs = 200;
const pollMs = 2000;

/**
 * Calls `listener` once a burst of changes to `file` has settled. The folder is watched, not the
 * file: config.json is replaced by a rename on every write, which ends a watch on the file
 * itself. Where fs.watch fails (no such folder yet, no inotify left), the file's mtime is polled.
 * Returns the unsubscribe.
 */
export function watchFileChanges(file: string, listener: () => void): () => void {
	let timer: NodeJS.Timeout | undefined;
	const changed = () => {
		clearTimeout(timer);
		timer = setTimeout(listener, settleMs);
	};

	const poll = (current: Stats, previous: Stats) => {
		if (current.mtimeMs !== previous.mtimeMs) {
			changed();
		}
	};

	let watcher: FSWatcher | undefined;
	const startPolling = () => {
		watcher?.close();
		watcher = undefined;
		watchFile(file, {interval: pollMs, persistent: false}, poll);
	};

	try {
		const name = path.basename(file);
		watcher = watch(path.dirname(file), {persistent: false}, (_event, changedName) => {
			// Some platforms don't say which file changed: then it may have been this one.
			if (changedName === null || changedName === name) {
				changed();
			}
		});
		// The folder removed or the watch broken later: go on by polling.
		watcher.on('error', startPolling);
	} catch {
		startPolling();
	}

	return () => {
		clearTimeout(timer);
		watcher?.close();
		unwatchFile(file, poll);
	};
}
