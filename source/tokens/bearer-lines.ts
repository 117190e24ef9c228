/** The ways people paste a bearer token: an HTTP header, a curl option, a shell variable. */
export const bearerLineFormats = ['header', 'curl', 'env'] as const;
export type BearerLineFormat = (typeof bearerLineFormats)[number];

export function bearerLine(format: BearerLineFormat, token: string): string {
	switch (format) {
		case 'header': {
			return `Authorization: Bearer ${token}`;
		}

		case 'curl': {
			return `-H "Authorization: Bearer ${token}"`;
		}

		case 'env': {
			return `export BOX_ACCESS_TOKEN=${token}`;
		}
	}
}
