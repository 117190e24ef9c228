// Log lines and HTTP client messages name the request and the status in passing:
// Guzzle's ``Client error: `POST https://api.box.com/oauth2/token` resulted in a `400 Bad Request` ``
// (rapltech/box-sdk#37), Python's logging network `"POST https://api.box.com/oauth2/token" 400 69`
// (box/box-python-sdk#587), `HTTP/1.1 401 Unauthorized`, `status_code=401`, `statusCode: 400`.

import type {Failure} from '../../diagnosis/failure.js';
import {statusWithReason} from './status-names.js';

const requestMention = /\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) +[`'"]?(https?:\/\/[^\s`'"]+)/g;

const statusMentions = [
	/\bHTTP\/\d(?:\.\d)? (\d{3})\b/,
	/\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \S+" (\d{3})\b/,
	statusWithReason,
	// `CODE: 400` too: Box's own codes are words, never numbers.
	/\b(?:status(?:[ _-]?code)?|code)["']?\s*[:=]\s*(\d{3})\b/i,
];

/** The request and status that the text mentions, when it is not a transcript. */
export function readMentions(text: string): Failure {
	const request = [...text.matchAll(requestMention)].at(-1);
	const status = statusMentions.map((pattern) => pattern.exec(text)?.[1]).find(Boolean);
	return {
		method: request?.[1],
		url: request?.[2],
		status: status ? Number(status) : undefined,
	};
}
