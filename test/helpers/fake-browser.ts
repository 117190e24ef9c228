import {chmodSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/**
 * A program to put in BROWSER: it opens the sign-in URL as a person would, grants consent on the
 * sandbox's page as its first user (or denies it), and follows Box's redirect back to boxauth.
 */
export function fakeBrowser(decision: 'grant' | 'deny' = 'grant'): string {
	const folder = mkdtempSync(path.join(tmpdir(), 'boxauth-browser-'));
	const script = path.join(folder, 'browser.mjs');
	writeFileSync(
		script,
		`const url = new URL(process.argv[2]);
const page = await fetch(url);
if (page.status !== 200) process.exit(3);
const html = await page.text();
const userId = /<option value="([^"]+)"/.exec(html)?.[1];
const form = new URLSearchParams(url.searchParams);
if (userId) form.set('user_id', userId);
form.set('decision', ${JSON.stringify(decision)});
const answer = await fetch(new URL('/api/oauth2/authorize', url), {method: 'POST', body: form, redirect: 'manual'});
const location = answer.headers.get('location');
if (!location) process.exit(4);
await fetch(location);
`,
	);
	const launcher = path.join(folder, 'browser');
	writeFileSync(launcher, `#!/bin/sh\nexec "${process.execPath}" "${script}" "$1"\n`);
	chmodSync(launcher, 0o755);
	return launcher;
}
