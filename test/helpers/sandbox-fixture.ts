import assert from 'node:assert/strict';
import {createPrivateKey, randomUUID} from 'node:crypto';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {after, before} from 'node:test';
import {SignJWT} from 'jose';
import {
	type RunningSandbox,
	type SandboxOptions,
	startSandbox,
} from '../../source/sandbox/start-sandbox.js';

/**
 * Starts one sandbox for the enclosing `describe` (or file) and stops it afterwards. The getter
 * throws if used before `before` ran, so a mistake shows as a clear failure.
 */
export function useSandbox(options: SandboxOptions = {}): () => RunningSandbox {
	let sandbox: RunningSandbox | undefined;
	before(async () => {
		sandbox = await startSandbox(options);
	});
	after(async () => {
		await sandbox?.close();
	});
	return () => {
		if (!sandbox) {
			throw new Error('the sandbox is not running yet');
		}

		return sandbox;
	};
}

/** What the sandbox answered: the body as text, and parsed when it says it is JSON. */
export type Answer = {
	status: number;
	headers: Headers;
	text: string;
	json: Record<string, unknown> | undefined;
};

/**
 * One request with a 5 s timeout, so that a sandbox that hangs fails the test instead of
 * stalling the run. Redirects are answers under test, so they are returned, never followed.
 */
export async function call(url: string, init: RequestInit = {}): Promise<Answer> {
	const response = await fetch(url, {
		signal: AbortSignal.timeout(5000),
		redirect: 'manual',
		...init,
	});
	const text = await response.text();
	const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
	return {
		status: response.status,
		headers: response.headers,
		text,
		json: isJson && text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
	};
}

/** A form POST to one of the sandbox's endpoints, `/oauth2/token` or `/oauth2/revoke`. */
export const postForm = (sandbox: RunningSandbox, path: string, fields: Record<string, string>) =>
	call(`${sandbox.urls.baseUrl}${path}`, {method: 'POST', body: new URLSearchParams(fields)});

/** A call to the sandbox's `/_sandbox` control surface (`path` is '' or starts with '/'). */
export const control = (sandbox: RunningSandbox, path: string, body?: unknown, method = 'POST') =>
	call(`${sandbox.urls.baseUrl}/_sandbox${path}`, {
		method,
		headers: {'content-type': 'application/json'},
		...(body === undefined ? {} : {body: JSON.stringify(body)}),
	});

/**
 * An OAuth 2.0 login through the consent form as the person named, its code exchanged at once:
 * the token endpoint's answer (`access_token`, `refresh_token`).
 */
export async function oauthLoginAs(
	sandbox: RunningSandbox,
	person: string,
): Promise<Record<string, unknown>> {
	const app = appOfType(sandbox, 'Demo OAuth App');
	const consent = await call(sandbox.urls.authorizeUrl, {
		method: 'POST',
		body: new URLSearchParams({
			response_type: 'code',
			client_id: app.clientId,
			redirect_uri: 'http://localhost:3000/callback',
			user_id: userId(sandbox, person),
			decision: 'grant',
		}),
	});
	const code = new URL(consent.headers.get('location') ?? '').searchParams.get('code') ?? '';
	const answer = await postForm(sandbox, '/oauth2/token', {
		grant_type: 'authorization_code',
		client_id: app.clientId,
		client_secret: app.clientSecret,
		code,
	});
	assert.equal(answer.status, 200, answer.text);
	return answer.json ?? {};
}

export function appOfType(sandbox: RunningSandbox, name: string) {
	const app = sandbox.describe().apps.find((candidate) => candidate.name === name);
	if (!app) {
		throw new Error(`the sandbox has no app named ${name}`);
	}

	return app;
}

/**
 * The flags that add (or set up) a CCG profile for one of the sandbox's apps, its client secret
 * to come on stdin; `baseUrl` instead of the sandbox's own, for a server that is not there.
 */
export function ccgFlagsFor(
	sandbox: RunningSandbox,
	appName: string,
	baseUrl = sandbox.urls.baseUrl,
): string[] {
	return [
		'--base-url',
		baseUrl,
		'--auth-type',
		'ccg',
		'--client-id',
		appOfType(sandbox, appName).clientId,
		'--enterprise-id',
		sandbox.describe().enterprise.id,
		'--client-secret-stdin',
	];
}

/** A port on 127.0.0.1 that nothing listens on: a connection to it is refused. */
export async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as AddressInfo;
	await new Promise((resolve) => {
		server.close(resolve);
	});
	return port;
}

export function userId(sandbox: RunningSandbox, name: string): string {
	const user = sandbox.describe().users.find((candidate) => candidate.name === name);
	assert.ok(user, `no user named ${name}`);
	return user.id;
}

/** A client credentials token request for the enterprise's service account. */
export function ccgForm(
	sandbox: RunningSandbox,
	name = 'Demo CCG App',
	overrides: Record<string, string> = {},
): Record<string, string> {
	const app = appOfType(sandbox, name);
	return {
		grant_type: 'client_credentials',
		client_id: app.clientId,
		client_secret: app.clientSecret,
		box_subject_type: 'enterprise',
		box_subject_id: sandbox.describe().enterprise.id,
		...overrides,
	};
}

/**
 * A JWT bearer token request for the Demo JWT App's service account, its assertion made as Box's
 * SDK makes it on a clock at `nowSeconds`: no `kid`, `iat` now, `exp` 30 s later.
 */
export async function jwtBearerForm(
	sandbox: RunningSandbox,
	nowSeconds: number,
): Promise<Record<string, string>> {
	const app = appOfType(sandbox, 'Demo JWT App');
	const appAuth = app.jwtConfig?.boxAppSettings.appAuth;
	assert.ok(appAuth, 'the JWT app has a console config');
	const key = createPrivateKey({
		key: appAuth.privateKey,
		format: 'pem',
		passphrase: appAuth.passphrase,
	});
	const assertion = await new SignJWT({box_sub_type: 'enterprise'})
		.setProtectedHeader({alg: 'RS256'})
		.setIssuer(app.clientId)
		.setSubject(sandbox.describe().enterprise.id)
		.setAudience('https://api.box.com/oauth2/token')
		.setJti(randomUUID())
		.setIssuedAt(nowSeconds)
		.setExpirationTime(nowSeconds + 30)
		.sign(key);
	return {
		grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
		assertion,
		client_id: app.clientId,
		client_secret: app.clientSecret,
	};
}

const unescapeHtml = (text: string) =>
	text
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');

/** What a browser would post back from the consent page: the form's action and hidden fields. */
export function consentForm(html: string): {action: string; fields: Record<string, string>} {
	const form = /<form method="post" action="([^"]+)">/.exec(html);
	assert.ok(form?.[1], 'the consent page has a POST form');
	const fields: Record<string, string> = {};
	for (const match of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
		fields[unescapeHtml(match[1] ?? '')] = unescapeHtml(match[2] ?? '');
	}

	return {action: unescapeHtml(form[1]), fields};
}
