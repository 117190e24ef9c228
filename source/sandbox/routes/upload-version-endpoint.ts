import {apiAnswers} from '../answers/api-answers.js';
import {authenticate} from '../bearer-auth.js';
import {boxTimestamp, parseBoxTimestamp} from '../box-timestamp.js';
import {newVersionRefusal, uploadRefusal} from '../downscoped-access.js';
import {standardFile} from '../file-fields.js';
import {sendApiError, sendApiJson} from '../http-responses.js';
import {itemNameProblem} from '../item-name.js';
import {nameConflict} from '../name-conflict.js';
import {numericId} from '../random-values.js';
import type {Exchange} from '../sandbox-runtime.js';
import {readUploadForm} from '../upload-form.js';

/** `{uploadUrl}/2.0/files/{file_id}/content`, the one upload route with an ID in its path. */
export const uploadVersionPath = /^\/api\/2\.0\/files\/([^/]+)\/content$/;

// Clients may send the etag quoted, as HTTP writes entity tags.
const unquoted = (etag: string) => etag.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');

/**
 * `POST {uploadUrl}/2.0/files/{file_id}/content`: a new version of a file the caller owns,
 * optionally renamed. Box answers 200 here, unlike the 201 of a new file.
 */
export async function uploadVersionEndpoint(exchange: Exchange): Promise<void> {
	const record = authenticate(exchange);
	if (!record) {
		return;
	}

	const {request, response, url, body, sandbox} = exchange;
	const refusal = uploadRefusal(record);
	if (refusal) {
		sendApiError(response, refusal);
		return;
	}

	const fileId = uploadVersionPath.exec(url.pathname.replace(/\/$/, ''))?.[1];
	const {items} = sandbox.state;
	// Another user's file is a 404, as Box hides what the caller may not see.
	const file = items.find(
		(item) => item.type === 'file' && item.id === fileId && item.ownerId === record.userId,
	);
	if (!file) {
		sendApiError(response, apiAnswers.fileNotFound);
		return;
	}

	const outside = newVersionRefusal(items, record, file);
	if (outside) {
		sendApiError(response, outside);
		return;
	}

	const ifMatch = request.headers['if-match'];
	const etag = file.etag ?? '0';
	if (typeof ifMatch === 'string' && unquoted(ifMatch.trim()) !== etag) {
		sendApiError(response, apiAnswers.preconditionFailed);
		return;
	}

	const upload = await readUploadForm(request, body);
	if (!upload.ok) {
		sendApiError(response, upload.error);
		return;
	}

	const {attributes, sha1, size} = upload.form;
	const {name} = attributes;
	if (name !== undefined && (typeof name !== 'string' || name.length === 0)) {
		sendApiError(response, apiAnswers.versionNameEmpty);
		return;
	}

	const nameProblem = name === undefined ? undefined : itemNameProblem(name);
	if (nameProblem) {
		sendApiError(response, nameProblem);
		return;
	}

	const existing =
		name === undefined
			? undefined
			: nameConflict(items, record.userId, file.parentId, name, file.id);
	if (existing) {
		sendApiError(response, apiAnswers.nameInUse, {existing});
		return;
	}

	const now = boxTimestamp(sandbox.now());
	Object.assign(file, {
		name: name ?? file.name,
		sha1,
		fileVersionId: numericId(12),
		size,
		etag: String(Number(etag) + 1),
		modifiedAt: now,
		contentModifiedAt: parseBoxTimestamp(attributes['content_modified_at']) ?? now,
	});
	sandbox.changed();
	sendApiJson(response, apiAnswers.versionUploaded, {
		total_count: 1,
		entries: [standardFile(sandbox.state, file)],
	});
}
