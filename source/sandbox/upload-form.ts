import {createHash} from 'node:crypto';
import type {IncomingMessage} from 'node:http';
import {type ClientErrorBody, clientErrorBody, clientErrors} from './client-errors.js';

/** What an upload told the sandbox: its attributes, and the file's digest and size, never its bytes. */
export type UploadForm = {attributes: Record<string, unknown>; sha1: string; size: number};

export type UploadFormResult = {ok: true; form: UploadForm} | {ok: false; error: ClientErrorBody};

const fail = (error: ClientErrorBody): UploadFormResult => ({ok: false, error});

async function multipartParts(request: IncomingMessage, body: Buffer): Promise<FormData | string> {
	const contentType = request.headers['content-type'] ?? '';
	if (!/^multipart\/form-data\s*;/i.test(contentType)) {
		return 'The request must be multipart/form-data';
	}

	try {
		// Node's fetch Response parses multipart bodies, so the sandbox needs no parser of its own.
		return await new Response(new Uint8Array(body), {
			headers: {'content-type': contentType},
		}).formData();
	} catch {
		return 'The multipart body could not be read';
	}
}

function parseAttributes(value: FormDataEntryValue | null): Record<string, unknown> | undefined {
	if (typeof value !== 'string') {
		return undefined;
	}

	try {
		const attributes: unknown = JSON.parse(value);
		return typeof attributes === 'object' && attributes !== null && !Array.isArray(attributes)
			? (attributes as Record<string, unknown>)
			: undefined;
	} catch {
		return undefined;
	}
}

/**
 * The `attributes` and `file` parts of an upload, checked as Box checks them: both present,
 * attributes first, and the file's SHA-1 equal to the `content-md5` header when one is sent
 * (box-node-sdk sends it on every upload).
 */
export async function readUploadForm(
	request: IncomingMessage,
	body: Buffer,
): Promise<UploadFormResult> {
	const parts = await multipartParts(request, body);
	if (typeof parts === 'string') {
		return fail(clientErrors.badRequest(parts));
	}

	const names = [...parts.keys()];
	const file = parts.get('file');
	if (!names.includes('attributes')) {
		return fail(clientErrors.badRequest("The 'attributes' part is required"));
	}

	if (file === null) {
		return fail(clientErrors.badRequest("The 'file' part is required"));
	}

	if (names.indexOf('file') < names.indexOf('attributes')) {
		return fail(
			clientErrorBody(
				400,
				'metadata_after_file_contents',
				"The 'attributes' part must come before the 'file' part",
			),
		);
	}

	const attributes = parseAttributes(parts.get('attributes'));
	if (!attributes) {
		return fail(clientErrors.badRequest("The 'attributes' part is not a JSON object"));
	}

	const content =
		typeof file === 'string' ? Buffer.from(file, 'utf8') : Buffer.from(await file.arrayBuffer());
	const sha1 = createHash('sha1').update(content).digest('hex');
	const expected = request.headers['content-md5'];
	if (typeof expected === 'string' && expected.trim().toLowerCase() !== sha1) {
		return fail(
			clientErrorBody(
				400,
				'bad_digest',
				'The specified content-md5 did not match what we received',
			),
		);
	}

	return {ok: true, form: {attributes, sha1, size: content.length}};
}
