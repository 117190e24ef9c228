/**
 * The variables a program reads a Box token from, and what `boxauth exec` sets. Box's SDKs read
 * no variable themselves; BOX_DEVELOPER_TOKEN is the one Box's own integrations (langchain-box)
 * and Box's samples read for developer-token auth, which takes any bearer token; BOX_ACCESS_TOKEN
 * is the name boxauth printed first, and the plain one for a script's own `Authorization` header.
 */
export const tokenVariables = ['BOX_DEVELOPER_TOKEN', 'BOX_ACCESS_TOKEN'] as const;

/**
 * The ways people paste a bearer token: an HTTP header, a curl option, shell variables for
 * `eval`, PowerShell variables for `Invoke-Expression`.
 */
export const bearerLineFormats = ['header', 'curl', 'env', 'powershell'] as const;
export type BearerLineFormat = (typeof bearerLineFormats)[number];

/**
 * A word a POSIX shell takes as it is: Box's tokens are letters and digits, so this is the token
 * itself; anything else is single-quoted, so that `eval` never runs a part of it.
 */
function shellWord(value: string): string {
	return /^[\w.~+/=-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

/** A PowerShell string literal: single quotes, inside which only a doubled quote is special. */
const powershellString = (value: string) => `'${value.replaceAll("'", "''")}'`;

export function bearerLine(format: BearerLineFormat, token: string): string {
	switch (format) {
		case 'header': {
			return `Authorization: Bearer ${token}`;
		}

		// curl's own option, two words with no quotes: `curl $(boxauth token --format curl) URL`
		// survives the shell's word splitting, which a quoted -H "Authorization: …" does not.
		case 'curl': {
			return `--oauth2-bearer ${token}`;
		}

		// One line a variable, for `eval "$(boxauth token --format env)"` (or `| source` in fish).
		case 'env': {
			return tokenVariables.map((name) => `export ${name}=${shellWord(token)}`).join('\n');
		}

		// For `boxauth token --format powershell | Invoke-Expression`.
		case 'powershell': {
			return tokenVariables.map((name) => `$env:${name} = ${powershellString(token)}`).join('\n');
		}
	}
}
