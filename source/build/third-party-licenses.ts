import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Metafile} from 'esbuild';

export type BundledPackage = {
	name: string;
	version: string;
	license: string;
	/** The package's folder, relative to the project. */
	folder: string;
	/** Its LICENSE, COPYING and NOTICE files, as they are in node_modules. */
	files: Array<{name: string; text: string}>;
};

// The folder of the package a bundled file belongs to: the part of its path up to the package
// name after the last node_modules/ (a package nested in another's node_modules is its own).
const packageFolder = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//;
const licenseFile = /^(?:licen[cs]e|copying|notice)(?:[.-].*)?$/i;

/** Every package with a file in the bundle, from esbuild's metafile: name, version, licence. */
export function bundledPackages(metafile: Metafile, root: string): BundledPackage[] {
	const folders = new Set<string>();
	for (const input of Object.keys(metafile.inputs)) {
		const folder = packageFolder.exec(input)?.[1];
		if (folder) {
			folders.add(folder);
		}
	}

	const packages = [...folders].map((folder): BundledPackage => {
		const manifest = JSON.parse(readFileSync(path.join(root, folder, 'package.json'), 'utf8')) as {
			name: string;
			version: string;
			license?: string;
		};
		const files = readdirSync(path.join(root, folder), {withFileTypes: true})
			.filter((entry) => entry.isFile() && licenseFile.test(entry.name))
			.map((entry) => entry.name)
			.sort()
			.map((name) => ({name, text: readFileSync(path.join(root, folder, name), 'utf8')}));
		return {
			name: manifest.name,
			version: manifest.version,
			license: manifest.license ?? 'not stated',
			folder,
			files,
		};
	});
	return packages.sort(
		(a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version, 'en'),
	);
}

const rule = '='.repeat(80);

/** The text of dist/THIRD-PARTY-LICENSES.txt: each bundled package and its licence files. */
export function thirdPartyLicenses(packages: readonly BundledPackage[]): string {
	const seen = new Set<string>();
	const sections: string[] = [];
	for (const bundled of packages) {
		const id = `${bundled.name}@${bundled.version}`;
		if (seen.has(id)) {
			continue;
		}

		seen.add(id);
		const texts =
			bundled.files.length > 0
				? bundled.files.map((file) => `--- ${file.name}\n\n${file.text.trim()}\n`)
				: [
						`The package ships no licence file; its package.json gives the licence as ${bundled.license}.\n`,
					];
		sections.push(
			`${rule}\n${bundled.name} ${bundled.version} (${bundled.license})\n\n${texts.join('\n')}`,
		);
	}

	return `boxauth's dist/ bundles the ${seen.size} packages below: their code is in dist/ and their licences follow.\n\n${sections.join('\n')}`;
}
