import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {explainCommand} from '../../source/commands/explain/explain-command.js';
import {diagnose} from '../../source/diagnosis/diagnose.js';
import {wizardStepNames} from '../../source/diagnosis/diagnosis.js';
import {parsePastedFailure} from '../../source/diagnosis/pasted-failure/parse-pasted-failure.js';
import {fixtures} from '../diagnosis/pasted-fixtures.js';

const ccgFailure = `HTTP/2 400
content-type: application/json

{"error":"invalid_grant","error_description":"Grant credentials are invalid"}`;

const withRequestId =
	'Unexpected API Response [412 Precondition Failed | 1wne91fxf8871ide] precondition_failed - The resource has been modified. Please retrieve the resource again and retry';

const nonsense = 'The printer on the third floor is out of toner again';

describe('boxauth explain, plain text', () => {
	it('explains a recognised failure and exits 0', () => {
		const {output, exitCode} = explainCommand(ccgFailure, {json: false});
		const diagnosis = diagnose(parsePastedFailure(ccgFailure));
		assert.equal(exitCode, 0);
		assert.ok(output.startsWith(`What happened: ${diagnosis.what}\n`), output);
		assert.match(
			output,
			/^Read from your paste: 400 invalid_grant "Grant credentials are invalid"$/m,
		);
		assert.ok(output.includes(`Why (most likely first):\n  1. ${diagnosis.why[0]}`), output);
		assert.ok(output.includes(`What to do:\n  1. ${diagnosis.fix[0]}`), output);
		for (const [index, step] of diagnosis.fix.entries()) {
			assert.ok(output.includes(`  ${index + 1}. ${step}`), `fix step ${index + 1} missing`);
		}

		assert.ok(diagnosis.step);
		assert.match(
			output,
			new RegExp(
				`^Wizard step: run \`boxauth setup\` and go back to ${wizardStepNames[diagnosis.step]}$`,
				'm',
			),
		);
		assert.match(output, new RegExp(`^Docs: ${diagnosis.docs}$`, 'm'));
		assert.doesNotMatch(output, /does not recognise|Request ID/);
	});

	it('gives the request ID for Box support', () => {
		const {output} = explainCommand(withRequestId, {json: false});
		assert.match(output, /^Request ID: 1wne91fxf8871ide \(give this to Box support/m);
	});

	it('still gives general next steps for an unrecognised failure, and exits 1', () => {
		const {output, exitCode} = explainCommand(nonsense, {json: false});
		const diagnosis = diagnose(parsePastedFailure(nonsense));
		assert.equal(exitCode, 1);
		assert.match(output, /^boxauth does not recognise this failure yet/);
		assert.ok(diagnosis.fix.length > 0);
		for (const step of diagnosis.fix) {
			assert.ok(output.includes(step), `${step} missing`);
		}
	});

	it('tells how to use it when nothing was pasted, and exits 2', () => {
		for (const input of ['', '  \n\t\n']) {
			const {output, exitCode} = explainCommand(input, {json: false});
			assert.equal(exitCode, 2);
			assert.match(output, /boxauth explain < error\.txt/);
			assert.match(output, /Ctrl\+D/);
		}
	});
});

describe('boxauth explain --json', () => {
	it('prints the recognised flag, the failure and the diagnosis', () => {
		const {output, exitCode} = explainCommand(withRequestId, {json: true});
		const printed = JSON.parse(output) as Record<string, unknown>;
		const failure = parsePastedFailure(withRequestId);
		assert.equal(exitCode, 0);
		assert.deepEqual(Object.keys(printed), ['version', 'recognised', 'failure', 'diagnosis']);
		assert.equal(printed['recognised'], true);
		assert.deepEqual(printed['failure'], failure);
		assert.deepEqual(printed['diagnosis'], diagnose(failure));
	});

	it('says recognised: false with exit 1 for an unrecognised failure', () => {
		const {output, exitCode} = explainCommand(nonsense, {json: true});
		const printed = JSON.parse(output) as Record<string, unknown>;
		assert.equal(exitCode, 1);
		assert.equal(printed['recognised'], false);
		assert.deepEqual(printed['failure'], {description: nonsense});
	});
});

describe('boxauth explain answers real pastes with the row for their case', () => {
	for (const fixture of fixtures.filter((candidate) => candidate.diagnosis)) {
		it(`${fixture.name} (${fixture.source})`, () => {
			const {output, exitCode} = explainCommand(fixture.input, {json: true});
			const printed = JSON.parse(output) as {diagnosis: {id: string}};
			assert.equal(printed.diagnosis.id, fixture.diagnosis);
			assert.equal(exitCode, 0);
		});
	}
});

describe('boxauth explain prints no secret from the paste', () => {
	for (const fixture of fixtures.filter((candidate) => candidate.secrets)) {
		it(fixture.name, () => {
			for (const json of [false, true]) {
				const {output} = explainCommand(fixture.input, {json});
				for (const secret of fixture.secrets ?? []) {
					assert.ok(!output.includes(secret), `${secret} printed (json: ${json})`);
				}
			}
		});
	}
});

describe('boxauth explain starts without the interactive UI', () => {
	const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

	/** The source files a module loads, following relative imports, and the packages they name. */
	function importGraph(
		file: string,
		graph = {files: new Set<string>(), packages: new Set<string>()},
	) {
		if (graph.files.has(file)) {
			return graph;
		}

		graph.files.add(path.relative(root, file));
		graph.files.add(file);
		const source = readFileSync(file, 'utf8');
		for (const [, specifier = ''] of source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
			if (specifier.startsWith('.')) {
				const resolved = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '');
				importGraph(existsSync(`${resolved}.ts`) ? `${resolved}.ts` : `${resolved}.tsx`, graph);
			} else {
				graph.packages.add(specifier);
			}
		}

		return graph;
	}

	it('imports neither Ink nor React', () => {
		const {files, packages} = importGraph(
			path.join(root, 'source/commands/explain/explain-command.ts'),
		);
		// The walk reached the parser and the diagnosis table, so it saw what explain loads.
		assert.ok(files.has('source/diagnosis/pasted-failure/parse-pasted-failure.ts'));
		assert.ok(files.has('source/diagnosis/diagnose.ts'));
		for (const name of packages) {
			assert.doesNotMatch(name, /^(?:ink|react)(?:$|[-/])/, `explain loads ${name}`);
		}
	});
});
