import type {ApiErrorAnswer} from './answers/answer-rows.js';
import {apiAnswers} from './answers/api-answers.js';

/** Box's 400 for a file name it refuses, or undefined for a usable one. */
export function itemNameProblem(name: string): ApiErrorAnswer | undefined {
	if (name.length > 255) {
		return apiAnswers.itemNameTooLong;
	}

	// Slashes would read as a path, and Box trims nothing: these names are refused, not fixed.
	if (/[/\\]/.test(name) || name === '.' || name === '..' || name.trim() !== name) {
		return apiAnswers.itemNameInvalid;
	}

	return undefined;
}
