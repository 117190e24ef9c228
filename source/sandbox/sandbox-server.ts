import type {IncomingMessage, ServerResponse} from 'node:http';
import {setTimeout as delay} from 'node:timers/promises';
import {apiAnswers} from './answers/api-answers.js';
import type {Fault} from './faults.js';
import {sendApiError} from './http-responses.js';
import {maximumBodyBytes, maximumUploadBytes, readBody} from './read-body.js';
import {authorizeEndpoint} from './routes/authorize-endpoint.js';
import {controlEndpoints} from './routes/control-endpoints.js';
import {revokeEndpoint} from './routes/revoke-endpoint.js';
import {tokenEndpoint} from './routes/token-endpoint.js';
import {uploadFileEndpoint} from './routes/upload-file-endpoint.js';
import {uploadPreflightEndpoint} from './routes/upload-preflight-endpoint.js';
import {uploadVersionEndpoint, uploadVersionPath} from './routes/upload-version-endpoint.js';
import {usersMeEndpoint} from './routes/users-me-endpoint.js';
import type {Exchange, SandboxRuntime} from './sandbox-runtime.js';

type Route = {methods: string[] | 'any'; handle: (exchange: Exchange) => void | Promise<void>};

/** Box routes on the path alone: `/oauth2/token#refresh` arrives as `/oauth2/token`. */
const routes = new Map<string, Route>([
	['/oauth2/token', {methods: 'any', handle: tokenEndpoint}],
	['/oauth2/revoke', {methods: 'any', handle: revokeEndpoint}],
	['/api/oauth2/authorize', {methods: ['GET', 'POST'], handle: authorizeEndpoint}],
	['/2.0/users/me', {methods: ['GET'], handle: usersMeEndpoint}],
	['/2.0/files/content', {methods: ['OPTIONS'], handle: uploadPreflightEndpoint}],
	['/api/2.0/files/content', {methods: ['POST'], handle: uploadFileEndpoint}],
]);

/** Routes with an ID in the path; the handler reads the ID from the URL with the same pattern. */
const patternRoutes: [RegExp, Route][] = [
	[uploadVersionPath, {methods: ['POST'], handle: uploadVersionEndpoint}],
];

const findRoute = (path: string): Route | undefined =>
	routes.get(path) ?? patternRoutes.find(([pattern]) => pattern.test(path))?.[1];

// Uploads carry whole files; everything else is a small auth request.
const bodyLimit = (path: string) =>
	path.startsWith('/api/2.0/files/') ? maximumUploadBytes : maximumBodyBytes;

function sendServerError(
	response: ServerResponse,
	status: number,
	retryAfter: {retryAfterSeconds?: number},
): void {
	switch (status) {
		case 500: {
			sendApiError(response, apiAnswers.internalServerError, retryAfter);
			return;
		}

		case 502: {
			sendApiError(response, apiAnswers.badGateway, retryAfter);
			return;
		}

		case 503: {
			sendApiError(response, apiAnswers.unavailable, retryAfter);
			return;
		}

		default: {
			sendApiError(response, apiAnswers.otherServerError, {...retryAfter, status});
		}
	}
}

/** Returns true when the fault has answered (or dropped) the request itself. */
async function applyFault(fault: Fault, exchange: Exchange): Promise<boolean> {
	const {request, response} = exchange;
	switch (fault.kind) {
		case 'latency': {
			await delay(fault.latencyMs);
			return false;
		}

		case 'status': {
			const {retryAfterSeconds} = fault;
			sendServerError(
				response,
				fault.status,
				retryAfterSeconds === undefined ? {} : {retryAfterSeconds},
			);
			return true;
		}

		case 'rate_limit': {
			sendApiError(response, apiAnswers.rateLimited, {retryAfterSeconds: fault.retryAfterSeconds});
			return true;
		}

		case 'drop': {
			request.socket.destroy();
			return true;
		}

		case 'hang': {
			return true;
		}
	}
}

function requestUrl(request: IncomingMessage): URL | undefined {
	try {
		return new URL(request.url ?? '/', 'http://sandbox.invalid');
	} catch {
		return undefined;
	}
}

async function route(
	request: IncomingMessage,
	response: ServerResponse,
	sandbox: SandboxRuntime,
): Promise<void> {
	// Box's Date header is Box's clock: tell the time the sandbox plays, offset included.
	response.setHeader('date', new Date(sandbox.now()).toUTCString());
	const url = requestUrl(request);
	if (!url || !request.url?.startsWith('/')) {
		sendApiError(response, apiAnswers.requestTargetNotPath);
		return;
	}

	const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
	const body = await readBody(request, bodyLimit(path));
	if (!body.ok) {
		sendApiError(response, apiAnswers.bodyTooLarge);
		return;
	}

	const exchange: Exchange = {request, response, url, body: body.body, sandbox};
	if (path === '/_sandbox' || path.startsWith('/_sandbox/')) {
		controlEndpoints(exchange);
		return;
	}

	const fault = sandbox.faults.take(path);
	if (fault && (await applyFault(fault, exchange))) {
		return;
	}

	const found = findRoute(path);
	if (!found) {
		sendApiError(response, apiAnswers.unknownPath);
		return;
	}

	if (found.methods !== 'any' && !found.methods.includes(request.method ?? '')) {
		sendApiError(response, apiAnswers.methodNotAllowed);
		return;
	}

	await found.handle(exchange);
}

/** The request listener: every request gets a Box-shaped answer, whatever goes wrong inside. */
export function sandboxRequestListener(sandbox: SandboxRuntime) {
	return (request: IncomingMessage, response: ServerResponse) => {
		route(request, response, sandbox).catch((error: unknown) => {
			if (!response.headersSent) {
				sendApiError(response, apiAnswers.internalServerError, {});
			}

			request.socket.destroy(error instanceof Error ? error : undefined);
		});
	};
}
