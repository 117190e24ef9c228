import {isLoopbackHostname} from '../../box/loopback-host.js';
import {maskQuoted} from '../../box/mask-secrets.js';
import {type Check, passed, warning} from './check.js';

type Environment = Readonly<Record<string, string | undefined>>;

type Setting = {variable: string; value: string};

/**
 * A variable as undici's EnvHttpProxyAgent reads it (the lower-case name first, and an empty
 * lower-case one wins), so that the report says what the transport really does.
 */
function setting(environment: Environment, name: string): Setting | undefined {
	const lower = environment[name.toLowerCase()];
	const variable = lower === undefined ? name : name.toLowerCase();
	const value = lower ?? environment[name];
	return value ? {variable, value} : undefined;
}

/** A proxy URL with its password hidden whole: even a few characters of one help a guess. */
function withoutPassword(value: string): string {
	try {
		const url = new URL(value);
		return url.password
			? `${url.protocol}//${url.username}:…@${url.host}${url.pathname === '/' ? '' : url.pathname}`
			: value;
	} catch {
		return maskQuoted(value);
	}
}

const shown = ({variable, value}: Setting) => `${variable}=${withoutPassword(value)}`;

const defaultPorts: Record<string, number> = {'http:': 80, 'https:': 443};

/** NO_PROXY as undici matches it: a host, its subdomains, an optional port, or `*`. */
function isExcluded(noProxy: string, url: URL): boolean {
	if (noProxy === '*') {
		return true;
	}

	const hostname = url.host.replace(/:\d*$/, '').toLowerCase();
	const port = Number.parseInt(url.port, 10) || defaultPorts[url.protocol] || 0;
	return noProxy
		.split(/[,\s]/)
		.filter(Boolean)
		.some((entry) => {
			const [, host = entry, entryPort] = /^(.+):(\d+)$/.exec(entry) ?? [];
			const excluded = host.replace(/^\*?\./, '').toLowerCase();
			if (entryPort !== undefined && Number(entryPort) !== port) {
				return false;
			}

			return hostname === excluded || hostname.endsWith(`.${excluded}`);
		});
}

/** Which proxy, if any, requests to the API host go through, with any password masked. */
export function checkProxy(environment: Environment, apiUrl: string): Check {
	const url = new URL(apiUrl);
	const httpProxy = setting(environment, 'HTTP_PROXY');
	const proxy =
		url.protocol === 'https:' ? (setting(environment, 'HTTPS_PROXY') ?? httpProxy) : httpProxy;
	const noProxy = setting(environment, 'NO_PROXY');
	if (!proxy) {
		return passed('proxy', `No proxy is set: boxauth connects to ${url.host} directly`);
	}

	if (noProxy && isExcluded(noProxy.value, url)) {
		return passed(
			'proxy',
			`${shown(proxy)} is set, but ${shown(noProxy)} excludes ${url.host}: boxauth connects to it directly`,
		);
	}

	const through = `Requests to ${url.host} go through ${shown(proxy)}${noProxy ? ` (${shown(noProxy)} does not exclude it)` : ''}`;
	return isLoopbackHostname(url.hostname)
		? warning(
				'proxy',
				`${through}, and a proxy cannot reach a server on this machine: add ${url.hostname} to NO_PROXY`,
			)
		: passed('proxy', through);
}
