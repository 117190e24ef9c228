import type {BuildOptions} from 'esbuild';

/**
 * The packages the bundle leaves out, which are therefore the package's only `dependencies`
 * (everything else it uses is bundled, so it is a devDependency). @napi-rs/keyring loads a
 * native addon for the platform, which no bundle can hold: keychain.ts requires it at run time.
 */
export const externalPackages: readonly string[] = ['@napi-rs/keyring'];

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
	external: [...externalPackages],
	alias: {'react-devtools-core': './source/build/react-devtools-core-stub.ts'},
	define: {'process.env.NODE_ENV': '"production"'},
	// Bundled CommonJS dependencies call require() for Node's built-ins.
	banner: {
		js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);",
	},
	// Whitespace and syntax (a quarter of the bundle: 1 MB of an 8 MB install); names stay, so a
	// stack trace still reads.
	minifyWhitespace: true,
	minifySyntax: true,
	// The licences of the bundled packages go to dist/THIRD-PARTY-LICENSES.txt, in full.
	legalComments: 'none',
	logLevel: 'warning',
});
