import {type ClientErrorBody, clientErrorBody} from './client-errors.js';

/** Box's 400 for a file name it refuses, or undefined for a usable one. */
export function itemNameProblem(name: string): ClientErrorBody | undefined {
	if (name.length > 255) {
		return clientErrorBody(400, 'item_name_too_long', 'Item name too long');
	}

	// Slashes would read as a path, and Box trims nothing: these names are refused, not fixed.
	if (/[/\\]/.test(name) || name === '.' || name === '..' || name.trim() !== name) {
		return clientErrorBody(400, 'item_name_invalid', 'Item name invalid');
	}

	return undefined;
}
