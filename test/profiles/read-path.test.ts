import assert from 'node:assert/strict';
import path from 'node:path';
import {describe, it} from 'node:test';
import {build} from 'esbuild';
import {repositoryRoot} from './fixtures/run-child.js';

// `boxauth token` must start in twice a bare `node -e 0`, and it reads profiles. Bundled as the
// app ships, importing conf costs about 20 ms and compiling its schema 60 ms more; the keychain
// library, imported as ESM, 30 ms. This keeps them off the read path's static imports.
describe('the read path, bundled', () => {
	it('loads neither conf, ajv, proper-lockfile nor the keychain library until needed', async () => {
		const result = await build({
			absWorkingDir: repositoryRoot,
			entryPoints: ['source/profiles/open-profiles.ts'],
			bundle: true,
			splitting: true,
			format: 'esm',
			platform: 'node',
			write: false,
			outdir: 'unused',
			metafile: true,
			logLevel: 'silent',
		});
		const {outputs} = result.metafile;
		const entry = Object.keys(outputs).find(
			(output) => outputs[output]?.entryPoint === 'source/profiles/open-profiles.ts',
		);
		assert.ok(entry);

		// Everything loaded at start: the entry chunk and what it imports statically.
		const loaded = new Set<string>();
		const visit = (output: string) => {
			if (loaded.has(output)) {
				return;
			}

			loaded.add(output);
			for (const imported of outputs[output]?.imports ?? []) {
				if (imported.kind === 'import-statement' && !imported.external) {
					visit(imported.path);
				}
			}
		};

		visit(entry);
		const inputs = [...loaded].flatMap((output) => Object.keys(outputs[output]?.inputs ?? {}));
		assert.ok(inputs.includes(path.join('source', 'profiles', 'settings-file.ts')));
		const heavy = inputs.filter((input) =>
			/node_modules\/(conf|ajv|proper-lockfile|@napi-rs\/keyring)\//.test(input),
		);
		assert.deepEqual(heavy, []);
		// And they are there to be loaded later: conf and proper-lockfile in chunks of their own.
		const all = Object.values(outputs).flatMap((output) => Object.keys(output.inputs));
		assert.ok(all.some((input) => input.includes('node_modules/conf/')));
		assert.ok(all.some((input) => input.includes('node_modules/proper-lockfile/')));
	});
});
