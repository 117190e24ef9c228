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
