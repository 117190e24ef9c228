// `curl -v` (`> POST /oauth2/token HTTP/2`, `> Host: api.box.com`, `< HTTP/2 400`, `< header: ...`),
// `curl -i` (`HTTP/2 400`, headers, a blank line, the body) and raw HTTP dumps from proxies
// such as Fiddler share one layout: a start line, `Name: value` headers, a blank line, a body.

import type {Failure} from '../../box/failure.js';
import {mediaType} from './media-type.js';

type Message = {line: number; headers: Map<string, string>; headersEnd: number};
type Request = Message & {method: string; target: string; streamUrl?: string};
type Response = Message & {status: number};

const requestLine =
	/^(?:> )?(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT) (\S+) HTTP\/\d(?:\.\d)?\s*$/;
const statusLine = /^(?:< )?HTTP\/\d(?:\.\d)? (\d{3})\b/;
const headerLine = /^(?:[<>] )?([\w-]+):[ \t]*(.*)$/;
// curl 8 names the full URL before sending an HTTP/2 request: `* [HTTP/2] [1] OPENED stream for URL`.
const streamOpened = /OPENED stream for (\S+)/;

/** The `Name: value` lines after a start line, up to the blank line that ends them. */
function readHeaders(lines: string[], start: number): Pick<Message, 'headers' | 'headersEnd'> {
	const headers = new Map<string, string>();
	let index = start + 1;
	for (; index < lines.length; index++) {
		const match = headerLine.exec(lines[index] ?? '');
		if (!match) {
			break;
		}

		const [, name = '', value = ''] = match;
		if (!headers.has(name.toLowerCase())) {
			headers.set(name.toLowerCase(), value.trim());
		}
	}

	return {headers, headersEnd: index};
}

function readMessages(lines: string[]): {requests: Request[]; responses: Response[]} {
	const requests: Request[] = [];
	const responses: Response[] = [];
	let streamUrl: string | undefined;
	for (const [line, text] of lines.entries()) {
		const request = requestLine.exec(text);
		const response = statusLine.exec(text);
		if (request) {
			const [, method = '', target = ''] = request;
			requests.push({line, method, target, streamUrl, ...readHeaders(lines, line)});
			streamUrl = undefined;
		} else if (response) {
			responses.push({line, status: Number(response[1]), ...readHeaders(lines, line)});
		} else {
			streamUrl = streamOpened.exec(text)?.[1] ?? streamUrl;
		}
	}

	return {requests, responses};
}

/** The failure the user is asking about: the last error answer, else the last final answer. */
function chosenResponse(responses: Response[]): Response | undefined {
	const final = responses.filter((response) => response.status >= 200);
	return final.findLast((response) => response.status >= 400) ?? final.at(-1);
}

function urlOf(request: Request, text: string): string | undefined {
	if (request.streamUrl) {
		return request.streamUrl;
	}

	if (/^https?:\/\//.test(request.target)) {
		return request.target;
	}

	const host = request.headers.get('host');
	if (!host) {
		return undefined;
	}

	// The scheme is not in a request line; a URL for the same host elsewhere (the curl
	// command) tells it, and Box is HTTPS only.
	const escapedHost = host.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const scheme = new RegExp(`(https?)://${escapedHost}`).exec(text)?.[1] ?? 'https';
	return `${scheme}://${host}${request.target}`;
}

function bodyOf(lines: string[], response: Response, nextMessageLine: number): string {
	return lines
		.slice(response.headersEnd, nextMessageLine)
		.filter((line) => !/^(?:\* |[{}] \[)/.test(line))
		.join('\n');
}

/**
 * The request the user made for `response`: the last one before it, or, when it answered a
 * followed redirect (`curl -L`), the request that started the chain, whose URL is the one to check.
 * Proxy tunnels (`CONNECT`) are not requests to Box.
 */
function requestFor(response: Response | undefined, requests: Request[], responses: Response[]) {
	const before = (line: number) =>
		requests.findLast((request) => request.method !== 'CONNECT' && request.line < line);
	let request = before(response?.line ?? Infinity);
	let redirect = responses.findLast((candidate) => candidate.line < (request?.line ?? 0));
	while (request && redirect && redirect.status >= 300 && redirect.status < 400) {
		// A cut paste may show a redirect with no request before it: stop there, or loop for ever.
		const earlier = before(redirect.line);
		if (!earlier) {
			break;
		}

		request = earlier;
		redirect = responses.findLast((candidate) => candidate.line < earlier.line);
	}

	return request;
}

/** What an HTTP transcript shows of the failed exchange, and the body of the answer. */
export function readHttpTranscript(text: string): {failure: Failure; body?: string} {
	const lines = text.split('\n');
	const {requests, responses} = readMessages(lines);
	const response = chosenResponse(responses);
	const request = requestFor(response, requests, responses);
	const nextMessageLine =
		[...requests, ...responses]
			.map((message) => message.line)
			.filter((line) => line > (response?.line ?? Infinity))
			.sort((a, b) => a - b)[0] ?? lines.length;
	const contentType = request?.headers.get('content-type');
	return {
		failure: {
			status: response?.status,
			wwwAuthenticate: response?.headers.get('www-authenticate'),
			requestId: response?.headers.get('box-request-id'),
			method: request?.method,
			url: request ? urlOf(request, text) : undefined,
			requestContentType: contentType ? mediaType(contentType) : undefined,
		},
		body: response ? bodyOf(lines, response, nextMessageLine) : undefined,
	};
}
