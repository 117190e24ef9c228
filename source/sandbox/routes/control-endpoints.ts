import {authorizeApp, deauthorizeApp, isAppEnabled, setAppEnabled} from '../app-authorization.js';
import {sendControlJson} from '../control-json.js';
import {describeSandbox} from '../describe-sandbox.js';
import {parseFaultRule} from '../faults.js';
import {findApp, findUser} from '../find-app.js';
import {issueDeveloperToken} from '../grants/issue-tokens.js';
import type {Exchange} from '../sandbox-runtime.js';
import type {Lifetimes} from '../sandbox-state.js';

// The sandbox's own control surface under /_sandbox/: what a test or the wizard's demo uses to
// play the admin, move the clock and cause trouble. Not part of Box's API.

type Json = Record<string, unknown>;

function parseJson(body: Buffer): Json | undefined {
	if (body.length === 0) {
		return {};
	}

	try {
		const value: unknown = JSON.parse(body.toString('utf8'));
		return typeof value === 'object' && value !== null && !Array.isArray(value)
			? (value as Json)
			: undefined;
	} catch {
		return undefined;
	}
}

const badRequest = (exchange: Exchange, message: string) => {
	sendControlJson(exchange.response, 400, {error: message});
};

type AdminAction = 'authorize' | 'deauthorize' | 'enable' | 'disable';

/** The admin's two switches in Platform Apps Manager: authorization, and enablement. */
function adminAction(exchange: Exchange, clientId: string, action: AdminAction): void {
	const {sandbox} = exchange;
	const app = findApp(sandbox.state, clientId);
	if (!app) {
		sendControlJson(exchange.response, 404, {error: `no app has the client ID ${clientId}`});
		return;
	}

	switch (action) {
		case 'authorize': {
			authorizeApp(sandbox.state, app, sandbox.now());
			break;
		}

		case 'deauthorize': {
			deauthorizeApp(sandbox.state, app);
			break;
		}

		default: {
			setAppEnabled(app, action === 'enable');
		}
	}

	sandbox.changed();
	sendControlJson(exchange.response, 200, {
		clientId,
		authorized: app.authorized,
		enabled: isAppEnabled(app),
	});
}

function setClock(exchange: Exchange, input: Json): void {
	const {state} = exchange.sandbox;
	const {offsetSeconds, advanceSeconds} = input;
	let offsetMs: number;
	if (typeof offsetSeconds === 'number') {
		offsetMs = offsetSeconds * 1000;
	} else if (typeof advanceSeconds === 'number') {
		offsetMs = state.clockOffsetMs + advanceSeconds * 1000;
	} else {
		badRequest(exchange, 'send {"offsetSeconds": N} or {"advanceSeconds": N}');
		return;
	}

	// A clock a Date cannot show would break every later request: refuse it instead.
	const moved = exchange.sandbox.now() - state.clockOffsetMs + offsetMs;
	if (!Number.isFinite(offsetMs) || Number.isNaN(new Date(moved).getTime())) {
		badRequest(exchange, 'that would move the clock outside the dates it can show');
		return;
	}

	state.clockOffsetMs = offsetMs;

	exchange.sandbox.changed();
	sendControlJson(exchange.response, 200, {
		offsetSeconds: state.clockOffsetMs / 1000,
		now: new Date(exchange.sandbox.now()).toISOString(),
	});
}

const lifetimeNames = [
	'accessTokenSeconds',
	'refreshTokenSeconds',
	'authCodeSeconds',
	'developerTokenSeconds',
] as const;

