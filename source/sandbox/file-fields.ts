import {findUser} from './find-app.js';
import {folderPath} from './folders.js';
import type {SandboxItem, SandboxState} from './sandbox-state.js';

function userMini(state: SandboxState, userId: string) {
	const user = findUser(state, userId);
	return {type: 'user', id: userId, name: user?.name ?? '', login: user?.login ?? ''};
}

/**
 * Box's standard File, as uploads answer it inside `Files`. Items saved before uploads existed
 * lack times and size; they borrow the owner's creation time and count as empty. Box also sends
 * `shared_link: null`, but the spec's File does not allow null there, so the sandbox leaves it out.
 */
export function standardFile(state: SandboxState, item: SandboxItem): Record<string, unknown> {
	const owner = userMini(state, item.ownerId);
	const ownerCreatedAt = findUser(state, item.ownerId)?.createdAt.replace(/\.\d{3}Z$/, '+00:00');
	const createdAt = item.createdAt ?? ownerCreatedAt ?? '1970-01-01T00:00:00+00:00';
	const modifiedAt = item.modifiedAt ?? createdAt;
	const etag = item.etag ?? '0';
	const path = folderPath(state.items, item.parentId);
	return {
		type: 'file',
		id: item.id,
		file_version: {type: 'file_version', id: item.fileVersionId ?? '', sha1: item.sha1 ?? ''},
		sequence_id: etag,
		etag,
		sha1: item.sha1 ?? '',
		name: item.name,
		description: '',
		size: item.size ?? 0,
		path_collection: {total_count: path.length, entries: path},
		created_at: createdAt,
		modified_at: modifiedAt,
		trashed_at: null,
		purged_at: null,
		content_created_at: item.contentCreatedAt ?? createdAt,
		content_modified_at: item.contentModifiedAt ?? modifiedAt,
		created_by: owner,
		modified_by: owner,
		owned_by: owner,
		parent: path.at(-1),
		item_status: 'active',
	};
}
