import {type AuthType, allAuthTypes, authTypes} from '../../box/auth-types.js';

/** The words `--auth-type` takes, from the auth type records. */
export const authTypeFlagWords: readonly string[] = allAuthTypes.map(
	(authType) => authTypes[authType].flagWord,
);

/** The auth type a word `--auth-type` takes stands for (the word already checked against them). */
export function authTypeOfFlagWord(word: string): AuthType {
	const found = allAuthTypes.find((authType) => authTypes[authType].flagWord === word);
	if (found === undefined) {
		throw new Error(`--auth-type has no word "${word}"`);
	}

	return found;
}
