import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import type {ServerResponse} from 'node:http';
import path from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {answerCatalogue} from '../../source/sandbox/answers/answer-catalogue.js';
import {assertCatalogued, evidenceKinds} from '../../source/sandbox/answers/answer-rows.js';
import {sandboxGuessesMarkdown} from '../../source/sandbox/answers/answers-markdown.js';
import {apiAnswers} from '../../source/sandbox/answers/api-answers.js';
import {tokenAnswers} from '../../source/sandbox/answers/token-answers.js';
import {sendApiError, sendTokenError} from '../../source/sandbox/http-responses.js';

// Every answer the sandbox gives names its evidence, and none can be sent without a row.

const sandboxFolder = fileURLToPath(new URL('../../source/sandbox/', import.meta.url));

const everyRow = () =>
	answerCatalogue.flatMap(({title, rows}) =>
		Object.entries(rows).map(([name, row]) => ({name: `${title} ${name}`, row})),
	);

/** A response that records whether anything was written to it. */
function silentResponse() {
	const written: unknown[] = [];
	const response = {
		writeHead: (...args: unknown[]) => written.push(args),
		end: (...args: unknown[]) => written.push(args),
	} as unknown as ServerResponse;
	return {response, written};
}

function sourceFiles(folder: string): string[] {
	return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
		const file = path.join(folder, entry.name);
		return entry.isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : [];
	});
}

describe('the answer catalogue', () => {
	it('gives every answer a condition and evidence of a known kind with a source', () => {
		for (const {name, row} of everyRow()) {
			assert.ok(row.when.trim().length > 0, `${name}: when`);
			assert.ok(evidenceKinds.includes(row.evidence.kind), `${name}: ${row.evidence.kind}`);
			assert.ok(row.evidence.source.trim().length > 0, `${name}: source`);
			if (row.evidence.kind === 'guess') {
				assert.ok(row.evidence.settledBy.trim().length > 0, `${name}: what would settle it`);
			}
		}
	});

	it('registers every row, and each row once', () => {
		const rows = everyRow().map(({row}) => row);
		assert.equal(new Set(rows).size, rows.length);
		for (const {name, row} of everyRow()) {
			assert.doesNotThrow(() => {
				assertCatalogued(row);
			}, name);
		}
	});

	it('refuses to send an answer that is not a row of the catalogue, even one with evidence', () => {
		const madeUp = {...tokenAnswers.invalidClient, description: 'Something else'};
		const token = silentResponse();
		assert.throws(() => {
			sendTokenError(token.response, madeUp);
		}, /not in its catalogue/);
		assert.deepEqual(token.written, []);

		const api = silentResponse();
		assert.throws(() => {
			sendApiError(api.response, {...apiAnswers.unknownPath});
		}, /not in its catalogue/);
		assert.deepEqual(api.written, []);
	});

	it("writes Box's answers only through http-responses.ts (the control surface is not Box)", () => {
		const writers = sourceFiles(sandboxFolder)
			.filter((file) => /\.(writeHead|write|end)\(/.test(readFileSync(file, 'utf8')))
			.map((file) => path.relative(sandboxFolder, file).split(path.sep).join('/'))
			.sort();
		assert.deepEqual(writers, ['control-json.ts', 'http-responses.ts']);
	});

	it('lists every guess in the readme section, with what would settle it', () => {
		const markdown = sandboxGuessesMarkdown();
		for (const {name, row} of everyRow()) {
			if (row.evidence.kind === 'guess') {
				assert.ok(markdown.includes(row.when), `${name} is listed`);
				assert.ok(markdown.includes(row.evidence.settledBy), `${name} says what settles it`);
			}
		}
	});
});
