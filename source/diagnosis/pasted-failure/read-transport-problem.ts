// When no HTTP answer came back, the paste names the way the request failed: a curl exit code,
// a Node or undici error code, or the wording of Python's, Java's and .NET's network errors.

import type {TransportProblem} from '../../box/failure.js';

type Finding = {transport: TransportProblem; line: string};

// curl's exit codes (man curl, "EXIT CODES"); 7, 28 and 56 depend on their message.
function curlProblem(code: number, message: string): TransportProblem | undefined {
	if (code === 5 || code === 6) {
		return 'dns';
	}

	if (code === 7) {
		return /timed out/i.test(message) ? 'connect-timeout' : 'refused';
	}

	if (code === 28) {
		return /^(?:Connection|Resolving|Failed to connect)/i.test(message)
			? 'connect-timeout'
			: 'timeout';
	}

	if ([35, 51, 53, 54, 58, 59, 60, 77, 80, 83, 90, 91].includes(code)) {
		return 'tls';
	}

	if (code === 52 || code === 16 || code === 92) {
		return 'dropped';
	}

	if (code === 55 || code === 56) {
		return /\b407\b/.test(message) ? 'proxy-auth' : 'reset';
	}

	return undefined;
}

// Node's system error codes and undici's (`fetch failed` with a `[cause]`), then other runtimes'
// messages, in order of precedence: the first that matches names the problem.
const signs: Array<[RegExp, TransportProblem]> = [
	// Python's `Tunnel connection failed: 407 Proxy Authentication Required`, undici's ProxyAgent.
	[/Proxy Authentication Required|Proxy response \(407\)|\bresponse 407\b/i, 'proxy-auth'],
	[/UND_ERR_SOCKET|other side closed|RemoteDisconnected|Remote end closed connection/i, 'dropped'],
	[
		/\b(?:ENOTFOUND|EAI_AGAIN)\b|Failed to resolve|Name or service not known|nodename nor servname|getaddrinfo failed|UnknownHostException|No such host is known|Temporary failure in name resolution/i,
		'dns',
	],
	[/\bECONNREFUSED\b|Connection refused/i, 'refused'],
	[
		/\b(?:UND_ERR_CONNECT_TIMEOUT|ETIMEDOUT)\b|Connect Timeout Error|ConnectTimeout|connect timed out/i,
		'connect-timeout',
	],
	[
		/\b(?:UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT|ESOCKETTIMEDOUT)\b|Headers Timeout Error|Body Timeout Error|ReadTimeout|Read timed out/i,
		'timeout',
	],
	// Node's `socket hang up` carries ECONNRESET, and is read as a reset as the Box client does.
	[
		/socket hang up|\b(?:ECONNRESET|EPIPE)\b|Connection reset by peer|ConnectionResetError/i,
		'reset',
	],
	[
		/\b(?:CERT_\w+|UNABLE_TO_\w+|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_\w+|ERR_SSL_\w+|EPROTO)\b|CERTIFICATE_VERIFY_FAILED|SSLHandshakeException|PKIX path building failed|certificate verify failed|SSL connection could not be established|unable to verify the first certificate|self[- ]signed certificate|unable to get local issuer certificate|certificate has expired/i,
		'tls',
	],
];

/** How the request failed to get an answer, and the line that says so. */
export function readTransportProblem(text: string): Finding | undefined {
	const lines = text.split('\n');
	for (const line of lines) {
		const [, code, message = ''] = /curl: \((\d+)\) (.*)/.exec(line) ?? [];
		const transport = code ? curlProblem(Number(code), message) : undefined;
		if (transport) {
			return {transport, line: line.trim()};
		}
	}

	for (const [pattern, transport] of signs) {
		const line = lines.find((candidate) => pattern.test(candidate));
		if (line) {
			return {transport, line: line.trim()};
		}
	}

	return undefined;
}
