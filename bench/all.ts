import {existsSync, mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {bundleOptions} from '../source/build/bundle-options.js';
import {cachedTokenProfile} from './cached-token-profile.js';
import {measureInstall} from './measure-install.js';
import {measureProcesses} from './measure-process.js';
import {measureInTerminal, type TerminalFigures} from './measure-terminal.js';

// Every benchmark, in one run, printed as one table: whole processes next to a bare `node -e 0`
// and a bare Ink app bundled the same way as boxauth, then the install from the packed package
// (`npm run bench:install` alone). Build first:
//   npm run bench            (or: npx tsx bench/all.ts [rounds=20] [idle seconds=30] [profiles=50])
// This environment's NODE_EXTRA_CA_CERTS slows every start alike: read the ratios.

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist/cli.js');
if (!existsSync(cli)) {
	throw new Error('dist/cli.js is missing: run npm run build first');
}

const rounds = Number(process.argv[2] ?? 20);
const idleSeconds = Number(process.argv[3] ?? 30);
const profileCount = Number(process.argv[4] ?? 50);

const folder = mkdtempSync(path.join(os.tmpdir(), 'boxauth-bench-'));
const bareInkApp = path.join(folder, 'one-frame.js');
await build({
	...bundleOptions(root),
	entryPoints: [path.join(root, 'bench/one-frame-ink-app.tsx')],
	outfile: bareInkApp,
});
const oneProfile = await cachedTokenProfile();
const manyProfiles = await cachedTokenProfile(profileCount);
const emptyHome = {XDG_CONFIG_HOME: mkdtempSync(path.join(folder, 'home-'))};

const processes = measureProcesses(
	[
		{label: '`node -e 0`', argv: [process.execPath, '-e', '0']},
		{label: '`boxauth --version`', argv: [process.execPath, cli, '--version']},
		{
			label: '`boxauth token`, valid cached token',
			argv: [process.execPath, cli, 'token', '--profile', 'bench'],
			env: oneProfile,
		},
	],
	rounds,
);

const firstFrames: TerminalFigures[] = [];
const screen = {columns: 100, rows: 30};
for (const run of [
	{label: 'bare Ink app, one frame', argv: [bareInkApp], firstFrame: 'One static frame'},
	{label: '`boxauth` start screen', argv: [cli], env: emptyHome, firstFrame: 'No profiles yet'},
	{
		label: '`boxauth setup` first frame',
		argv: [cli, 'setup'],
		env: emptyHome,
		firstFrame: 'Box account',
	},
]) {
	const figures: TerminalFigures[] = [];
	for (let round = 0; round < Math.min(rounds, 10); round++) {
		figures.push(await measureInTerminal(run, screen, 0));
	}

	const times = figures.map((figure) => figure.firstFrameMs).sort((a, b) => a - b);
	firstFrames.push({
		label: run.label,
		firstFrameMs: times[Math.floor(times.length / 2)] ?? 0,
		peakMiB: Math.max(...figures.map((figure) => figure.peakMiB)),
	});
}

const tall = {columns: 120, rows: profileCount + 15};
const idle = [
	await measureInTerminal(
		{label: 'bare Ink app, one static frame', argv: [bareInkApp], firstFrame: 'One static frame'},
		tall,
		idleSeconds,
	),
	await measureInTerminal(
		{
			label: `\`boxauth dashboard\`, ${profileCount} profiles`,
			argv: [cli, 'dashboard'],
			env: manyProfiles,
			firstFrame: profileCount === 1 ? 'bench' : `bench-${profileCount}`,
		},
		tall,
		idleSeconds,
	),
];

// Last, since packing builds dist/ again.
const install = measureInstall(root, Math.min(rounds, 10));

const [node] = processes;
console.log(
	`${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}, NODE_EXTRA_CA_CERTS ${process.env['NODE_EXTRA_CA_CERTS'] ? 'set' : 'unset'}; ${rounds} rounds, ${idleSeconds} s idle\n`,
);
console.log('| what | measured | compared with | target |');
console.log('|---|---|---|---|');
for (const row of processes.slice(1)) {
	console.log(
		`| ${row.label} | ${row.medianMs.toFixed(0)} ms median | ${(row.medianMs / (node?.medianMs ?? 1)).toFixed(2)}x \`node -e 0\` (${node?.medianMs.toFixed(0)} ms) | ${row.label.includes('token') ? 'at most 2x' : ''} |`,
	);
}

const [bareFrame, ...appFrames] = firstFrames;
for (const row of appFrames) {
	console.log(
		`| ${row.label} | ${row.firstFrameMs.toFixed(0)} ms median | ${(row.firstFrameMs / (bareFrame?.firstFrameMs ?? 1)).toFixed(2)}x a bare Ink app (${bareFrame?.firstFrameMs.toFixed(0)} ms) | under Box CLI's \`box --version\`, 340 ms |`,
	);
}

const [bareIdle, dashboard] = idle;
console.log(
	`| ${dashboard?.label}, idle: CPU | ${dashboard?.cpuMsPerSecond?.toFixed(1)} ms per second | a bare Ink app: ${bareIdle?.cpuMsPerSecond?.toFixed(1)} ms per second | at most 10 ms per second |`,
);
console.log(
	`| ${dashboard?.label}, idle: peak memory | ${dashboard?.peakMiB.toFixed(0)} MiB | a bare Ink app: ${bareIdle?.peakMiB.toFixed(0)} MiB (+${((dashboard?.peakMiB ?? 0) - (bareIdle?.peakMiB ?? 0)).toFixed(0)} MiB) | within 20 MiB of it |`,
);
for (const row of install.rows) {
	console.log(`| ${row.join(' | ')} |`);
}
