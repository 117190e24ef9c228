import type {BuildOptions} from 'esbuild';

/**
 * How boxauth is bundled: ESM for Node 20, production React, and a stub for Ink's optional
 * devtools import. The benchmarks bundle their bare Ink app the same way, so that the two are
 * compared like for like.
 */
export const bundleOptions = (root: string): BuildOptions => ({
	absWorkingDir: root,
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	alias: {'react-devtools-core': './source/build/react-devtools-core-stub.ts'},
	define: {'process.env.NODE_ENV': '"production"'},
	// Bundled CommonJS dependencies call require() for Node's built-ins.
	banner: {
		js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);",
	},
	legalComments: 'none',
	logLevel: 'warning',
});
