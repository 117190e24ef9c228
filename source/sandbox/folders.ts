import type {SandboxItem} from './sandbox-state.js';

export type FolderMini = {
	type: 'folder';
	id: string;
	sequence_id: string | null;
	etag: string | null;
	name: string;
};

/** Box's root folder: every user's `0`, with null `sequence_id` and `etag`. */
const allFiles: FolderMini = {
	type: 'folder',
	id: '0',
	sequence_id: null,
	etag: null,
	name: 'All Files',
};

export const ownsFolder = (items: readonly SandboxItem[], ownerId: string, folderId: string) =>
	folderId === '0' ||
	items.some((item) => item.type === 'folder' && item.id === folderId && item.ownerId === ownerId);

/** The folders from the root down to `folderId`, as Box's `path_collection` lists them. */
export function folderPath(items: readonly SandboxItem[], folderId: string): FolderMini[] {
	const path: FolderMini[] = [];
	let id = folderId;
	// The bound keeps a damaged state file (a folder inside itself) from looping forever.
	while (id !== '0' && path.length < items.length) {
		const folder = items.find((item) => item.type === 'folder' && item.id === id);
		if (!folder) {
			break;
		}

		const etag = folder.etag ?? '0';
		path.unshift({type: 'folder', id: folder.id, sequence_id: etag, etag, name: folder.name});
		id = folder.parentId;
	}

	return [allFiles, ...path];
}
