// The scopes Box can narrow a token to, and the `resource` it can hold one to.

/**
 * Box's downscope scopes: the table "Scopes for downscoping" of developer.box.com
 * guides/api-calls/permissions-and-errors/scopes (the UI Element scopes, then the standard
 * scopes it allows), `item_read` from the spec's ResourceScope, and `item_readwrite` and
 * `item_execute_integration` from the Open With guide (box-python-sdk's TokenScope has
 * `item_readwrite` too). The sandbox keeps its own copy; a test keeps the two alike.
 */
export const downscopeScopes: readonly string[] = [
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
	'root_readonly',
	'root_readwrite',
	'manage_managed_users',
	'manage_app_users',
	'manage_groups',
	'manage_webhook',
	'manage_enterprise_properties',
	'manage_data_retention',
	'sign_requests.readwrite',
	'ai.readwrite',
];

/** `--scope` as typed: words apart by spaces or commas, each once, in the order given. */
export const scopeWords = (typed: string): string[] => [
	...new Set(typed.split(/[\s,]+/).filter(Boolean)),
];

/** What to send for `--resource`: an API URL of a file or folder, or a shared link. */
export type DownscopeTarget = {resource: string} | {sharedLink: string};

/** The API URL for a Box web app link to a file or folder, for saying what to type instead. */
function apiUrlOfWebLink(url: URL, apiUrl: string): string | undefined {
	const match = /^\/(file|folder)\/(\d+)\/?$/.exec(url.pathname);
	return match ? `${apiUrl}/2.0/${match[1]}s/${match[2]}` : undefined;
}

/**
 * Reads `--resource`: a full API URL such as `https://api.box.com/2.0/folders/123` (Box wants
 * it whole), or a shared link (`https://app.box.com/s/…`), sent as `box_shared_link`. Anything
 * else is a problem in words, with the API URL to use when a web app link was given.
 */
export function downscopeTarget(
	typed: string,
	apiUrl: string,
): {ok: true; target: DownscopeTarget} | {ok: false; problem: string} {
	let url: URL;
	try {
		url = new URL(typed);
	} catch {
		return {
			ok: false,
			problem: `--resource takes a full API URL, such as ${apiUrl}/2.0/folders/123; got "${typed}".`,
		};
	}

	if (/^\/2\.0\/(files|folders)\/\d+\/?$/.test(url.pathname)) {
		return {ok: true, target: {resource: typed.replace(/\/$/, '')}};
	}

	if (/^\/(s|v)\/[^/]+/.test(url.pathname)) {
		return {ok: true, target: {sharedLink: typed}};
	}

	const meant = apiUrlOfWebLink(url, apiUrl);
	return {
		ok: false,
		problem: meant
			? `--resource takes the API URL of the item, not its web page: use ${meant}.`
			: `--resource takes the API URL of a file or folder (${apiUrl}/2.0/files/ID or ${apiUrl}/2.0/folders/ID) or a shared link; got "${typed}".`,
	};
}
