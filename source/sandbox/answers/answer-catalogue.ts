import type {Answer} from './answer-rows.js';
import {apiAnswers} from './api-answers.js';
import {authorizeAnswers} from './authorize-answers.js';
import {revokeAnswers} from './revoke-answers.js';
import {tokenAnswers} from './token-answers.js';

export type AnswerSection = {title: string; rows: Record<string, Answer>};

/** Every answer the sandbox can give, by the endpoint that gives it. */
export const answerCatalogue: readonly AnswerSection[] = [
	{title: 'Token endpoint (`POST /oauth2/token`)', rows: tokenAnswers},
	{title: 'Revoke (`POST /oauth2/revoke`)', rows: revokeAnswers},
	{title: 'Browser login (`/api/oauth2/authorize`)', rows: authorizeAnswers},
	{title: 'API and uploads (`/2.0`, any path)', rows: apiAnswers},
];
