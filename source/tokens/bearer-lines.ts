/** The ways people paste a bearer token: an HTTP header, a curl option, a shell variable. */
export const bearerLineFormats = ['header', 'curl', 'env'] as const;
export type BearerLineFormat = (typeof bearerLineFormats)[number];

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

		case 'env': {
			return `export BOX_ACCESS_TOKEN=${token}`;
		}
	}
}
