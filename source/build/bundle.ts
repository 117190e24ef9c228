import {chmod} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

// One bundle, split so that each command loads only what it needs: the plain commands never
// load Ink or React. Production React, and a stub for Ink's optional devtools import.
await build({
	absWorkingDir: root,
	entryPoints: ['source/cli.tsx'],
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	chunkNames: 'chunks/[name]-[hash]',
	alias: {'react-devtools-core': './source/build/react-devtools-core-stub.ts'},
	define: {'process.env.NODE_ENV': '"production"'},
	// Bundled CommonJS dependencies call require() for Node's built-ins.
	banner: {
		js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);",
	},
	legalComments: 'none',
	logLevel: 'warning',
});
await chmod(`${root}/dist/cli.js`, 0o755);
