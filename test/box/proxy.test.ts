import assert from 'node:assert/strict';
import {createServer, type Server} from 'node:http';
import {type AddressInfo, connect, type Socket} from 'node:net';
import {after, before, describe, it} from 'node:test';
import {clientCredentialsToken} from '../../source/box/client-credentials.js';
import {diagnose} from '../../source/diagnosis/diagnose.js';
import {connectTo} from '../helpers/box-connection-fixture.js';
import {appOfType, useSandbox} from '../helpers/sandbox-fixture.js';

/**
 * A forward proxy on loopback, as a company network has: it tunnels CONNECT requests, or, asked
 * to, wants credentials first (407). It remembers what it was asked, and closes every socket.
 */
async function startProxy(options: {wantsCredentials: boolean}) {
	const tunnels: string[] = [];
	const sockets = new Set<Socket>();
	const server: Server = createServer((_request, response) => {
		response.writeHead(405).end();
	});
	server.on('connect', (request, client: Socket, head: Buffer) => {
		sockets.add(client);
		tunnels.push(request.url ?? '');
		if (options.wantsCredentials && !request.headers['proxy-authorization']) {
			client.end(
				'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="corp"\r\nContent-Length: 0\r\n\r\n',
			);
			return;
		}

		const [host, port] = (request.url ?? '').split(':');
		const upstream = connect(Number(port), host, () => {
			client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			upstream.write(head);
			upstream.pipe(client);
			client.pipe(upstream);
		});
		sockets.add(upstream);
		const closeBoth = () => {
			client.destroy();
			upstream.destroy();
		};

		upstream.on('error', closeBoth);
		client.on('error', closeBoth);
	});
	await new Promise<void>((resolve) => {
		server.listen(0, '127.0.0.1', resolve);
	});
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		tunnels,
		async close() {
			for (const socket of sockets) {
				socket.destroy();
			}

			server.closeAllConnections();
			await new Promise((resolve) => {
				server.close(resolve);
			});
		},
	};
}

describe('Box through a proxy named by HTTP_PROXY', () => {
	const sandbox = useSandbox();
	const names = ['HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'] as const;
	const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
	let proxy: Awaited<ReturnType<typeof startProxy>>;
	let guarded: Awaited<ReturnType<typeof startProxy>>;

	before(async () => {
		proxy = await startProxy({wantsCredentials: false});
		guarded = await startProxy({wantsCredentials: true});
		// The lower-case name wins in undici; unset, so that the upper-case one counts.
		delete process.env['http_proxy'];
		delete process.env['NO_PROXY'];
		delete process.env['no_proxy'];
	});

	after(async () => {
		// Put back as found: a variable that was unset is deleted, not set to "undefined".
		for (const name of names) {
			if (saved[name] === undefined) {
				delete process.env[name];
			} else {
				process.env[name] = saved[name];
			}
		}

		await proxy.close();
		await guarded.close();
	});

	const ccgToken = async () => {
		const app = appOfType(sandbox(), 'Demo CCG App');
		return clientCredentialsToken(
			connectTo(sandbox(), {retry: {attempts: 1, baseDelayMs: 0, maximumDelayMs: 0}}),
			{clientId: app.clientId, clientSecret: app.clientSecret},
			{type: 'enterprise', id: sandbox().runtime.state.enterprise.id},
		);
	};

	it('gets a token through the tunnel', async () => {
		process.env['HTTP_PROXY'] = proxy.url;
		const issued = await ccgToken();
		assert.equal(issued.ok, true, 'the token came through the proxy');
		assert.deepEqual(
			proxy.tunnels,
			[new URL(sandbox().urls.baseUrl).host],
			'the request went through the proxy',
		);
	});

	it('explains a proxy that wants credentials', async () => {
		process.env['HTTP_PROXY'] = guarded.url;
		const issued = await ccgToken();
		assert.equal(issued.ok, false, 'no token without the proxy credentials');
		if (!issued.ok) {
			assert.equal(issued.failure.transport, 'proxy-auth');
			assert.equal(diagnose(issued.failure).id, 'transport-proxy-auth');
		}
	});
});
