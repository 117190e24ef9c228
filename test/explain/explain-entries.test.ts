import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {explain} from '../../source/diagnosis/diagnose.js';
import {
	troubleshootingEntry,
	troubleshootingRows,
} from '../../source/diagnosis/troubleshooting-markdown.js';
import {runCli} from '../helpers/run-cli.js';

// `boxauth explain --list` and `--show ID`, through the built CLI: docs/troubleshooting.md one
// command away.

const troubleshootingFile = readFileSync(
	new URL('../../docs/troubleshooting.md', import.meta.url),
	'utf8',
);

/** The row whose text has Markdown escapes in the file: `box\_subject\_type`. */
const escapedRow = troubleshootingRows.find((row) => row.id === 'subject-type-unauthorized');

const pastedFailure =
	'{"error":"invalid_grant","error_description":"Grant credentials are invalid"}';

describe('boxauth explain --list (built CLI)', () => {
	it("names every entry, ID and heading, one per line, in the file's order", async () => {
		// A paste on stdin is not read: --list answers the same with or without one.
		const {code, stdout, stderr} = await runCli(['explain', '--list'], {stdin: pastedFailure}).done;
		assert.equal(code, 0, stderr);
		assert.equal(stderr, '');
		const lines = stdout.trimEnd().split('\n');
		assert.equal(lines.length, troubleshootingRows.length);
		for (const [index, row] of troubleshootingRows.entries()) {
			assert.match(lines[index] ?? '', new RegExp(`^${row.id} +\\S`));
			assert.ok(lines[index]?.endsWith(row.seen), `${row.id}: ${lines[index]}`);
		}
	});

	it('gives {version, entries: [{id, seen}]} with --json', async () => {
		const {code, stdout} = await runCli(['explain', '--list', '--json']).done;
		assert.equal(code, 0);
		assert.deepEqual(JSON.parse(stdout), {
			version: 1,
			entries: troubleshootingRows.map(({id, seen}) => ({id, seen})),
		});
	});
});

describe('boxauth explain --show ID (built CLI)', () => {
	it("prints the entry as docs/troubleshooting.md has it, without Markdown's backslashes", async () => {
		assert.ok(escapedRow);
		const {code, stdout, stderr} = await runCli(['explain', '--show', escapedRow.id]).done;
		assert.equal(code, 0, stderr);
		assert.equal(stdout, `${troubleshootingEntry(escapedRow, (words) => words)}\n`);
		assert.match(stdout, /The "box_subject_type" value is unauthorized for this client_id/);
		assert.ok(troubleshootingFile.includes(troubleshootingEntry(escapedRow)), 'the file has it');
	});

	it("gives the row's what, why, fix and docs with --json", async () => {
		assert.ok(escapedRow);
		const {code, stdout} = await runCli(['explain', '--show', escapedRow.id, '--json']).done;
		assert.equal(code, 0);
		const printed = JSON.parse(stdout) as Record<string, unknown>;
		assert.deepEqual(printed, {version: 1, ...explain(escapedRow, {})});
		for (const field of ['what', 'why', 'fix', 'docs']) {
			assert.ok(field in printed, `has ${field}`);
		}
	});

	it('exits 2 for an unknown ID and suggests the one meant', async () => {
		const {code, stdout, stderr} = await runCli(['explain', '--show', 'subject-type-unauthorised'])
			.done;
		assert.equal(code, 2);
		assert.equal(stdout, '');
		assert.match(
			stderr,
			/^No troubleshooting entry "subject-type-unauthorised"\. Did you mean subject-type-unauthorized\? Run boxauth explain --list to see them\.$/m,
		);
	});

	it('exits 2 without an ID, or with --list as well', async () => {
		const bare = await runCli(['explain', '--show']).done;
		assert.equal(bare.code, 2);
		assert.match(bare.stderr, /--show needs a value/);
		const both = await runCli(['explain', '--list', '--show', 'unrecognised']).done;
		assert.equal(both.code, 2);
		assert.match(both.stderr, /--list or --show ID, not both/);
	});
});

describe('boxauth explain without the flags (built CLI)', () => {
	it('still explains a paste on stdin, and still asks for one when stdin is empty', async () => {
		const explained = await runCli(['explain'], {stdin: pastedFailure}).done;
		assert.equal(explained.code, 0, explained.stderr);
		assert.match(explained.stdout, /^What happened: /);
		const empty = await runCli(['explain']).done;
		assert.equal(empty.code, 2);
		assert.match(empty.stderr, /boxauth explain < error\.txt/);
		assert.match(empty.stderr, /boxauth explain --list/);
	});

	it('names --list and --show in its help', async () => {
		const {code, stdout} = await runCli(['explain', '--help']).done;
		assert.equal(code, 0);
		assert.ok(stdout.includes('--list'));
		assert.ok(stdout.includes('--show ID'));
	});
});
