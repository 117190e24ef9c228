import {tokenAnswers} from '../answers/token-answers.js';
import {liveAccessToken} from '../live-access-token.js';
import type {ResourceScope, SandboxItem, SandboxState} from '../sandbox-state.js';
import {failure, type GrantContext, type GrantOutcome, success} from './grant-outcome.js';
import {issueAccessToken} from './issue-tokens.js';

const accessTokenType = 'urn:ietf:params:oauth:token-type:access_token';

/** The scopes a token can be downscoped to (box-auth-reference.md section 2.5). */
const downscopeScopes = new Set([
	'annotation_edit',
	'annotation_view_all',
	'annotation_view_self',
	'base_explorer',
	'base_picker',
	'base_preview',
	'base_sidebar',
	'base_upload',
	'item_delete',
	'item_download',
	'item_preview',
	'item_read',
	'item_rename',
	'item_share',
	'item_upload',
	'root_readonly',
	'root_readwrite',
]);

function resourceItem(
	state: SandboxState,
	resource: string,
	ownerId: string,
): SandboxItem | undefined {
	let path: string;
	try {
		path = new URL(resource).pathname;
	} catch {
		return undefined;
	}

	const match = /^\/2\.0\/(files|folders)\/(\d+)$/.exec(path);
	if (!match) {
		return undefined;
	}

	const type = match[1] === 'files' ? 'file' : 'folder';
	return state.items.find(
		(item) => item.type === type && item.id === match[2] && item.ownerId === ownerId,
	);
}

/** Downscoping: a narrower token for one item, for handing to a browser. */
export function tokenExchangeGrant(form: URLSearchParams, context: GrantContext): GrantOutcome {
	const {state, now} = context;
	const subject = liveAccessToken(state, form.get('subject_token') ?? '', now);
	if (!subject || form.get('subject_token_type') !== accessTokenType) {
		return failure(tokenAnswers.subjectTokenInvalid);
	}

	const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
	const heldScopes = new Set(subject.restrictedTo.map((entry) => entry.scope));
	const mayGrant = (scope: string) =>
		downscopeScopes.has(scope) && (subject.restrictedTo.length === 0 || heldScopes.has(scope));
	if (scopes.length === 0 || !scopes.every(mayGrant)) {
		return failure(tokenAnswers.downscopeScopeRefused);
	}

	// The sandbox has no shared links, so a `box_shared_link` never names a usable item.
	if (form.has('box_shared_link')) {
		return failure(tokenAnswers.sharedLinkResource);
	}

	const resource = form.get('resource');
	let object: ResourceScope['object'];
	if (resource) {
		const item = resourceItem(state, resource, subject.userId);
		if (!item) {
			return failure(tokenAnswers.invalidResource);
		}

		object = {type: item.type, id: item.id, sequence_id: '0', etag: '0', name: item.name};
	}

	return success(
		tokenAnswers.downscopedToken,
		issueAccessToken(context, {
			kind: 'downscoped',
			clientId: subject.clientId,
			userId: subject.userId,
			restrictedTo: scopes.map((scope) => (object ? {scope, object} : {scope})),
		}),
	);
}
