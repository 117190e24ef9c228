import type {ApiErrorAnswer} from './answers/answer-rows.js';
import {apiAnswers} from './answers/api-answers.js';
import {folderPath} from './folders.js';
import type {AccessTokenRecord, ResourceScope, SandboxItem} from './sandbox-state.js';

// What a downscoped token may do on the upload endpoints, the only item endpoints the sandbox
// serves: its scopes say whether it may upload at all, its `restricted_to` objects say where.

/**
 * The scopes that allow an upload (developer.box.com guides/api-calls/permissions-and-errors/
 * scopes): `item_upload` (the Content Picker's), `base_upload` (the Content Uploader's, into the
 * resource), and the read-write scopes.
 */
const uploadScopes = new Set(['item_upload', 'base_upload', 'item_readwrite', 'root_readwrite']);

const uploadEntries = (record: AccessTokenRecord): ResourceScope[] =>
	record.restrictedTo.filter((entry) => uploadScopes.has(entry.scope));

/** Whether the folder is the object, or inside it (every folder is inside the root, `0`). */
function folderWithin(
	items: readonly SandboxItem[],
	folderId: string,
	object: NonNullable<ResourceScope['object']>,
): boolean {
	return (
		object.type === 'folder' &&
		folderPath(items, folderId).some((folder) => folder.id === object.id)
	);
}

/**
 * Before the body is read: why this token may not upload at all, or undefined when it may try.
 * App Tokens keep the sandbox's older refusal; tokens that are not downscoped pass.
 */
export function uploadRefusal(record: AccessTokenRecord): ApiErrorAnswer | undefined {
	if (record.kind === 'app_token') {
		return apiAnswers.accountEndpointDenied;
	}

	if (record.kind === 'downscoped' && uploadEntries(record).length === 0) {
		return apiAnswers.downscopedScopeMissing;
	}

	return undefined;
}

/** A new file in `folderId`: undefined when the token's upload scopes reach that folder. */
export function newFileRefusal(
	items: readonly SandboxItem[],
	record: AccessTokenRecord,
	folderId: string,
): ApiErrorAnswer | undefined {
	if (record.kind !== 'downscoped') {
		return undefined;
	}

	const reaches = uploadEntries(record).some(
		({object}) => !object || folderWithin(items, folderId, object),
	);
	return reaches ? undefined : apiAnswers.downscopedOutsideResource;
}

/** A new version of `file`: the token must be held to that file, its folder, or nothing. */
export function newVersionRefusal(
	items: readonly SandboxItem[],
	record: AccessTokenRecord,
	file: SandboxItem,
): ApiErrorAnswer | undefined {
	if (record.kind !== 'downscoped') {
		return undefined;
	}

	const reaches = uploadEntries(record).some(
		({object}) =>
			!object ||
			(object.type === 'file' && object.id === file.id) ||
			folderWithin(items, file.parentId, object),
	);
	return reaches ? undefined : apiAnswers.downscopedOutsideResource;
}
