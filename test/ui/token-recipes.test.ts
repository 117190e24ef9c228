import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {tokenRecipes} from '../../source/ui/wizard/token-recipes.js';

const urls = {apiUrl: 'https://api.box.com', uploadUrl: 'https://upload.box.com/api'};
const lines = (recipes: ReturnType<typeof tokenRecipes>) =>
	recipes.whoAmI.map((recipe) => `${recipe.says}\n${recipe.command.join('\n')}`).join('\n');

describe("the done screen's first commands", () => {
	it('never calls users/me with an App Token, which Box answers 403', () => {
		const shown = lines(
			tokenRecipes({...urls, profileName: 'no-code', maskedToken: 'abcd…', authType: 'app-token'}),
		);
		assert.doesNotMatch(shown, /users\/me\s*$/m);
		assert.match(shown, /App Tokens may not call users\/me/);
		assert.match(shown, /boxauth token --profile no-code/);
		assert.doesNotMatch(shown, /keeps fresh/, 'nothing renews an App Token');
	});

	it('says a token is kept fresh only where boxauth renews it', () => {
		const renewable = lines(
			tokenRecipes({...urls, profileName: 'ccg', maskedToken: 'abcd…', authType: 'ccg'}),
		);
		assert.match(renewable, /a token that boxauth keeps fresh/);
		const developer = lines(
			tokenRecipes({
				...urls,
				profileName: 'dev',
				maskedToken: 'abcd…',
				authType: 'developer-token',
			}),
		);
		assert.doesNotMatch(developer, /keeps fresh/);
		assert.match(developer, /60 minutes/);
	});
});
