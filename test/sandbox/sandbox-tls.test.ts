import assert from 'node:assert/strict';
import {X509Certificate} from 'node:crypto';
import {mkdtempSync, statSync, writeFileSync} from 'node:fs';
import {readFile, writeFile} from 'node:fs/promises';
import {request} from 'node:https';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import {connect, createServer} from 'node:tls';
import {ExchangeLog} from '../../source/box/exchange-log.js';
import {fetchFromSandbox, trustSandboxCertificate} from '../../source/box/sandbox-trust.js';
import {createTransport, TransportError} from '../../source/box/transport.js';
import {
	announceRunningSandbox,
	runningSandboxUrls,
} from '../../source/profiles/running-sandbox-file.js';
import {
	type SandboxTls,
	sandboxCertificate,
	sandboxTlsFolder,
} from '../../source/sandbox/sandbox-certificate.js';
import {type RunningSandbox, startSandbox} from '../../source/sandbox/start-sandbox.js';
import {ccgForm, useSandbox} from '../helpers/sandbox-fixture.js';

// `boxauth sandbox --tls`: the sandbox's own certificate authority, kept in the config folder and
// reused, the sandbox serving HTTPS with it, and boxauth's own connections trusting it for the
// sandbox's origin only.

const dayMs = 24 * 60 * 60 * 1000;
const noRetry = {attempts: 1, baseDelayMs: 0, maximumDelayMs: 0};
const newConfigDir = () => mkdtempSync(path.join(tmpdir(), 'boxauth-tls-'));

type HttpsAnswer = {status: number; json: Record<string, unknown>};

/** One HTTPS request with node:https, as a program given the CA file (curl --cacert) makes it. */
function httpsCall(
	url: string,
	options: {ca?: string; method?: string; form?: Record<string, string>} = {},
): Promise<HttpsAnswer> {
	const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
	return new Promise((resolve, reject) => {
		const outgoing = request(
			url,
			{
				method: options.method ?? 'GET',
				...(options.ca === undefined ? {} : {ca: options.ca}),
				headers: body ? {'content-type': 'application/x-www-form-urlencoded'} : {},
				timeout: 5000,
			},
			(response) => {
				let text = '';
				response.setEncoding('utf8');
				response.on('data', (chunk: string) => {
					text += chunk;
				});
				response.on('end', () => {
					resolve({
						status: response.statusCode ?? 0,
						json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
					});
				});
			},
		);
		outgoing.on('error', reject);
		outgoing.end(body);
	});
}

const certificateError = (code: string) => (error: Error & {code?: string}) => {
	assert.equal(error.code, code, error.message);
	return true;
};

describe("the sandbox's certificate", () => {
	it('is kept in the config folder, its keys owner-only, and reused on the next run', async () => {
		const configDir = newConfigDir();
		const now = Date.now();
		const first = await sandboxCertificate(configDir, now);
		assert.equal(first.made, 'authority');
		assert.equal(first.caFile, path.join(sandboxTlsFolder(configDir), 'ca.pem'));
		assert.equal(await readFile(first.caFile, 'utf8'), first.ca);
		if (process.platform !== 'win32') {
			for (const name of ['ca-key.pem', 'server-key.pem']) {
				const mode = statSync(path.join(sandboxTlsFolder(configDir), name)).mode & 0o777;
				assert.equal(mode, 0o600, `${name} is 0600`);
			}
		}

		const again = await sandboxCertificate(configDir, now + dayMs);
		assert.equal(again.made, undefined);
		assert.deepEqual(
			{ca: again.ca, cert: again.cert, key: again.key},
			{ca: first.ca, cert: first.cert, key: first.key},
		);
	});

	it('names localhost, 127.0.0.1 and ::1, and is signed by the authority', async () => {
		const tls = await sandboxCertificate(newConfigDir(), Date.now());
		const authority = new X509Certificate(tls.ca);
		const server = new X509Certificate(tls.cert);
		assert.equal(authority.ca, true);
		assert.equal(server.ca, false);
		assert.ok(server.checkIssued(authority) && server.verify(authority.publicKey));
		assert.equal(server.checkHost('localhost'), 'localhost');
		assert.equal(server.checkIP('127.0.0.1'), '127.0.0.1');
		assert.equal(server.checkIP('::1'), '::1');
		assert.equal(server.checkHost('example.com'), undefined);
	});

	it('is renewed near its end by the same authority, so the trust holds', async () => {
		const configDir = newConfigDir();
		const now = Date.now();
		const first = await sandboxCertificate(configDir, now);
		const validTo = Date.parse(new X509Certificate(first.cert).validTo);
		const renewed = await sandboxCertificate(configDir, validTo - 10 * dayMs);
		assert.equal(renewed.made, 'server');
		assert.equal(renewed.ca, first.ca);
		assert.notEqual(renewed.cert, first.cert);
		assert.ok(Date.parse(new X509Certificate(renewed.cert).validTo) > validTo);
	});

	it('is made anew, authority and all, when the authority is damaged', async () => {
		const configDir = newConfigDir();
		const first = await sandboxCertificate(configDir, Date.now());
		writeFileSync(first.caFile, 'not a certificate');
		const remade = await sandboxCertificate(configDir, Date.now());
		assert.equal(remade.made, 'authority');
		assert.notEqual(remade.ca, first.ca);
		assert.equal(await readFile(remade.caFile, 'utf8'), remade.ca);
	});

	it('comes from an authority that cannot vouch for any other name, however trusted', async () => {
		const configDir = newConfigDir();
		const tls = await sandboxCertificate(configDir, Date.now());
		await import('reflect-metadata');
		const {makeServerCertificate} = await import('../../source/sandbox/make-certificates.js');
		const authorityKey = await readFile(
			path.join(sandboxTlsFolder(configDir), 'ca-key.pem'),
			'utf8',
		);
		const forged = await makeServerCertificate({cert: tls.ca, key: authorityKey}, Date.now(), {
			dns: ['example.com'],
			ip: [],
		});
		const server = createServer({cert: forged.cert, key: forged.key}, (socket) => {
			socket.end();
		});
		await new Promise<void>((resolve) => {
			server.listen(0, '127.0.0.1', resolve);
		});
		try {
			const {port} = server.address() as {port: number};
			const refused = await new Promise<Error & {code?: string}>((resolve, reject) => {
				const socket = connect({host: '127.0.0.1', port, servername: 'example.com', ca: tls.ca});
				socket.on('secureConnect', () => {
					socket.destroy();
					reject(new Error('a certificate for example.com was accepted'));
				});
				socket.on('error', resolve);
			});
			assert.match(refused.message, /permitted subtree violation/i);
		} finally {
			server.close();
		}
	});
});

