import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {cachedTokenProfile} from './cached-token-profile.js';
import {measureProcesses, printTable} from './measure-process.js';

// Whole-process start-up of boxauth's plain paths next to a bare `node -e 0`, in one run; the
// target for `boxauth token` with a valid cached token is at most 2x.
// Build first (`npm run build`); this environment's NODE_EXTRA_CA_CERTS slows every start
// alike, so read the ratios, not the absolute figures.

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
	throw new Error('dist/cli.js is missing: run npm run build first');
}

const rounds = Number(process.argv[2] ?? 20);
const tokenEnvironment = await cachedTokenProfile();
const figures = measureProcesses(
	[
		{label: 'node -e 0', argv: [process.execPath, '-e', '0']},
		{label: 'boxauth --version', argv: [process.execPath, cli, '--version']},
		{label: 'boxauth --help', argv: [process.execPath, cli, '--help']},
		{
			label: 'boxauth token (valid cached token)',
			argv: [process.execPath, cli, 'token', '--profile', 'bench'],
			env: tokenEnvironment,
		},
	],
	rounds,
);
console.log(
	`${rounds} rounds, Node ${process.version}, NODE_EXTRA_CA_CERTS ${process.env['NODE_EXTRA_CA_CERTS'] ? 'set' : 'unset'}\n`,
);
printTable(figures, figures[0] as (typeof figures)[number]);
