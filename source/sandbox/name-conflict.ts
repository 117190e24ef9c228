import {type ClientErrorBody, clientErrorBody} from './client-errors.js';
import type {SandboxItem} from './sandbox-state.js';

/**
 * The item of this owner that already uses `name` in the folder. Box compares names without
 * regard to case, so `Report.pdf` conflicts with `report.pdf`; `exceptId` lets a file keep its
 * own name when a new version renames it.
 */
export function nameConflict(
	items: readonly SandboxItem[],
	ownerId: string,
	parentId: string,
	name: string,
	exceptId?: string,
): SandboxItem | undefined {
	const wanted = name.toLowerCase();
	return items.find(
		(item) =>
			item.ownerId === ownerId &&
			item.parentId === parentId &&
			item.id !== exceptId &&
			item.name.toLowerCase() === wanted,
	);
}

/** Box's 409 for a taken name; `conflicts` is an object for files, unlike the spec's array. */
export function nameInUseError(existing: SandboxItem): ClientErrorBody {
	const etag = existing.etag ?? '0';
	return clientErrorBody(409, 'item_name_in_use', 'Item with the same name already exists', {
		conflicts: {
			type: existing.type,
			id: existing.id,
			file_version: {type: 'file_version', id: existing.fileVersionId, sha1: existing.sha1},
			sequence_id: etag,
			etag,
			sha1: existing.sha1,
			name: existing.name,
		},
	});
}
