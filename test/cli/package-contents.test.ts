import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {builtinModules} from 'node:module';
import path from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {bundleOptions, externalPackages} from '../../source/build/bundle-options.js';
import {bundledPackages} from '../../source/build/third-party-licenses.js';

// What `npm publish` would ship, and what a user's install then holds: the bundle and the
// licences, the readme and its pictures, no sources; the bundled packages are not installed a
// second time. Reads the dist/ that `npm run build` made (npm test builds first).

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
	dependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
	files?: string[];
};

// --ignore-scripts: packing runs the prepare script, which would rebuild dist/ under the feet of
// the tests that run it.
const packed = JSON.parse(
	execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
	}),
) as Array<{files: Array<{path: string}>}>;
const tarball = new Set(packed[0]?.files.map((file) => file.path));

// The bundle as the build makes it, in memory, for its metafile.
const bundle = await build({
	...bundleOptions(root),
	entryPoints: ['source/cli.tsx'],
	outdir: 'dist',
	splitting: true,
	chunkNames: 'chunks/[name]-[hash]',
	metafile: true,
	write: false,
	logLevel: 'silent',
});
const bundled = bundledPackages(bundle.metafile, root);
const packageName = (specifier: string) =>
	specifier
		.split('/')
		.slice(0, specifier.startsWith('@') ? 2 : 1)
		.join('/');

describe('the published package', () => {
	it('holds the bundle, the licences, the readme and its pictures', () => {
		for (const file of [
			'package.json',
			'dist/cli.js',
			'dist/THIRD-PARTY-LICENSES.txt',
			'LICENSE',
			'readme.md',
		]) {
			assert.ok(tarball.has(file), `${file} is in the tarball`);
		}

		const readme = readFileSync(path.join(root, 'readme.md'), 'utf8');
		const pictures = [...readme.matchAll(/(?:\]\(|src=")(media\/[^)"\s]+)/g)].map(
			(match) => match[1] ?? '',
		);
		assert.ok(pictures.length > 0, 'the readme shows pictures from media/');
		for (const picture of pictures) {
			assert.ok(tarball.has(picture), `${picture} is in the tarball`);
		}
	});

	it('holds every file of dist/ that the build writes, and no sources, tests or benchmarks', () => {
		const built = readdirSync(path.join(root, 'dist'), {recursive: true, withFileTypes: true})
			.filter((entry) => entry.isFile())
			.map((entry) =>
				path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
			);
		assert.ok(built.length > 2, 'dist/ is built');
		for (const file of built) {
			assert.ok(tarball.has(file), `${file} is in the tarball`);
		}

		const strays = [...tarball].filter(
			(file) =>
				/^(?:source|test|bench|docs|\.ci)\//.test(file) ||
				/\.tsx?$/.test(file) ||
				file.startsWith('node_modules/'),
		);
		assert.deepEqual(strays, []);
	});

	it('depends on exactly the packages the bundle leaves out', () => {
		assert.deepEqual(Object.keys(manifest.dependencies ?? {}).sort(), [...externalPackages].sort());
		for (const name of externalPackages) {
			// It is still used: its name is in the bundle, for the require() at run time.
			assert.ok(
				bundle.outputFiles.some((output) =>
					[`'${name}'`, `"${name}"`].some((literal) => output.text.includes(literal)),
				),
				`the bundle loads ${name}`,
			);
			assert.ok(!bundled.some((bundledPackage) => bundledPackage.name === name));
		}

		// Any other package the bundle leaves out is an optional require() of a package that is
		// not installed (ws tries bufferutil and utf-8-validate): bundled, it would need nothing.
		const builtins = new Set(builtinModules);
		for (const output of Object.values(bundle.metafile.outputs)) {
			for (const imported of output.imports) {
				const name = packageName(imported.path.replace(/^node:/, ''));
				if (
					!imported.external ||
					imported.path.startsWith('node:') ||
					builtins.has(name) ||
					externalPackages.includes(name)
				) {
					continue;
				}

				assert.ok(
					!existsSync(path.join(root, 'node_modules', name)),
					`${name} is installed but left out of the bundle: bundle it or make it a dependency`,
				);
			}
		}
	});

	it('lists what it bundles as devDependencies, the chosen packages among them', () => {
		const development = manifest.devDependencies ?? {};
		for (const name of ['ink', 'react', 'conf', 'undici']) {
			assert.ok(development[name], `${name} is a devDependency`);
			assert.ok(
				bundled.some((bundledPackage) => bundledPackage.name === name),
				`${name} is bundled`,
			);
		}
	});

	it('ships the licence of every bundled package', () => {
		const licences = readFileSync(path.join(root, 'dist/THIRD-PARTY-LICENSES.txt'), 'utf8');
		for (const {name, version, files} of bundled) {
			assert.ok(licences.includes(`\n${name} ${version} (`), `${name} ${version} is listed`);
			for (const file of files) {
				assert.ok(licences.includes(file.text.trim()), `${name}'s ${file.name} is there`);
			}
		}

		for (const name of ['ink', 'react', 'conf', 'undici']) {
			const licence = bundled.find((bundledPackage) => bundledPackage.name === name);
			assert.ok(licence && licence.files.length > 0, `${name} has its licence file`);
		}
	});
});
