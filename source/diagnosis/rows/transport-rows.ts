import type {DiagnosisRow} from '../diagnosis-row.js';
import {hostOf} from '../failure-facts.js';

// No HTTP answer at all. Each row also matches the error text Node and undici print, for
// failures pasted into `boxauth explain`.

const allowDomains = 'https://developer.box.com/guides/api-calls/allowing-domain-access/';
const setProxy =
	'Behind a proxy: `export HTTPS_PROXY=http://proxy.example.com:8080`, and list hosts that must not use it in `NO_PROXY` (such as `NO_PROXY=127.0.0.1,localhost` for the sandbox)';
const runDoctor = 'Then run `boxauth doctor` to check every step again';

export const transportRows: readonly DiagnosisRow[] = [
	{
		id: 'transport-dns',
		remedy: 'retry',
		seen: '`getaddrinfo ENOTFOUND api.box.com` (or `EAI_AGAIN`)',
		match: [{transport: 'dns'}, {description: /\b(enotfound|eai_again)\b|getaddrinfo/}],
		what: (failure) =>
			`The address of ${hostOf(failure) ?? "Box's server"} could not be looked up (DNS).`,
		why: [
			'No network, or a VPN or Wi-Fi login page that is not through yet',
			'A typo in the host: tokens come from `api.box.com`',
			'This network reaches the internet only through a proxy, and `HTTPS_PROXY` is not set',
			'A DNS server or firewall that blocks `box.com`',
		],
		fix: [
			'Check that `nslookup api.box.com` answers',
			setProxy,
			'Ask IT to allow `api.box.com`, `account.box.com` and `upload.box.com`',
			runDoctor,
		],
		docs: allowDomains,
	},
	{
		id: 'transport-refused',
		remedy: 'retry',
		seen: '`connect ECONNREFUSED`',
		match: [{transport: 'refused'}, {description: /\beconnrefused\b|connection refused/}],
		what: (failure) => `${hostOf(failure) ?? 'The server'} refused the connection.`,
		why: [
			'`HTTPS_PROXY` points at a proxy that is not running, or at the wrong port',
			'A firewall that refuses connections to Box',
			'The URL points at a local server that is not running, such as the sandbox',
		],
		fix: [
			'Look at the proxy settings with `env | grep -i proxy`; correct or unset them',
			'For the sandbox: start it with `boxauth sandbox`, or add `--sandbox` to the command',
			runDoctor,
		],
		docs: allowDomains,
	},
	{
		id: 'transport-reset',
		remedy: 'retry',
		seen: '`read ECONNRESET` or `socket hang up`',
		match: [
			{transport: 'reset'},
			{description: /\beconnreset\b|\bepipe\b|socket hang up|connection reset/},
		],
		what: 'The connection was cut while the request was on its way.',
		why: [
			'A firewall, proxy or security product that cuts connections to Box',
			'A flaky network or VPN',
			'Box closed a connection that had been idle',
		],
		fix: [
			'Try again: a one-off cut is usually a network blip',
			'If it happens every time, try another network or leave the VPN, and ask IT whether `api.box.com` is filtered',
			setProxy,
		],
		docs: allowDomains,
	},
	{
		id: 'transport-dropped',
		remedy: 'retry',
		seen: '`other side closed` (`UND_ERR_SOCKET`)',
		match: [
			{transport: 'dropped'},
			{description: /und_err_socket|und_err_closed|other side closed|premature close/},
		],
		what: "The connection closed before Box's answer arrived.",
		why: [
			'A proxy or load balancer that closed the connection early',
			'A flaky network or VPN',
			'A passing fault at Box',
		],
		fix: [
			'Try again in a minute; check https://status.box.com',
			'If it happens every time, try another network or leave the VPN',
			runDoctor,
		],
		docs: allowDomains,
	},
	{
		id: 'transport-tls',
		remedy: 'person',
		seen: '`unable to verify the first certificate` or `self-signed certificate in certificate chain`',
		match: [
			{transport: 'tls'},
			{
				description:
					/\bcert(ificate)?s?\b|self[- ]signed|unable_to_(verify|get)|err_tls|err_ssl|ssl routines/,
			},
		],
		what: 'The secure connection to Box failed: this machine does not trust the certificate it got.',
		why: [
			"A company proxy or antivirus that inspects HTTPS with its own certificate, which Node doesn't trust",
			"This machine's date is far off, so the certificate looks expired or not yet valid",
			'A Wi-Fi login page or proxy answering in place of Box',
		],
		fix: [
			'Company inspection: ask IT for the root certificate and `export NODE_EXTRA_CA_CERTS=/path/to/company-root.pem`; never turn certificate checks off',
			"Check this machine's date and time",
			runDoctor,
		],
		docs: allowDomains,
	},
	{
		id: 'transport-proxy-auth',
		remedy: 'person',
		seen: '`407 Proxy Authentication Required`',
		match: [
			{transport: 'proxy-auth'},
			{status: 407},
			{description: /proxy authentication required/},
		],
		what: 'The proxy wants a user name and password before it lets the request through.',
		why: [
			'`HTTPS_PROXY` has no credentials in it, or wrong ones',
			'The proxy wants a sign-in method (such as Kerberos or NTLM) that a URL cannot carry',
		],
		fix: [
			'Put the credentials in the proxy URL: `export HTTPS_PROXY=http://USER:PASSWORD@proxy.example.com:8080` (URL-encode special characters in the password)',
			'Keep local addresses off the proxy: `export NO_PROXY=127.0.0.1,localhost`',
			'If the proxy needs Kerberos or NTLM, run a local forwarding proxy and point `HTTPS_PROXY` at it',
			runDoctor,
		],
		docs: allowDomains,
	},
	{
		id: 'transport-proxy-config',
		remedy: 'person',
		seen: '`TypeError: Invalid URL` (`ERR_INVALID_URL`) from a proxy variable',
		match: [{transport: 'proxy-config'}],
		what: (failure) =>
			`${/^proxy-config: (\S+)/.exec(failure.text ?? '')?.[1] ?? 'A proxy variable'} is not a URL, so no request can go through the proxy it names.`,
		why: [
			'`HTTPS_PROXY` or `HTTP_PROXY` (or the lower-case ones) holds a host name without `http://`, a typo, or text pasted by mistake',
		],
		fix: [
			'Set it to a full URL: `export HTTPS_PROXY=http://proxy.example.com:8080`',
			'No proxy on this network? `unset HTTPS_PROXY HTTP_PROXY https_proxy http_proxy`',
			'Keep local addresses off the proxy: `export NO_PROXY=127.0.0.1,localhost`',
			runDoctor,
		],
		docs: allowDomains,
	},
	{
		id: 'transport-connect-timeout',
		remedy: 'retry',
		seen: '`Connect Timeout Error` (`UND_ERR_CONNECT_TIMEOUT`, `ETIMEDOUT`)',
		match: [
			{transport: 'connect-timeout'},
			{description: /und_err_connect_timeout|\betimedout\b|connect timeout/},
		],
		what: (failure) => `No connection to ${hostOf(failure) ?? 'Box'} could be made in time.`,
		why: [
			'A firewall that silently drops connections to Box, common on networks where only a proxy may reach the internet',
			'`HTTPS_PROXY` is needed and not set, or points at a host that cannot be reached',
			'No network',
		],
		fix: [
			setProxy,
			'Ask IT to allow `api.box.com`, `account.box.com` and `upload.box.com`',
			runDoctor,
		],
		docs: allowDomains,
	},
	{
		id: 'transport-timeout',
		remedy: 'retry',
		seen: '`Headers Timeout Error` or `The operation was aborted due to timeout`',
		match: [
			{transport: 'timeout'},
			{
				description:
					/und_err_(headers|body)_timeout|headers timeout|body timeout|aborted due to timeout/,
			},
		],
		what: "Box's answer did not come in time.",
		why: [
			'Box or the network is slow right now',
			'A proxy holding on to the request',
			'A large upload or download that needs more time than allowed',
		],
		fix: [
			'Try again in a minute; check https://status.box.com',
			'Run `boxauth doctor` to see which step is slow',
		],
		docs: allowDomains,
	},
];
