import assert from 'node:assert/strict';
import {createServer, type Server} from 'node:net';
import {describe, it} from 'node:test';
import {listenForRedirect} from '../../source/box/oauth-callback.js';

// The redirect URI says `localhost`, and a browser may send it to 127.0.0.1 or to ::1.

const state = 'the-state-of-this-login';

async function listenOn(server: Server, port: number, host: string): Promise<number> {
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, resolve);
	});
	const address = server.address();
	return typeof address === 'object' && address ? address.port : 0;
}

const close = (server: Server) =>
	new Promise((resolve) => {
		server.close(resolve);
	});

/** Why IPv6 loopback cannot be tested here, or undefined when it can. */
async function noIpv6Loopback(): Promise<string | undefined> {
	const probe = createServer();
	try {
		await listenOn(probe, 0, '::1');
		await close(probe);
		return undefined;
	} catch (error) {
		return `this machine has no IPv6 loopback (${(error as NodeJS.ErrnoException).code})`;
	}
}

const skip = await noIpv6Loopback();

describe('the OAuth callback listens on both loopbacks', () => {
	it('answers on 127.0.0.1 and on [::1], at the port of its localhost redirect URI', {
		skip,
	}, async (t) => {
		const listener = await listenForRedirect({state, timeoutMs: 10_000});
		t.after(() => listener.close());
		const {port, hostname} = new URL(listener.redirectUri);
		assert.equal(hostname, 'localhost');
		const ipv4 = await fetch(`http://127.0.0.1:${port}/favicon.ico`);
		assert.equal(ipv4.status, 404);
		assert.match(await ipv4.text(), /waits for Box's redirect/);
		const ipv6 = await fetch(`http://[::1]:${port}/callback?code=abc&state=${state}`);
		assert.equal(ipv6.status, 200);
		const outcome = await listener.result;
		assert.equal(outcome.ok && outcome.code, 'abc');
	});

	it('refuses a port that another program holds on ::1 alone, and lets go of 127.0.0.1', {
		skip,
	}, async (t) => {
		const blocker = createServer();
		const port = await listenOn(blocker, 0, '::1');
		t.after(() => close(blocker));
		await assert.rejects(
			listenForRedirect({port, state, timeoutMs: 1000}),
			new RegExp(`Port ${port} is in use`),
		);
		const free = createServer();
		await listenOn(free, port, '127.0.0.1');
		await close(free);
	});

	it('closes both', {skip}, async () => {
		const listener = await listenForRedirect({state, timeoutMs: 10_000});
		const {port} = new URL(listener.redirectUri);
		await listener.close();
		await assert.rejects(fetch(`http://127.0.0.1:${port}/callback`), TypeError);
		await assert.rejects(fetch(`http://[::1]:${port}/callback`), TypeError);
	});
});
