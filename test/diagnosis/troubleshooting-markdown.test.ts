import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {diagnosisTable, unrecognisedRow} from '../../source/diagnosis/diagnosis-table.js';
import {troubleshootingMarkdown} from '../../source/diagnosis/troubleshooting-markdown.js';

describe('the troubleshooting file', () => {
	const markdown = troubleshootingMarkdown();

	it('is the same on every call, so docs/troubleshooting.md can be checked against it', () => {
		assert.equal(troubleshootingMarkdown(), markdown);
	});

	it('has one heading per row, in table order, the fallback last', () => {
		const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
		assert.equal(headings.length, diagnosisTable.length + 1);
		assert.equal(headings[0], `## ${diagnosisTable[0]?.seen}`);
		assert.equal(headings.at(-1), `## ${unrecognisedRow.seen}`);
	});

	it("shows each row's guide and its step in the wizard", () => {
		for (const row of diagnosisTable) {
			assert.ok(markdown.includes(`<${row.docs}>`), row.id);
		}

		assert.match(markdown, /go back to the step Admin authorization\./);
	});

	it('keeps code spans as they are and escapes Markdown outside them', () => {
		assert.ok(markdown.includes('`Authorization: Bearer <token>`'));
		assert.ok(
			markdown.includes('The "box\\_subject\\_type" value is unauthorized for this client\\_id'),
		);
		const outsideCode = markdown
			.replaceAll(/`[^`\n]*`/g, '')
			.replaceAll(/<https:\/\/[^>\s]+>/g, '');
		assert.doesNotMatch(outsideCode, /(?<!\\)[<_*[\]]/);
	});

	it('tells how to reach its entries from a terminal, and ends with one newline', () => {
		assert.match(markdown, /^Each heading is an error/);
		assert.match(markdown, /`boxauth explain --list`.*`boxauth explain --show ID`/);
		assert.ok(markdown.endsWith('>\n'));
	});
});
