import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import pty from '@lydell/node-pty';
import {build} from 'esbuild';
import {bundleOptions} from '../source/build/bundle-options.js';
import {cachedTokenProfile} from './cached-token-profile.js';

// The dashboard with many profiles, idle in a pseudo-terminal, measured as a whole process: its
// CPU time per second once the first frame is up, and its peak memory; side by side with a bare
// Ink app that draws one static frame, bundled the same way, in the same terminal.
// Usage: npm run build && npx tsx bench/dashboard-idle.ts [seconds=30] [profiles=50] [--plain]

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist/cli.js');
if (!existsSync(cli)) {
	throw new Error('dist/cli.js is missing: run npm run build first');
}

const plain = process.argv.includes('--plain');
const [secondsArgument, profilesArgument] = process.argv
	.slice(2)
	.filter((word) => word !== '--plain');
const seconds = Number(secondsArgument ?? 30);
const profileCount = Number(profilesArgument ?? 50);
const columns = 120;
const rows = profileCount + 15;
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

type Figures = {label: string; firstFrameMs: number; cpuMsPerSecond: number; peakMiB: number};

async function measureIdle(
	label: string,
	argv: string[],
	environment: Record<string, string>,
	firstFrame: string,
): Promise<Figures> {
	const started = performance.now();
	let output = '';
	const child = pty.spawn(process.execPath, argv, {
		name: 'xterm-256color',
		cols: columns,
		rows,
		env: {
			...withoutCi(),
			...environment,
			COLUMNS: String(columns),
			LINES: String(rows),
			TERM: 'xterm-256color',
		},
	});
	child.onData((data) => {
		output += data;
	});
	while (!output.includes(firstFrame)) {
		if (performance.now() - started > 20_000) {
			child.kill();
			throw new Error(`${label} drew no first frame; it printed:\n${output}`);
		}

		await delay(5);
	}

	const firstFrameMs = performance.now() - started;
	// Let start-up work (module loading, the first renewal plans) finish before measuring idle.
	await delay(2000);
	const before = cpuMs(child.pid);
	await delay(seconds * 1000);
	const after = cpuMs(child.pid);
	const peakMiB = peakMemoryMiB(child.pid);
	child.kill();
	return {label, firstFrameMs, cpuMsPerSecond: (after - before) / seconds, peakMiB};
}

const folder = mkdtempSync(path.join(tmpdir(), 'boxauth-bench-ink-'));
const bareApp = path.join(folder, 'one-frame.js');
await build({
	...bundleOptions(root),
	entryPoints: [path.join(root, 'bench/one-frame-ink-app.tsx')],
	outfile: bareApp,
});
const environment = await cachedTokenProfile(profileCount);
const figures = [
	await measureIdle('bare Ink app, one static frame', [bareApp], {}, 'One static frame'),
	await measureIdle(
		`boxauth dashboard${plain ? ' --plain' : ''}, ${profileCount} profiles`,
		[cli, 'dashboard', ...(plain ? ['--plain'] : [])],
		environment,
		profileCount === 1 ? 'bench' : `bench-${profileCount}`,
	),
];
console.log(
	`${seconds} s idle after the first frame, Node ${process.version}, ${columns}x${rows} pseudo-terminal, NODE_EXTRA_CA_CERTS ${process.env['NODE_EXTRA_CA_CERTS'] ? 'set' : 'unset'}\n`,
);
console.log('| what | first frame | CPU per second idle | peak memory |');
console.log('|---|---|---|---|');
for (const row of figures) {
	console.log(
		`| ${row.label} | ${row.firstFrameMs.toFixed(0)} ms | ${row.cpuMsPerSecond.toFixed(1)} ms | ${row.peakMiB.toFixed(0)} MiB |`,
	);
}
