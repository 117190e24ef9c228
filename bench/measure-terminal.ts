import {readFileSync} from 'node:fs';
import pty from '@lydell/node-pty';

// Linux counts CPU time in clock ticks, 100 a second on every common kernel.
const ticksPerSecond = 100;

const delay = async (milliseconds: number) =>
	new Promise((resolve) => {
		setTimeout(resolve, milliseconds);
	});

/** User plus system CPU time of a live process, in milliseconds. */
function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
	// After the command name: utime and stime are the 12th and 13th fields.
	return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

function peakMemoryMiB(pid: number): number {
	const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	return Number(line?.[1] ?? 0) / 1024;
}

/** This environment without CI: Ink in CI, even with CI empty, draws only the last frame. */
function withoutCi(): Record<string, string> {
	return Object.fromEntries(
		Object.entries(process.env).filter(
			(entry): entry is [string, string] => entry[0] !== 'CI' && entry[1] !== undefined,
		),
	);
}

export type TerminalRun = {
	label: string;
	argv: string[];
	env?: Record<string, string>;
	/** Text on the screen that says the first frame is drawn. */
	firstFrame: string;
};

export type TerminalFigures = {
	label: string;
	firstFrameMs: number;
	/** CPU time per second of idling after the first frame; with idleSeconds 0, not measured. */
	cpuMsPerSecond?: number;
	peakMiB: number;
};

/**
 * Runs a program in a pseudo-terminal of the given size: the time to its first frame, then, if
 * asked, its CPU time per second while it idles, and its peak memory, as a whole process.
 */
export async function measureInTerminal(
	run: TerminalRun,
	size: {columns: number; rows: number},
	idleSeconds: number,
): Promise<TerminalFigures> {
	const started = performance.now();
	let output = '';
	const child = pty.spawn(process.execPath, run.argv, {
		name: 'xterm-256color',
		cols: size.columns,
		rows: size.rows,
		env: {
			...withoutCi(),
			...run.env,
			COLUMNS: String(size.columns),
			LINES: String(size.rows),
			TERM: 'xterm-256color',
		},
	});
	child.onData((data) => {
		output += data;
	});
	try {
		while (!output.includes(run.firstFrame)) {
			if (performance.now() - started > 20_000) {
				throw new Error(`${run.label} drew no first frame; it printed:\n${output}`);
			}

			await delay(2);
		}

		const firstFrameMs = performance.now() - started;
		if (idleSeconds === 0) {
			return {label: run.label, firstFrameMs, peakMiB: peakMemoryMiB(child.pid)};
		}

		// Let start-up work (module loading, the first renewal plans) finish before measuring idle.
		await delay(2000);
		const before = cpuMs(child.pid);
		await delay(idleSeconds * 1000);
		const cpuMsPerSecond = (cpuMs(child.pid) - before) / idleSeconds;
		return {label: run.label, firstFrameMs, cpuMsPerSecond, peakMiB: peakMemoryMiB(child.pid)};
	} finally {
		child.kill();
	}
}
