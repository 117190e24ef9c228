import {chmod, rm, writeFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {bundleOptions} from './bundle-options.js';
import {bundledPackages, thirdPartyLicenses} from './third-party-licenses.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Chunk names carry a hash: without this, every build would leave the last one's chunks behind.
await rm(`${root}/dist`, {recursive: true, force: true});

// One bundle, split so that each command loads only what it needs: the plain commands never
// load Ink or React.
const {metafile} = await build({
	...bundleOptions(root),
	entryPoints: ['source/cli.tsx'],
	outdir: 'dist',
	splitting: true,
	chunkNames: 'chunks/[name]-[hash]',
	metafile: true,
});
await chmod(`${root}/dist/cli.js`, 0o755);

// The bundle holds other people's code: their licences ship beside it.
await writeFile(
	`${root}/dist/THIRD-PARTY-LICENSES.txt`,
	thirdPartyLicenses(bundledPackages(metafile, root)),
);
