import {createPrivateKey, KeyObject, randomBytes, webcrypto} from 'node:crypto';
import {AsnConvert} from '@peculiar/asn1-schema';
import {
	GeneralName,
	GeneralSubtree,
	GeneralSubtrees,
	id_ce_nameConstraints,
	NameConstraints,
} from '@peculiar/asn1-x509';
import {
	AuthorityKeyIdentifierExtension,
	BasicConstraintsExtension,
	ExtendedKeyUsage,
	ExtendedKeyUsageExtension,
	Extension,
	KeyUsageFlags,
	KeyUsagesExtension,
	SubjectAlternativeNameExtension,
	SubjectKeyIdentifierExtension,
	X509Certificate,
	X509CertificateGenerator,
} from '@peculiar/x509';

// Loaded only to make certificates, after `reflect-metadata` (which @peculiar/x509 needs, and
// sandbox-certificate.ts loads first): a sandbox whose certificate is on disk loads neither.

/** The names the sandbox's certificate holds: the loopback addresses, and localhost. */
export const loopbackNames = {dns: ['localhost'], ip: ['127.0.0.1', '::1']} as const;

const keyAlgorithm = {name: 'ECDSA', namedCurve: 'P-256'};
const signingAlgorithm = {name: 'ECDSA', hash: 'SHA-256'};
const dayMs = 24 * 60 * 60 * 1000;

export type PemPair = {cert: string; key: string};

// A positive serial number of 16 random bytes, as RFC 5280 asks (at most 20 octets, not negative).
const serialNumber = () => {
	const bytes = randomBytes(16);
	bytes[0] = (bytes[0] ?? 0) & 0x7f;
	return bytes.toString('hex');
};

const keyPem = (key: webcrypto.CryptoKey) =>
	KeyObject.from(key).export({type: 'pkcs8', format: 'pem'}).toString();

const generateKeys = async () =>
	(await webcrypto.subtle.generateKey(keyAlgorithm, true, [
		'sign',
		'verify',
	])) as webcrypto.CryptoKeyPair;

/**
 * The name constraints that make the authority unable to vouch for anything but this machine:
 * however widely it is trusted, a certificate it signs for any other name is refused.
 */
function loopbackOnly(): Extension {
	const subtree = (base: GeneralName) => new GeneralSubtree({base});
	const constraints = new NameConstraints({
		permittedSubtrees: new GeneralSubtrees([
			subtree(new GeneralName({dNSName: 'localhost'})),
			subtree(new GeneralName({iPAddress: '127.0.0.0/8'})),
			subtree(new GeneralName({iPAddress: '::1/128'})),
		]),
	});
	return new Extension(id_ce_nameConstraints, true, AsnConvert.serialize(constraints));
}

/**
 * A certificate authority of the sandbox's own, valid ten years from `now`, that can sign only
 * for the loopback names. Its key stays in the config folder (0600), so that a server certificate
 * can be renewed without asking anyone to trust a new authority.
 */
export async function makeCertificateAuthority(now: number): Promise<PemPair> {
	const keys = await generateKeys();
	const certificate = await X509CertificateGenerator.createSelfSigned({
		serialNumber: serialNumber(),
		name: 'CN=boxauth sandbox local CA, O=boxauth sandbox',
		notBefore: new Date(now - dayMs),
		notAfter: new Date(now + 3652 * dayMs),
		signingAlgorithm: {...keyAlgorithm, ...signingAlgorithm},
		keys,
		extensions: [
			new BasicConstraintsExtension(true, 0, true),
			new KeyUsagesExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true),
			await SubjectKeyIdentifierExtension.create(keys.publicKey),
			loopbackOnly(),
		],
	});
	return {cert: certificate.toString('pem'), key: keyPem(keys.privateKey)};
}

/**
 * A server certificate for localhost, 127.0.0.1 and ::1, signed by the authority, valid from a
 * day before `now` for 825 days (the longest that Apple's TLS accepts).
 */
export async function makeServerCertificate(
	authority: PemPair,
	now: number,
	names: {dns: readonly string[]; ip: readonly string[]} = loopbackNames,
): Promise<PemPair> {
	const issuer = new X509Certificate(authority.cert);
	const signingKey = await webcrypto.subtle.importKey(
		'pkcs8',
		createPrivateKey(authority.key).export({type: 'pkcs8', format: 'der'}),
		keyAlgorithm,
		false,
		['sign'],
	);
	const keys = await generateKeys();
	const certificate = await X509CertificateGenerator.create({
		serialNumber: serialNumber(),
		subject: 'CN=localhost, O=boxauth sandbox',
		issuer: issuer.subject,
		notBefore: new Date(now - dayMs),
		notAfter: new Date(now + 825 * dayMs),
		signingAlgorithm: {...keyAlgorithm, ...signingAlgorithm},
		publicKey: keys.publicKey,
		signingKey,
		extensions: [
			new BasicConstraintsExtension(false, undefined, true),
			new KeyUsagesExtension(KeyUsageFlags.digitalSignature, true),
			new ExtendedKeyUsageExtension([ExtendedKeyUsage.serverAuth]),
			new SubjectAlternativeNameExtension([
				...names.dns.map((value) => ({type: 'dns' as const, value})),
				...names.ip.map((value) => ({type: 'ip' as const, value})),
			]),
			await SubjectKeyIdentifierExtension.create(keys.publicKey),
			await AuthorityKeyIdentifierExtension.create(issuer.publicKey),
		],
	});
	return {cert: certificate.toString('pem'), key: keyPem(keys.privateKey)};
}