function setLifetimes(exchange: Exchange, input: Json): void {
	const {state} = exchange.sandbox;
	const next: Lifetimes = {...state.lifetimes};
	for (const [name, value] of Object.entries(input)) {
		if (!lifetimeNames.includes(name as (typeof lifetimeNames)[number])) {
			badRequest(exchange, `unknown lifetime "${name}"; known: ${lifetimeNames.join(', ')}`);
			return;
		}

		const isBoxSchedule = name === 'accessTokenSeconds' && value === null;
		if (!isBoxSchedule && (typeof value !== 'number' || value <= 0)) {
			badRequest(exchange, `"${name}" must be a number of seconds above 0`);
			return;
		}

		Object.assign(next, {[name]: value});
	}

	state.lifetimes = next;
	exchange.sandbox.changed();
	sendControlJson(exchange.response, 200, next);
}

function expireTokens(exchange: Exchange, input: Json): void {
	const {state} = exchange.sandbox;
	const now = exchange.sandbox.now();
	const only = input['token'];
	let expired = 0;
	for (const record of Object.values(state.accessTokens)) {
		if ((only === undefined || record.token === only) && record.kind !== 'app_token') {
			record.expiresAt = Math.min(record.expiresAt ?? now, now);
			expired++;
		}
	}

	exchange.sandbox.changed();
	sendControlJson(exchange.response, 200, {expired});
}

function newDeveloperToken(exchange: Exchange, input: Json): void {
	const {state} = exchange.sandbox;
	const app =
		findApp(state, typeof input['clientId'] === 'string' ? input['clientId'] : null) ??
		state.apps.find((candidate) => candidate.authType === 'oauth');
	const admin = state.users.find((user) => user.role === 'admin');
	const userId = typeof input['userId'] === 'string' ? input['userId'] : admin?.id;
	if (!app || !userId || !findUser(state, userId)) {
		badRequest(exchange, 'no such app or user');
		return;
	}

	const token = issueDeveloperToken(state, app, userId, exchange.sandbox.now());
	if (userId === admin?.id) {
		state.developerToken = token;
	}

	exchange.sandbox.changed();
	sendControlJson(exchange.response, 200, {developerToken: token});
}

export function controlEndpoints(exchange: Exchange): void {
	const {request, url, body, sandbox} = exchange;
	const path = url.pathname.replace(/\/+$/, '');
	const input = parseJson(body);
	if (!input) {
		badRequest(exchange, 'the body must be a JSON object');
		return;
	}

	if (request.method === 'GET' && path === '/_sandbox') {
		sendControlJson(exchange.response, 200, describeSandbox(sandbox.state, sandbox.urls));
		return;
	}

	if (request.method === 'DELETE' && path === '/_sandbox/faults') {
		sandbox.faults.clear();
		sendControlJson(exchange.response, 200, {faults: []});
		return;
	}

	if (request.method !== 'POST') {
		sendControlJson(exchange.response, 405, {
			error: `${request.method} is not supported on ${path}`,
		});
		return;
	}

	const appRoute = /^\/_sandbox\/apps\/([^/]+)\/(authorize|deauthorize|enable|disable)$/.exec(path);
	if (appRoute) {
		let clientId: string;
		try {
			clientId = decodeURIComponent(appRoute[1] ?? '');
		} catch {
			sendControlJson(exchange.response, 404, {error: `no app has the client ID ${appRoute[1]}`});
			return;
		}

		adminAction(exchange, clientId, appRoute[2] as AdminAction);
		return;
	}

	switch (path) {
		case '/_sandbox/clock': {
			setClock(exchange, input);
			return;
		}

		case '/_sandbox/lifetimes': {
			setLifetimes(exchange, input);
			return;
		}

		case '/_sandbox/tokens/expire': {
			expireTokens(exchange, input);
			return;
		}

		case '/_sandbox/developer-token': {
			newDeveloperToken(exchange, input);
			return;
		}

		case '/_sandbox/faults': {
			const rule = parseFaultRule(input);
			if (typeof rule === 'string') {
				badRequest(exchange, rule);
				return;
			}

			sandbox.faults.add(rule);
			sendControlJson(exchange.response, 200, {faults: sandbox.faults.pending});
			return;
		}

		default: {
			sendControlJson(exchange.response, 404, {error: `no control endpoint ${path}`});
		}
	}
}
