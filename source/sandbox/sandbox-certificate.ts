import {createPrivateKey, X509Certificate} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {writeFileAtomically} from '../profiles/write-file-atomically.js';
import type {PemPair} from './make-certificates.js';

/** Where `boxauth sandbox --tls` keeps its certificates, beside the sandbox's state. */
export const sandboxTlsFolder = (configDir: string) => path.join(configDir, 'sandbox-tls');

const tlsFiles = (configDir: string) => {
	const folder = sandboxTlsFolder(configDir);
	return {
		authority: {cert: path.join(folder, 'ca.pem'), key: path.join(folder, 'ca-key.pem')},
		server: {cert: path.join(folder, 'server.pem'), key: path.join(folder, 'server-key.pem')},
	};
};

export type SandboxTls = {
	/** The certificate authority to trust (NODE_EXTRA_CA_CERTS, curl --cacert): a PEM file. */
	caFile: string;
	/** The authority's certificate, as in `caFile`. */
	ca: string;
	/** What the server presents: its certificate and private key, PEM. */
	cert: string;
	key: string;
	/**
	 * What this run made: a new authority (which must be trusted anew), a renewed server
	 * certificate (the trust holds), or nothing (both as they were).
	 */
	made: 'authority' | 'server' | undefined;
};

/** A certificate this close to its end is made again. */
const renewBeforeMs = 30 * 24 * 60 * 60 * 1000;

async function readPair(files: {cert: string; key: string}): Promise<PemPair | undefined> {
	try {
		return {cert: await readFile(files.cert, 'utf8'), key: await readFile(files.key, 'utf8')};
	} catch {
		return undefined;
	}
}

async function writePair(files: {cert: string; key: string}, pair: PemPair): Promise<void> {
	// The key first: a certificate is never on disk without its key. Both owner-only (0600).
	await writeFileAtomically(files.key, pair.key);
	await writeFileAtomically(files.cert, pair.cert);
}

function isCurrent(certificate: X509Certificate, now: number): boolean {
	return (
		Date.parse(certificate.validFrom) <= now &&
		Date.parse(certificate.validTo) - now > renewBeforeMs
	);
}

function usableAuthority(pair: PemPair, now: number): boolean {
	try {
		const authority = new X509Certificate(pair.cert);
		return (
			authority.ca &&
			authority.checkPrivateKey(createPrivateKey(pair.key)) &&
			isCurrent(authority, now)
		);
	} catch {
		return false;
	}
}

function usableServer(pair: PemPair, authorityPem: string, now: number): boolean {
	try {
		const authority = new X509Certificate(authorityPem);
		const server = new X509Certificate(pair.cert);
		return (
			server.checkIssued(authority) &&
			server.verify(authority.publicKey) &&
			server.checkPrivateKey(createPrivateKey(pair.key)) &&
			isCurrent(server, now) &&
			server.checkHost('localhost') !== undefined &&
			server.checkIP('127.0.0.1') !== undefined &&
			server.checkIP('::1') !== undefined
		);
	} catch {
		return false;
	}
}

/** The certificate code, loaded only to make one: @peculiar/x509 needs `Reflect.getMetadata`. */
async function certificateMaker() {
	await import('reflect-metadata');
	return import('./make-certificates.js');
}

/**
 * The sandbox's certificates: the ones in the config folder while they are good, so that a trust
 * set up once keeps working; else new ones. The server certificate is renewed with the same
 * authority; only an authority that is missing, damaged or near its end (ten years) is made anew.
 */
export async function sandboxCertificate(configDir: string, now: number): Promise<SandboxTls> {
	const files = tlsFiles(configDir);
	let made: SandboxTls['made'];
	let authority = await readPair(files.authority);
	if (!(authority && usableAuthority(authority, now))) {
		authority = await (await certificateMaker()).makeCertificateAuthority(now);
		await writePair(files.authority, authority);
		made = 'authority';
	}

	let server = made ? undefined : await readPair(files.server);
	if (!(server && usableServer(server, authority.cert, now))) {
		server = await (await certificateMaker()).makeServerCertificate(authority, now);
		await writePair(files.server, server);
		made ??= 'server';
	}

	return {caFile: files.authority.cert, ca: authority.cert, ...server, made};
}
