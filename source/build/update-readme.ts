import {readFileSync, writeFileSync} from 'node:fs';
import {generatedFiles, withGeneratedSections} from './readme-sections.js';

// `npm run readme`: rewrites the generated sections of readme.md and the files in docs/.
for (const file of generatedFiles) {
	const path = new URL(`../../${file}`, import.meta.url);
	writeFileSync(path, withGeneratedSections(file, readFileSync(path, 'utf8')));
}
