import {answerCatalogue} from './answer-catalogue.js';
import {type Answer, type EvidenceKind, evidenceKinds} from './answer-rows.js';

// The readme's account of the sandbox's evidence, made from the catalogue so that it cannot
// drift from what the sandbox answers.

const kindLabels: Record<EvidenceKind, string> = {
	capture: 'capture',
	'support-article': 'support article',
	'staff-answer': 'staff answer',
	docs: 'docs',
	'sdk-code': 'SDK code',
	guess: 'guess',
};

/** What the row sends, in a few words. */
function answerSummary(row: Answer): string {
	switch (row.type) {
		case 'token-error': {
			return `${row.status} \`${row.error}\` "${row.description}"`;
		}

		case 'api-error': {
			const status = typeof row.status === 'number' ? row.status : 'the 5xx asked for,';
			const context = row.contextInfo ? ' with `context_info`' : '';
			return `${status} \`${row.code}\` "${row.message}"${context}`;
		}

		case 'token':
		case 'api': {
			return `${row.status} ${row.body}`;
		}

		case 'challenge': {
			return `${row.status} without a body, \`WWW-Authenticate: ${row.challenge}\``;
		}

		case 'page': {
			return `${row.status} HTML page "${row.heading}"`;
		}

		case 'redirect': {
			return `${row.status} redirect with ${row.query}`;
		}

		case 'empty': {
			return `${row.status} with an empty body`;
		}
	}
}

const shortTitle = (title: string) => title.replace(/ \(.*\)$/, '');

function evidenceTable(): string[] {
	const header = `| answers of | ${evidenceKinds.map((kind) => kindLabels[kind]).join(' | ')} |`;
	const rule = `|---|${evidenceKinds.map(() => '---:').join('|')}|`;
	const rows = answerCatalogue.map(({title, rows: answers}) => {
		const counts = evidenceKinds.map(
			(kind) => Object.values(answers).filter((row) => row.evidence.kind === kind).length,
		);
		return `| ${shortTitle(title)} | ${counts.join(' | ')} |`;
	});
	return [header, rule, ...rows];
}

/** One bullet per thing to settle: guesses that one capture would settle share it. */
function guessBullets(answers: Record<string, Answer>): string[] {
	const bySettlement = new Map<string, Answer[]>();
	for (const row of Object.values(answers)) {
		if (row.evidence.kind === 'guess') {
			const key = row.evidence.settledBy;
			bySettlement.set(key, [...(bySettlement.get(key) ?? []), row]);
		}
	}

	return [...bySettlement].map(([settledBy, rows]) => {
		const what = rows.map((row) => `${row.when} → ${answerSummary(row)}`).join('; ');
		const basis = [...new Set(rows.map((row) => row.evidence.source))].join('; ');
		return `- ${what}. Basis: ${basis}. Settled by ${settledBy}.`;
	});
}

export function sandboxGuessesMarkdown(): string {
	return [
		...evidenceTable(),
		...answerCatalogue.flatMap(({title, rows}) => ['', `${title}:`, '', ...guessBullets(rows)]),
	].join('\n');
}
