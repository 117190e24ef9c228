import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
	type AuthTypeAnswers,
	authTypeQuestions,
	nextQuestion,
	recommendAuthType,
} from '../../source/wizard/auth-type-questions.js';

describe('choosing an auth type by questions', () => {
	it('asks the questions in order: try now, never expires, a person logs in, key pair', () => {
		assert.deepEqual(
			authTypeQuestions.map((question) => question.id),
			['just-trying', 'never-expires', 'person-logs-in', 'key-pair'],
		);
	});

	const paths: Array<{answers: AuthTypeAnswers; authType: string; because: RegExp}> = [
		{answers: {'just-trying': true}, authType: 'developer-token', because: /try the API now/},
		{
			answers: {'just-trying': false, 'never-expires': true},
			authType: 'app-token',
			because: /no-code tool/,
		},
		{
			answers: {'just-trying': false, 'never-expires': false, 'person-logs-in': true},
			authType: 'oauth',
			because: /person logs in/,
		},
		{
			answers: {
				'just-trying': false,
				'never-expires': false,
				'person-logs-in': false,
				'key-pair': true,
			},
			authType: 'jwt',
			because: /key pair/,
		},
		{
			answers: {
				'just-trying': false,
				'never-expires': false,
				'person-logs-in': false,
				'key-pair': false,
			},
			authType: 'ccg',
			because: /client secret is enough/,
		},
	];

	for (const path of paths) {
		it(`recommends ${path.authType} for ${JSON.stringify(path.answers)}`, () => {
			assert.equal(nextQuestion(path.answers), undefined, 'the answers decide');
			const recommendation = recommendAuthType(path.answers);
			assert.equal(recommendation.authType, path.authType);
			assert.match(recommendation.because, path.because);
		});
	}

	it('gives a different reason for every recommendation, one sentence each', () => {
		const reasons = paths.map((path) => recommendAuthType(path.answers).because);
		assert.equal(new Set(reasons).size, reasons.length, 'no two reasons are the same');
		for (const reason of reasons) {
			assert.match(reason, /^[A-Z](?:[^.]|\.\d)*\.$/, `one sentence: ${reason}`);
		}
	});

	it('asks each question in turn while the answers are no', () => {
		const asked: string[] = [];
		const answers: AuthTypeAnswers = {};
		for (let question = nextQuestion(answers); question; question = nextQuestion(answers)) {
			asked.push(question.id);
			answers[question.id] = false;
		}

		assert.deepEqual(asked, ['just-trying', 'never-expires', 'person-logs-in', 'key-pair']);
	});

	it('stops at the first yes, leaving the later questions unasked', () => {
		assert.equal(nextQuestion({'just-trying': false, 'never-expires': true}), undefined);
		assert.equal(nextQuestion({'just-trying': true}), undefined);
		assert.equal(nextQuestion({'just-trying': false})?.id, 'never-expires');
	});

	it('asks an earlier unanswered question before a later answered one', () => {
		assert.equal(nextQuestion({'key-pair': true})?.id, 'just-trying');
	});

	it('says why each question matters', () => {
		for (const question of authTypeQuestions) {
			assert.match(question.question, /\?$/, `${question.id} is a question`);
			assert.ok(question.why.length > 20, `${question.id} says why it is asked`);
		}
	});
});
