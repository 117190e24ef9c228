import {apiAnswers} from '../answers/api-answers.js';
import {authenticate} from '../bearer-auth.js';
import {boxTimestamp, parseBoxTimestamp} from '../box-timestamp.js';
import {newFileRefusal, uploadRefusal} from '../downscoped-access.js';
import {standardFile} from '../file-fields.js';
import {ownsFolder} from '../folders.js';
import {sendApiError, sendApiJson} from '../http-responses.js';
import {itemNameProblem} from '../item-name.js';
import {nameConflict} from '../name-conflict.js';
import {numericId} from '../random-values.js';
import type {Exchange} from '../sandbox-runtime.js';
import type {SandboxItem} from '../sandbox-state.js';
import {readUploadForm} from '../upload-form.js';

/**
 * `POST {uploadUrl}/2.0/files/content`: a new file. Box never overwrites by name, so a name
 * already in the folder is the preflight's 409, and the caller uploads a new version instead.
 */
export async function uploadFileEndpoint(exchange: Exchange): Promise<void> {
	const record = authenticate(exchange);
	if (!record) {
		return;
	}

	const {request, response, body, sandbox} = exchange;
	const refusal = uploadRefusal(record);
	if (refusal) {
		sendApiError(response, refusal);
		return;
	}

	const upload = await readUploadForm(request, body);
	if (!upload.ok) {
		sendApiError(response, upload.error);
		return;
	}

	const {attributes, sha1, size} = upload.form;
	const {name} = attributes;
	const parentId = (attributes['parent'] as {id?: unknown} | undefined)?.id;
	if (typeof name !== 'string' || name.length === 0) {
		sendApiError(response, apiAnswers.nameMissing);
		return;
	}

	if (typeof parentId !== 'string') {
		sendApiError(response, apiAnswers.parentMissing);
		return;
	}

	const nameProblem = itemNameProblem(name);
	if (nameProblem) {
		sendApiError(response, nameProblem);
		return;
	}

	const {items} = sandbox.state;
	const outside = newFileRefusal(items, record, parentId);
	if (outside) {
		sendApiError(response, outside);
		return;
	}

	if (!ownsFolder(items, record.userId, parentId)) {
		sendApiError(response, apiAnswers.uploadParentNotFound, {folderId: parentId});
		return;
	}

	const existing = nameConflict(items, record.userId, parentId, name);
	if (existing) {
		sendApiError(response, apiAnswers.nameInUse, {existing});
		return;
	}

	const now = boxTimestamp(sandbox.now());
	const file: SandboxItem = {
		type: 'file',
		id: numericId(12),
		name,
		parentId,
		ownerId: record.userId,
		sha1,
		fileVersionId: numericId(12),
		size,
		etag: '0',
		createdAt: now,
		modifiedAt: now,
		contentCreatedAt: parseBoxTimestamp(attributes['content_created_at']) ?? now,
		contentModifiedAt: parseBoxTimestamp(attributes['content_modified_at']) ?? now,
	};
	items.push(file);
	sandbox.changed();
	sendApiJson(response, apiAnswers.fileUploaded, {
		total_count: 1,
		entries: [standardFile(sandbox.state, file)],
	});
}
