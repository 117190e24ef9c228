import {createHash} from 'node:crypto';
import type {IncomingMessage} from 'node:http';
import type {ApiErrorAnswer} from './answers/answer-rows.js';
import {apiAnswers} from './answers/api-answers.js';

/** What an upload told the sandbox: its attributes, and the file's digest and size, never its bytes. */
export type UploadForm = {attributes: Record<string, unknown>; sha1: string; size: number};

export type UploadFormResult = {ok: true; form: UploadForm} | {ok: false; error: ApiErrorAnswer};

const fail = (error: ApiErrorAnswer): UploadFormResult => ({ok: false, error});

async function multipartParts(
	request: IncomingMessage,
	body: Buffer,
): Promise<FormData | ApiErrorAnswer> {
	const contentType = request.headers['content-type'] ?? '';
	if (!/^multipart\/form-data\s*;/i.test(contentType)) {
		return apiAnswers.notMultipart;
	}

	try {
		// Node's fetch Response parses multipart bodies, so the sandbox needs no parser of its own.
		return await new Response(new Uint8Array(body), {
			headers: {'content-type': contentType},
		}).formData();
	} catch {
		return apiAnswers.multipartUnreadable;
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
	if (!(parts instanceof FormData)) {
		return fail(parts);
	}

	const names = [...parts.keys()];
	const file = parts.get('file');
	if (!names.includes('attributes')) {
		return fail(apiAnswers.attributesMissing);
	}

	if (file === null) {
		return fail(apiAnswers.filePartMissing);
	}

	if (names.indexOf('file') < names.indexOf('attributes')) {
		return fail(apiAnswers.metadataAfterFileContents);
	}

	const attributes = parseAttributes(parts.get('attributes'));
	if (!attributes) {
		return fail(apiAnswers.attributesNotObject);
	}

	const content =
		typeof file === 'string' ? Buffer.from(file, 'utf8') : Buffer.from(await file.arrayBuffer());
	const sha1 = createHash('sha1').update(content).digest('hex');
	const expected = request.headers['content-md5'];
	if (typeof expected === 'string' && expected.trim().toLowerCase() !== sha1) {
		return fail(apiAnswers.badDigest);
	}

	return {ok: true, form: {attributes, sha1, size: content.length}};
}
