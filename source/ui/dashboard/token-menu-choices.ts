import type {BearerLineFormat} from '../../tokens/bearer-lines.js';

/** The ways the token menu hands a token out: the key, the line's format, and its name. */
export const tokenMenuChoices: ReadonlyArray<{
	key: string;
	format: BearerLineFormat;
	words: string;
	hint: string;
}> = [
	{key: 'h', format: 'header', words: 'an HTTP header', hint: 'header'},
	{key: 'u', format: 'curl', words: 'a curl option', hint: 'curl option'},
	{key: 'e', format: 'env', words: 'shell variables', hint: 'shell'},
	{key: 'p', format: 'powershell', words: 'PowerShell variables', hint: 'PowerShell'},
];

/** The format a key in the token menu chooses, if it chooses one. */
export const tokenMenuFormatOf = (key: string): BearerLineFormat | undefined =>
	tokenMenuChoices.find((choice) => choice.key === key)?.format;
