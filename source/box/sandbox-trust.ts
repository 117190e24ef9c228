import {Agent, buildConnector, fetch} from 'undici';

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

/**
 * Trusts `ca` for the origin of `url` (an HTTPS sandbox's), in every transport made by
 * `keptAliveDispatcher` and in `fetchFromSandbox`.
 */
export function trustSandboxCertificate(url: string, ca: string): void {
	const {protocol, host} = new URL(url);
	if (protocol === 'https:') {
		trustedSandboxes.set(originKey(protocol, host), ca);
	}
}

let sandboxAgent: Agent | undefined;

/**
 * A request to boxauth's sandbox outside the Box client (its control surface: the demo apps,
 * a developer token, an admin's approval): an HTTPS sandbox's own authority is trusted, and no
 * proxy is asked, as for any address on this machine.
 */
export async function fetchFromSandbox(url: string, init: {method?: string; body?: string} = {}) {
	sandboxAgent ??= new Agent({connect: sandboxTrustingConnector()});
	return fetch(url, {...init, dispatcher: sandboxAgent});
}
