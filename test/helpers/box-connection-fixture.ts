import {after} from 'node:test';
import type {BoxConnection} from '../../source/box/box-connection.js';
import {openConnection} from '../../source/box/open-connection.js';
import type {TransportOptions} from '../../source/box/transport.js';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';

/** A client connection to the sandbox, closed when the enclosing suite ends. */
export function connectTo(
	sandbox: RunningSandbox,
	options: Partial<Omit<TransportOptions, 'log'>> = {},
): BoxConnection {
	const connection = openConnection(
		{
			apiUrl: sandbox.urls.baseUrl,
			uploadUrl: sandbox.urls.uploadUrl,
			authorizeUrl: sandbox.urls.authorizeUrl,
		},
		options,
	);
	after(async () => {
		await connection.transport.close();
	});
	return connection;
}

export {consentAs} from './consent-page.js';
