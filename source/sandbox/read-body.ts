import type {IncomingMessage} from 'node:http';

/** Far above any real auth request; a larger body is refused rather than buffered. */
export const maximumBodyBytes = 64 * 1024;

/** Box takes direct uploads up to 50 MB and wants chunked uploads above. */
export const maximumUploadBytes = 50 * 1024 * 1024;

export type BodyResult = {ok: true; body: Buffer} | {ok: false};

export async function readBody(
	request: IncomingMessage,
	limit = maximumBodyBytes,
): Promise<BodyResult> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request) {
		size += (chunk as Buffer).length;
		if (size > limit) {
			return {ok: false};
		}

		chunks.push(chunk as Buffer);
	}

	return {ok: true, body: Buffer.concat(chunks)};
}

/** Box reads token requests as form fields; any other body type leaves it with no fields. */
export function formFields(request: IncomingMessage, body: Buffer): URLSearchParams {
	const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
	if (contentType && contentType !== 'application/x-www-form-urlencoded') {
		return new URLSearchParams();
	}

	return new URLSearchParams(body.toString('utf8'));
}
