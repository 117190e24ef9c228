import {spawnSync} from 'node:child_process';

export type ProcessFigures = {label: string; medianMs: number; minMs: number; peakRssMiB: number};

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[middle] ?? 0)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * Times whole processes, interleaved round by round so that a busy moment on the machine hits
 * every command alike. Peak memory comes from GNU time's maximum resident set size.
 */
export function measureProcesses(
	commands: Array<{label: string; argv: string[]; env?: Record<string, string>}>,
	rounds: number,
): ProcessFigures[] {
	const times = commands.map(() => [] as number[]);
	const rss = commands.map(() => 0);
	for (let round = 0; round < rounds; round++) {
		for (const [index, command] of commands.entries()) {
			const started = process.hrtime.bigint();
			const result = spawnSync('/usr/bin/time', ['-f', '%M', ...command.argv], {
				env: {...process.env, ...command.env},
				encoding: 'utf8',
			});
			const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
			if (result.status !== 0) {
				throw new Error(`${command.label} failed: ${result.stderr}`);
			}

			times[index]?.push(elapsed);
			const kibibytes = Number(result.stderr.trim().split('\n').at(-1));
			rss[index] = Math.max(rss[index] ?? 0, kibibytes / 1024);
		}
	}

	return commands.map((command, index) => ({
		label: command.label,
		medianMs: median(times[index] ?? []),
		minMs: Math.min(...(times[index] ?? [])),
		peakRssMiB: rss[index] ?? 0,
	}));
}
