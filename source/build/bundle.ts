import {chmod, rm} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {bundleOptions} from './bundle-options.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Chunk names carry a hash: without this, every build would leave the last one's chunks behind.
await rm(`${root}/dist`, {recursive: true, force: true});

// One bundle, split so that each command loads only what it needs: the plain commands never
// load Ink or React.
await build({
	...bundleOptions(root),
	entryPoints: ['source/cli.tsx'],
	outdir: 'dist',
	splitting: true,
	chunkNames: 'chunks/[name]-[hash]',
});
await chmod(`${root}/dist/cli.js`, 0o755);
