// HTTP statuses are pasted by name as often as by number: `400 Bad Request` in curl and the Box
// CLI, `[BadRequest]` in the .NET SDK (its HttpStatusCode enum), `401 Unauthorized` in logs, and
// `302 Found` from a host that redirects the token request away.

const reasonPhrases = new Map([
	[301, 'Moved Permanently'],
	[302, 'Found'],
	[303, 'See Other'],
	[307, 'Temporary Redirect'],
	[400, 'Bad Request'],
	[401, 'Unauthorized'],
	[403, 'Forbidden'],
	[404, 'Not Found'],
	[405, 'Method Not Allowed'],
	[407, 'Proxy Authentication Required'],
	[408, 'Request Timeout'],
	[409, 'Conflict'],
	[412, 'Precondition Failed'],
	[429, 'Too Many Requests'],
	[500, 'Internal Server Error'],
	[502, 'Bad Gateway'],
	[503, 'Service Unavailable'],
	[504, 'Gateway Timeout'],
]);

/** `400 Bad Request`, `401 Unauthorized`...: a status followed by its reason phrase. */
export const statusWithReason = new RegExp(
	`\\b([1-5]\\d\\d) (?:${[...reasonPhrases.values()].join('|')})\\b`,
);

/** The status a name stands for, in either spelling: `Bad Request` or `BadRequest`. */
export function statusNamed(name: string): number | undefined {
	const squeezed = name.replaceAll(' ', '').toLowerCase();
	for (const [status, phrase] of reasonPhrases) {
		if (phrase.replaceAll(' ', '').toLowerCase() === squeezed) {
			return status;
		}
	}

	return undefined;
}
