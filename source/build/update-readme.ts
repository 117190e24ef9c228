import {readFileSync, writeFileSync} from 'node:fs';
import {withGeneratedSections} from './readme-sections.js';

const readmePath = new URL('../../readme.md', import.meta.url);
writeFileSync(readmePath, withGeneratedSections(readFileSync(readmePath, 'utf8')));
