import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {measureProcesses} from './measure-process.js';

export type InstallFigures = {
	/** Table rows: what, measured, compared with, target. */
	rows: Array<[string, string, string, string]>;
	/** The packages the install holds, boxauth first. */
	installed: string[];
};

function run(command: string, argv: string[], cwd: string) {
	const started = process.hrtime.bigint();
	const result = spawnSync(command, argv, {cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	if (result.status !== 0) {
		throw new Error(`${command} ${argv.join(' ')} failed:\n${result.stderr}${result.stdout}`);
	}

	return {stdout: result.stdout, ms};
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * What a user gets from `npm install -g boxauth` or `npx boxauth`: the package packed as
 * `npm publish` packs it (its prepare script builds it first), installed from the tarball into a
 * fresh prefix, and the first runs of the installed command next to a bare `node -e 0`. The
 * install uses npm's cache as it is, so its time says little; the sizes and counts don't move.
 */
export function measureInstall(root: string, rounds: number): InstallFigures {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'boxauth-install-'));
	try {
		type Packed = {filename: string; size: number; unpackedSize: number; entryCount: number};
		const [packed] = JSON.parse(
			run('npm', ['pack', '--json', '--pack-destination', folder], root).stdout,
		) as Packed[];
		if (!packed) {
			throw new Error('npm pack made no tarball');
		}

		// From the temporary folder, so that no project .npmrc or package.json applies.
		const prefix = path.join(folder, 'prefix');
		const install = run(
			'npm',
			[
				'install',
				'--prefix',
				prefix,
				'--no-audit',
				'--no-fund',
				path.join(folder, packed.filename),
			],
			folder,
		);

		// The first `npx` of it, as a newcomer's first try: npm's exec from the tarball with a cache
		// of its own, empty, so the keychain package comes from the registry as it would for them.
		const firstNpx = run(
			'npm',
			[
				'exec',
				'--yes',
				'--cache',
				mkdtempSync(path.join(folder, 'npx-cache-')),
				'--package',
				path.join(folder, packed.filename),
				'--',
				'boxauth',
				'--version',
			],
			folder,
		);

		const nodeModules = path.join(prefix, 'node_modules');
		// Disk usage as du counts it (whole blocks), and the bytes of the files themselves.
		const du = (flag: string) =>
			Number(run('du', ['-s', flag, nodeModules], folder).stdout.split('\t')[0]);
		const onDisk = du('-B1');
		const apparent = du('-b');

		// npm's own record of what it installed (the hidden lockfile): one entry per package.
		const hiddenLockfile = JSON.parse(
			readFileSync(path.join(nodeModules, '.package-lock.json'), 'utf8'),
		) as {packages: Record<string, unknown>};
		const installed = Object.keys(hiddenLockfile.packages)
			.filter((key) => key.startsWith('node_modules/'))
			.map((key) => key.replace(/^(?:.*\/)?node_modules\//, ''))
			.sort((a, b) => Number(b === 'boxauth') - Number(a === 'boxauth') || a.localeCompare(b));
		const files = readdirSync(nodeModules, {recursive: true, withFileTypes: true}).filter((entry) =>
			entry.isFile(),
		).length;

		// The installed command as a user runs it, through node_modules/.bin, with a config
		// folder of its own and no terminal. The first run of each comes before any other (the
		// installed files are fresh in the page cache all the same), then the rounds.
		const bin = path.join(nodeModules, '.bin', 'boxauth');
		const env = {
			BOXAUTH_CONFIG_DIR: mkdtempSync(path.join(folder, 'config-')),
			COLUMNS: '100',
			LINES: '30',
		};
		const commands = [
			{label: '`node -e 0`', argv: [process.execPath, '-e', '0'], env},
			{label: '`boxauth --version`', argv: [bin, '--version'], env},
			{label: '`boxauth token --help`', argv: [bin, 'token', '--help'], env},
		];
		const [nodeFirst, ...firstRuns] = measureProcesses(commands, 1);
		const [nodeLater, ...laterRuns] = measureProcesses(commands, rounds);

		const rows: InstallFigures['rows'] = [
			[
				'tarball (`npm pack`)',
				`${mb(packed.size)}, ${packed.entryCount} files`,
				`${mb(packed.unpackedSize)} unpacked`,
				'',
			],
			[
				'installed from the tarball: node_modules on disk',
				`${mb(onDisk)} (\`du -s\`)`,
				`its files: ${mb(apparent)}`,
				'at most 8 MB',
			],
			[
				'installed from the tarball: packages, files',
				`${installed.length} packages, ${files} files`,
				'boxauth and its dependencies',
				'',
			],
			[
				'first `npx` run from the tarball (`npm exec --package`, empty cache)',
				`${(firstNpx.ms / 1000).toFixed(1)} s`,
				'the keychain package fetched from the registry',
				'',
			],
			[
				'`npm install --prefix` of the tarball',
				`${(install.ms / 1000).toFixed(1)} s`,
				"npm's cache as it is",
				'',
			],
		];
		for (const [index, first] of firstRuns.entries()) {
			const later = laterRuns[index];
			rows.push(
				[
					`${first.label}, installed: first run`,
					`${first.minMs.toFixed(0)} ms`,
					`\`node -e 0\` first run: ${nodeFirst?.minMs.toFixed(0)} ms`,
					'',
				],
				[
					`${first.label}, installed: later runs`,
					`${later?.medianMs.toFixed(0)} ms median`,
					`${((later?.medianMs ?? 0) / (nodeLater?.medianMs ?? 1)).toFixed(2)}x \`node -e 0\` (${nodeLater?.medianMs.toFixed(0)} ms)`,
					'',
				],
			);
		}

		return {rows, installed};
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}