const served: SandboxTls = await sandboxCertificate(newConfigDir(), Date.now());

describe('a sandbox serving HTTPS', {timeout: 20_000}, () => {
	const sandbox = useSandbox({tls: served});

	it('gets a token from /oauth2/token for a client given the CA file (curl --cacert)', async () => {
		assert.match(sandbox().urls.baseUrl, /^https:\/\/127\.0\.0\.1:\d+$/);
		const answer = await httpsCall(`${sandbox().urls.baseUrl}/oauth2/token`, {
			method: 'POST',
			ca: served.ca,
			form: ccgForm(sandbox()),
		});
		assert.equal(answer.status, 200);
		assert.match(String(answer.json['access_token']), /^\S{20,}$/);
	});

	it('is refused by a client not given it', async () => {
		await assert.rejects(
			httpsCall(`${sandbox().urls.baseUrl}/oauth2/token`, {
				method: 'POST',
				form: ccgForm(sandbox()),
			}),
			certificateError('UNABLE_TO_VERIFY_LEAF_SIGNATURE'),
		);
	});

	it("is trusted by boxauth's connections once a running sandbox announces it", async () => {
		const usersMe = async () => {
			const transport = createTransport({now: Date.now, log: new ExchangeLog(), retry: noRetry});
			try {
				return await transport.send({
					method: 'GET',
					url: `${sandbox().urls.baseUrl}/2.0/users/me`,
					headers: {authorization: `Bearer ${sandbox().describe().developerToken}`},
				});
			} finally {
				await transport.close();
			}
		};

		await assert.rejects(usersMe(), (error: Error) => {
			assert.ok(error instanceof TransportError);
			assert.equal(error.problem, 'tls');
			return true;
		});

		// As `boxauth sandbox --tls` announces itself, from a process other than this one.
		const announcing = newConfigDir();
		await announceRunningSandbox(
			announcing,
			{
				apiUrl: sandbox().urls.baseUrl,
				uploadUrl: sandbox().urls.uploadUrl,
				authorizeUrl: sandbox().urls.authorizeUrl,
			},
			served.caFile,
		);
		const file = path.join(announcing, 'sandbox-running.json');
		const record = JSON.parse(await readFile(file, 'utf8')) as {pid: number};
		await writeFile(file, JSON.stringify({...record, pid: process.ppid}));
		assert.equal((await runningSandboxUrls(announcing))?.apiUrl, sandbox().urls.baseUrl);

		const answer = await usersMe();
		assert.equal(answer.status, 200);
		// And the way the commands read the sandbox's control surface.
		const control = await fetchFromSandbox(`${sandbox().urls.baseUrl}/_sandbox`);
		assert.equal(control.status, 200);
		assert.equal(
			((await control.json()) as {enterprise: {id: string}}).enterprise.id,
			sandbox().describe().enterprise.id,
		);
	});
});

describe('trust in one HTTPS sandbox', {timeout: 20_000}, () => {
	it('is for its origin only: another with another authority is still refused', async () => {
		const first = await sandboxCertificate(newConfigDir(), Date.now());
		const second = await sandboxCertificate(newConfigDir(), Date.now());
		const started: RunningSandbox[] = [];
		try {
			const trusted = await startSandbox({tls: first});
			started.push(trusted);
			const other = await startSandbox({tls: second});
			started.push(other);
			trustSandboxCertificate(trusted.urls.baseUrl, first.ca);
			const transport = createTransport({now: Date.now, log: new ExchangeLog(), retry: noRetry});
			try {
				const ok = await transport.send({
					method: 'POST',
					url: `${trusted.urls.baseUrl}/oauth2/token`,
					body: {form: new URLSearchParams(ccgForm(trusted))},
				});
				assert.equal(ok.status, 200);
				await assert.rejects(
					transport.send({
						method: 'POST',
						url: `${other.urls.baseUrl}/oauth2/token`,
						body: {form: new URLSearchParams(ccgForm(other))},
					}),
					(error: Error) => error instanceof TransportError && error.problem === 'tls',
				);
			} finally {
				await transport.close();
			}
		} finally {
			await Promise.all(started.map(async (sandbox) => sandbox.close()));
		}
	});
});
