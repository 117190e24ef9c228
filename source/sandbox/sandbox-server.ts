import type {IncomingMessage, ServerResponse} from 'node:http';
import {setTimeout as delay} from 'node:timers/promises';
import {apiAnswers} from './answers/api-answers.js';
import {authenticate} from './bearer-auth.js';
import {controlRefusal} from './control-guard.js';
import {sendControlJson} from './control-json.js';
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

type Route = {
	methods: string[] | 'any';
	/** Takes a bearer token, checked before the body is read: a refused upload is never buffered. */
	bearer?: true;
	handle: (exchange: Exchange) => void | Promise<void>;
};

/** Box routes on the path alone: `/oauth2/token#refresh` arrives as `/oauth2/token`. */
const routes = new Map<string, Route>([
	['/oauth2/token', {methods: 'any', handle: tokenEndpoint}],
	['/oauth2/revoke', {methods: 'any', handle: revokeEndpoint}],
	['/api/oauth2/authorize', {methods: ['GET', 'POST'], handle: authorizeEndpoint}],
	['/2.0/users/me', {methods: ['GET'], bearer: true, handle: usersMeEndpoint}],
	['/2.0/files/content', {methods: ['OPTIONS'], bearer: true, handle: uploadPreflightEndpoint}],
	['/api/2.0/files/content', {methods: ['POST'], bearer: true, handle: uploadFileEndpoint}],
]);

/** Routes with an ID in the path; the handler reads the ID from the URL with the same pattern. */
const patternRoutes: [RegExp, Route][] = [
	[uploadVersionPath, {methods: ['POST'], bearer: true, handle: uploadVersionEndpoint}],
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
async function applyFault(
	fault: Fault,
	{request, response}: Pick<Exchange, 'request' | 'response'>,
): Promise<boolean> {
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

const bodyFollows = (request: IncomingMessage) =>
	request.headers['transfer-encoding'] !== undefined ||
	Number(request.headers['content-length'] ?? 0) > 0;

// Box's Date header is Box's clock: tell the time the sandbox plays, offset included.
function stampDate(response: ServerResponse, sandbox: SandboxRuntime): void {
	response.setHeader('date', new Date(sandbox.now()).toUTCString());
}

/** Runs work against the newest state (another process may have moved the clock, too). */
const inSession = <Result>(
	response: ServerResponse,
	sandbox: SandboxRuntime,
	work: () => Result | Promise<Result>,
) =>
	sandbox.session(() => {
		stampDate(response, sandbox);
		return work();
	});

async function controlRoute(
	request: IncomingMessage,
	response: ServerResponse,
	url: URL,
	sandbox: SandboxRuntime,
): Promise<void> {
	const refusal = controlRefusal(request, sandbox.controlHost);
	if (refusal) {
		sendControlJson(response, 403, {error: refusal});
		return;
	}

	const body = await readBody(request, maximumBodyBytes);
	if (!body.ok) {
		sendApiError(response, apiAnswers.bodyTooLarge);
		return;
	}

	await inSession(response, sandbox, () => {
		controlEndpoints({request, response, url, body: body.body, sandbox});
	});
}

async function route(
	request: IncomingMessage,
	response: ServerResponse,
	sandbox: SandboxRuntime,
): Promise<void> {
	stampDate(response, sandbox);
	const url = requestUrl(request);
	if (!url || !request.url?.startsWith('/')) {
		sendApiError(response, apiAnswers.requestTargetNotPath);
		return;
	}

	const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
	if (path === '/_sandbox' || path.startsWith('/_sandbox/')) {
		await controlRoute(request, response, url, sandbox);
		return;
	}

	// Every refusal below answers before the body is read; Node discards a body left unread.
	const fault = sandbox.faults.take(path);
	if (fault && (await applyFault(fault, {request, response}))) {
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

	// The handler checks the token again, against the state as it is by then.
	if (
		found.bearer &&
		bodyFollows(request) &&
		!(await inSession(response, sandbox, () => authenticate({request, response, sandbox})))
	) {
		return;
	}

	const body = await readBody(request, bodyLimit(path));
	if (!body.ok) {
		sendApiError(response, apiAnswers.bodyTooLarge);
		return;
	}

	const exchange: Exchange = {request, response, url, body: body.body, sandbox};
	await inSession(response, sandbox, () => found.handle(exchange));
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
