import {createHash} from 'node:crypto';
import {numericId} from './random-values.js';
import type {SandboxState} from './sandbox-state.js';

/** Every sandbox user owns one file, so the upload preflight has a name to conflict with. */
export function addWelcomeFile(state: SandboxState, ownerId: string): void {
	const content = `Welcome to the sandbox, ${ownerId}`;
	state.items.push({
		type: 'file',
		id: numericId(12),
		name: 'Welcome.txt',
		parentId: '0',
		ownerId,
		sha1: createHash('sha1').update(content).digest('hex'),
		fileVersionId: numericId(12),
		size: Buffer.byteLength(content),
	});
}
