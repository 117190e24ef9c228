// undici's EnvHttpProxyAgent reads these and throws at construction on a value that is not a URL,
// which would crash every command that talks to Box. boxauth checks them first and says which.
const proxyVariables = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'] as const;

/** The proxy variable set to something that is not an http(s) URL, with its value; undefined if none. */
export function badProxySetting(
	environment: Readonly<Record<string, string | undefined>> = process.env,
): {variable: string; value: string} | undefined {
	for (const variable of proxyVariables) {
		const value = environment[variable];
		if (value === undefined || value === '') {
			continue;
		}

		// `proxy.example.com:8080` parses as a URL whose scheme is `proxy.example.com:`.
		if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
			return {variable, value};
		}
	}

	return undefined;
}
