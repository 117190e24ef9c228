// Log lines and HTTP client messages name the request and the status in passing:
// Guzzle's ``Client error: `POST https://api.box.com/oauth2/token` resulted in a `400 Bad Request` ``
// (rapltech/box-sdk#37), Python's logging network `"POST https://api.box.com/oauth2/token" 400 69`
// (box/box-python-sdk#587), Python requests' `401 Client Error: Unauthorized for url: https://…`,
// `HTTP/1.1 401 Unauthorized`, `status_code=401`, `statusCode: 400`, and the OAuth error of the
// redirect that ends a refused login (`/callback?error=access_denied`).

import type {Failure} from '../../box/failure.js';
import {statusWithReason} from './status-names.js';

const requestMention = /\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) +[`'"]?(https?:\/\/[^\s`'"]+)/g;

// A Box URL named without its method is still the one used, unless it links to Box's docs, as
// error bodies do. Other hosts' URLs in passing are proxies and help links, not the request.
const boxUrl =
	/https?:\/\/(?!(?:developers?|support|status)\.box\.com\b)(?:[\w-]+\.)*box\.com(?![\w-]|\.\w)[^\s`'"<>\\]*/i;

const statusMentions = [
	/\bHTTP\/\d(?:\.\d)? (\d{3})\b/,
	/\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \S+" (\d{3})\b/,
	statusWithReason,
	// `CODE: 400` too: Box's own codes are words, never numbers.
	/\b(?:status(?:[ _-]?code)?["']?\s*[:=]?|code["']?\s*[:=])\s*(\d{3})\b/i,
	// A paste that starts with the status, as an SDK's exception message does: `401`, `Error: 404 …`.
	/^\s*(?:\w*Error:\s*)?([1-5]\d\d)(?=[\s;]|$)/,
];

const redirectError = /[?&]error=([a-z_]+)/i;

/** The request, status and OAuth error that the text mentions, when it is not a transcript. */
export function readMentions(text: string): Failure {
	const request = [...text.matchAll(requestMention)].at(-1);
	const status = statusMentions.map((pattern) => pattern.exec(text)?.[1]).find(Boolean);
	return {
		method: request?.[1],
		url: request?.[2] ?? boxUrl.exec(text)?.[0],
		status: status ? Number(status) : undefined,
		error: redirectError.exec(text)?.[1]?.toLowerCase(),
	};
}
