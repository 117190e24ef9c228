import {once} from 'node:events';
import {runCli} from './run-cli.js';

export type FedResult = {
	code: number | null;
	stdout: string;
	stderr: string;
	/** Bytes written before the child stopped reading, give or take a pipe's buffer. */
	written: number;
	/** The child's peak resident memory, in MiB, as it reported on exit. */
	peakMiB: number;
};

// Loaded before the CLI: the child reports its own peak memory as it exits, however it exits.
const reportPeakMemory = `data:text/javascript,${encodeURIComponent(
	"process.on('exit', () => process.stderr.write('\\npeak-rss-kb=' + process.resourceUsage().maxRSS + '\\n'));",
)}`;

/**
 * Runs the built CLI with `chunk` written to its stdin again and again, as `yes |` would, until
 * the child stops reading or `limit` bytes have gone in; `limit` ends the stream, so the test
 * ends even when the child would read for ever.
 */
export async function feedCli(
	args: string[],
	chunk: Buffer,
	limit: number,
	then: Buffer = Buffer.alloc(0),
): Promise<FedResult> {
	const {child, done} = runCli(args, {
		stdin: false,
		nodeArgs: ['--import', reportPeakMemory],
		timeoutMs: 60_000,
	});
	// EPIPE once the child stops reading is the expected end; `once` rejects on it.
	child.stdin.on('error', () => undefined);
	const stdinEnded = once(child.stdin, 'close').catch(() => undefined);

	let written = 0;
	while (written < limit && !child.stdin.destroyed) {
		written += chunk.length;
		if (!child.stdin.write(chunk)) {
			await Promise.race([once(child.stdin, 'drain').catch(() => undefined), stdinEnded]);
		}
	}

	if (!child.stdin.destroyed) {
		child.stdin.end(then);
	}

	const {code, stdout, stderr} = await done;
	const peak = /peak-rss-kb=(\d+)/.exec(stderr);
	return {
		code,
		stdout,
		stderr: stderr.replace(/\npeak-rss-kb=\d+\n/, ''),
		written,
		peakMiB: Number(peak?.[1] ?? Number.NaN) / 1024,
	};
}
