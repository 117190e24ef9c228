import type {Failure} from '../box/failure.js';

/**
 * Box's texts come in variants: with and without a trailing period, `date/time` as `date\/time`
 * in raw JSON, `"kid"` quoted in JSON and as `` `kid` `` in the docs, en dashes, doubled spaces.
 * Rows match the normalised form, so one pattern catches every variant.
 */
export function normalise(text: string): string {
	return text
		.replaceAll('\\/', '/')
		.replaceAll('\\"', '"')
		.replaceAll(/["`‘’“”]/g, "'")
		.replaceAll(/[–—]/g, '-')
		.replaceAll(/\s+/g, ' ')
		.toLowerCase();
}

/** Everything Box (or the SDK, or the user's paste) said about the failure, normalised. */
export function whatBoxSaid(failure: Failure): string {
	return normalise(
		[failure.description, failure.text, failure.wwwAuthenticate]
			.filter((part) => part !== undefined)
			.join(' '),
	);
}
