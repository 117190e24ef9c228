/** Where boxauth talks to: real Box by default, the sandbox or anything else when told. */
export type BoxUrls = {
	/** The API and token host: `/oauth2/token` and `/2.0/...` hang off it. */
	apiUrl: string;
	/** Box's SDKs' `uploadUrl`: `/2.0/files/content` hangs off it. */
	uploadUrl: string;
	/** The browser's consent page. */
	authorizeUrl: string;
};

export const realBoxUrls: BoxUrls = {
	apiUrl: 'https://api.box.com',
	uploadUrl: 'https://upload.box.com/api',
	authorizeUrl: 'https://account.box.com/api/oauth2/authorize',
};

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

/**
 * The URLs for this run. An API URL alone (`--base-url`, or a running `boxauth sandbox`) implies
 * the other two the way the sandbox lays them out.
 */
export function resolveBoxUrls(
	overrides: {apiUrl?: string; uploadUrl?: string; authorizeUrl?: string} = {},
	environment: Record<string, string | undefined> = {},
): BoxUrls {
	const apiUrl = overrides.apiUrl ?? environment['BOXAUTH_API_URL'];
	if (!apiUrl) {
		return {
			apiUrl: realBoxUrls.apiUrl,
			uploadUrl: overrides.uploadUrl ?? environment['BOXAUTH_UPLOAD_URL'] ?? realBoxUrls.uploadUrl,
			authorizeUrl:
				overrides.authorizeUrl ?? environment['BOXAUTH_AUTHORIZE_URL'] ?? realBoxUrls.authorizeUrl,
		};
	}

	const base = withoutTrailingSlash(apiUrl);
	return {
		apiUrl: base,
		uploadUrl: withoutTrailingSlash(
			overrides.uploadUrl ?? environment['BOXAUTH_UPLOAD_URL'] ?? `${base}/api`,
		),
		authorizeUrl:
			overrides.authorizeUrl ??
			environment['BOXAUTH_AUTHORIZE_URL'] ??
			`${base}/api/oauth2/authorize`,
	};
}
