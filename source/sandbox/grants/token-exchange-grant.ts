import {tokenAnswers} from '../answers/token-answers.js';
import {findApp} from '../find-app.js';
import {folderPath} from '../folders.js';
import {liveAccessToken} from '../live-access-token.js';
import type {
	AccessTokenRecord,
	ResourceScope,
	SandboxItem,
	SandboxState,
} from '../sandbox-state.js';
import {failure, type GrantContext, type GrantOutcome, success} from './grant-outcome.js';
import {accessTokenSeconds, issueAccessToken} from './issue-tokens.js';

const accessTokenType = 'urn:ietf:params:oauth:token-type:access_token';

/**
 * The scopes made for downscoping (developer.box.com guides/api-calls/permissions-and-errors/
 * scopes, "Scopes for downscoping"; `item_read` from the spec's ResourceScope; `item_readwrite`
 * and `item_execute_integration` from the Open With guide and box-python-sdk's TokenScope).
 * Any token may be narrowed to them.
 */
export const downscopeOnlyScopes: readonly string[] = [
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
	'item_execute_integration',
	'item_preview',
	'item_read',
	'item_readwrite',
	'item_rename',
	'item_share',
	'item_upload',
];

/** The standard scopes the same guide allows in a downscope: only those the app itself has. */
export const standardDownscopeScopes: readonly string[] = [
	'ai.readwrite',
	'manage_app_users',
	'manage_data_retention',
	'manage_enterprise_properties',
	'manage_groups',
	'manage_managed_users',
	'manage_webhook',
	'root_readonly',
	'root_readwrite',
	'sign_requests.readwrite',
];

const knownScopes = new Set([...downscopeOnlyScopes, ...standardDownscopeScopes]);

/** The app's scopes, reading "read and write all files" as including "read all files". */
function appScopes(state: SandboxState, clientId: string): Set<string> {
	const scopes = new Set(findApp(state, clientId)?.scopes ?? []);
	if (scopes.has('root_readwrite')) {
		scopes.add('root_readonly');
	}

	return scopes;
}

/** Whether the subject token holds the scope: a downscoped one only its own, a full one its app's. */
function subjectHolds(state: SandboxState, subject: AccessTokenRecord, scope: string): boolean {
	if (subject.restrictedTo.length > 0) {
		return subject.restrictedTo.some((entry) => entry.scope === scope);
	}

	return downscopeOnlyScopes.includes(scope) || appScopes(state, subject.clientId).has(scope);
}

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
	if (type === 'folder' && match[2] === '0') {
		return rootFolder(ownerId);
	}

	return state.items.find(
		(item) => item.type === type && item.id === match[2] && item.ownerId === ownerId,
	);
}

/** Every user's root, `folders/0`, which is no item of the state. */
const rootFolder = (ownerId: string): SandboxItem => ({
	type: 'folder',
	id: '0',
	name: 'All Files',
	parentId: '0',
	ownerId,
});

type RestrictedObject = NonNullable<ResourceScope['object']>;

/** The item as `restricted_to` names it; the root, as Box's folder minis do, has null versions. */
const objectOf = (item: SandboxItem): RestrictedObject => {
	const version = item.id === '0' && item.type === 'folder' ? null : (item.etag ?? '0');
	return {type: item.type, id: item.id, sequence_id: version, etag: version, name: item.name};
};

/** Whether `item` is the object a downscoped subject is held to, or inside that folder. */
function within(state: SandboxState, item: SandboxItem, object: RestrictedObject): boolean {
	if (item.type === object.type && item.id === object.id) {
		return true;
	}

	return (
		object.type === 'folder' &&
		item.id !== '0' &&
		folderPath(state.items, item.parentId).some((folder) => folder.id === object.id)
	);
}

/** What is left of the subject token's life, in whole seconds; an App Token's never ends. */
function secondsLeft(subject: AccessTokenRecord, now: number): number {
	return subject.expiresAt === null
		? Number.POSITIVE_INFINITY
		: Math.max(1, Math.floor((subject.expiresAt - now) / 1000));
}

/** Downscoping: a narrower token for one item, for handing to a browser. */
export function tokenExchangeGrant(form: URLSearchParams, context: GrantContext): GrantOutcome {
	const {state, now} = context;
	const subject = liveAccessToken(state, form.get('subject_token') ?? '', now);
	if (!subject || form.get('subject_token_type') !== accessTokenType) {
		return failure(tokenAnswers.subjectTokenInvalid);
	}

	const scopes = [...new Set((form.get('scope') ?? '').split(' ').filter(Boolean))];
	if (scopes.length === 0 || !scopes.every((scope) => knownScopes.has(scope))) {
		return failure(tokenAnswers.downscopeScopeUnknown);
	}

	if (!scopes.every((scope) => subjectHolds(state, subject, scope))) {
		return failure(tokenAnswers.downscopeScopeNotHeld);
	}

	// The sandbox has no shared links, so a `box_shared_link` never names a usable item.
	if (form.has('box_shared_link')) {
		return failure(tokenAnswers.sharedLinkResource);
	}

	// A subject already held to an item passes that on: a narrower token never reaches further.
	const held = subject.restrictedTo.flatMap((entry) => (entry.object ? [entry.object] : []));
	const resource = form.get('resource');
	let object: RestrictedObject | undefined = held[0];
	if (resource) {
		const item = resourceItem(state, resource, subject.userId);
		if (!item) {
			return failure(tokenAnswers.invalidResource);
		}

		if (held.length > 0 && !held.some((each) => within(state, item, each))) {
			return failure(tokenAnswers.resourceOutsideSubject);
		}

		object = objectOf(item);
	}

	// A downscoped token never outlives the token it came from.
	const usual = accessTokenSeconds(state);
	const left = secondsLeft(subject, now);
	return success(
		left < usual ? tokenAnswers.downscopedTokenCapped : tokenAnswers.downscopedToken,
		issueAccessToken(context, {
			kind: 'downscoped',
			clientId: subject.clientId,
			userId: subject.userId,
			restrictedTo: scopes.map((scope) => (object ? {scope, object} : {scope})),
			seconds: Math.min(usual, left),
		}),
	);
}
