import {execFileSync} from 'node:child_process';
import os from 'node:os';
import {fileURLToPath} from 'node:url';
import {measureInstall} from './measure-install.js';

// The install from the packed package: tarball, size on disk, packages and files, and the first
// runs of the installed command next to a bare `node -e 0`. Packing builds first:
//   npm run bench:install      (or: npx tsx bench/install-size.ts [rounds=10])
// This environment's NODE_EXTRA_CA_CERTS slows every start alike: read the ratios.

const root = fileURLToPath(new URL('..', import.meta.url));
const rounds = Number(process.argv[2] ?? 10);
const {rows, installed} = measureInstall(root, rounds);

console.log(
	`${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}, npm ${execFileSync('npm', ['--version'], {encoding: 'utf8'}).trim()}, NODE_EXTRA_CA_CERTS ${process.env['NODE_EXTRA_CA_CERTS'] ? 'set' : 'unset'}; a first run, then ${rounds} rounds\n`,
);
console.log('| what | measured | compared with | target |');
console.log('|---|---|---|---|');
for (const row of rows) {
	console.log(`| ${row.join(' | ')} |`);
}

console.log(`\nInstalled: ${installed.join(', ')}`);
