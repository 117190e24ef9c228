import {Agent, buildConnector, setGlobalDispatcher} from 'undici';

/**
 * The certificates of the HTTPS sandboxes (`boxauth sandbox --tls`) this process talks to, by
 * origin: their own certificate authority, which no system trusts. Only these origins get it;
 * every other host is checked against the system's authorities as before.
 */
const trustedSandboxes = new Map<string, string>();

const originKey = (protocol: string, host: string) => `${protocol}//${host}`.toLowerCase();

/** The CA certificate (PEM) to trust for this origin, if it is a sandbox's. */
export function sandboxCertificateFor(protocol: string, host: string): string | undefined {
	return trustedSandboxes.get(originKey(protocol, host));
}

/**
 * A connector for undici that trusts a sandbox's certificate authority for the sandbox's origin
 * only, and otherwise connects as undici would with `options`.
 */
export function sandboxTrustingConnector(
	options: buildConnector.BuildOptions = {},
): buildConnector.connector {
	const plain = buildConnector(options);
	const trusting = new Map<string, buildConnector.connector>();
	return (connectOptions, callback) => {
		const ca = sandboxCertificateFor(connectOptions.protocol, connectOptions.host ?? '');
		if (ca === undefined) {
			plain(connectOptions, callback);
			return;
		}

		let connector = trusting.get(ca);
		if (!connector) {
			connector = buildConnector({...options, ca});
			trusting.set(ca, connector);
		}

		connector(connectOptions, callback);
	};
}

let fetchTrustsSandboxes = false;

/**
 * Trusts `ca` for the origin of `url` (an HTTPS sandbox's): in every transport made by
 * `keptAliveDispatcher`, and in `fetch()`, whose global dispatcher becomes one that trusts the
 * sandboxes and otherwise connects as Node's own does (no proxy).
 */
export function trustSandboxCertificate(url: string, ca: string): void {
	const {protocol, host} = new URL(url);
	if (protocol !== 'https:') {
		return;
	}

	trustedSandboxes.set(originKey(protocol, host), ca);
	if (!fetchTrustsSandboxes) {
		fetchTrustsSandboxes = true;
		setGlobalDispatcher(new Agent({connect: sandboxTrustingConnector()}));
	}
}
