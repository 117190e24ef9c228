import type {ServerResponse} from 'node:http';

/**
 * The control surface's answers. They are not Box's, so they come from no row of the answer
 * catalogue: with http-responses.ts, the only place that writes responses.
 */
export function sendControlJson(response: ServerResponse, status: number, body: unknown): void {
	const text = JSON.stringify(body);
	response.writeHead(status, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(text),
	});
	response.end(text);
}
