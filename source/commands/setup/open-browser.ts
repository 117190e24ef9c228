import {spawn} from 'node:child_process';
import type {Environment} from '../../profiles/config-folder.js';

/**
 * Opens the sign-in page: with the program in BROWSER when set (the convention of Python's
 * webbrowser, git and gh, and how a remote shell or a test supplies its own), else the desktop's
 * default browser. Says whether a browser was started; the page's URL is shown either way.
 */
export async function openBrowser(url: string, environment: Environment): Promise<boolean> {
	const browser = environment['BROWSER']?.trim();
	try {
		if (browser) {
			const child = spawn(browser, [url], {detached: true, stdio: 'ignore'});
			await new Promise<void>((resolve, reject) => {
				child.once('spawn', resolve);
				child.once('error', reject);
			});
			child.unref();
			return true;
		}

		const {default: open} = await import('open');
		await open(url);
		return true;
	} catch {
		return false;
	}
}
