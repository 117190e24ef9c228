import {authenticate, mayUseAccountEndpoints} from '../bearer-auth.js';
import {clientErrors} from '../client-errors.js';
import {ownsFolder} from '../folders.js';
import {sendApiJson, sendClientError} from '../http-responses.js';
import {nameConflict, nameInUseError} from '../name-conflict.js';
import {shortRandom} from '../random-values.js';
import type {Exchange} from '../sandbox-runtime.js';

type PreflightRequest = {name: string; parentId: string};

function parsePreflight(body: Buffer): PreflightRequest | string {
	let input: unknown;
	try {
		input = JSON.parse(body.toString('utf8'));
	} catch {
		return 'The request body is not valid JSON';
	}

	const fields = (input ?? {}) as {name?: unknown; parent?: {id?: unknown}};
	if (typeof fields.name !== 'string' || fields.name.length === 0) {
		return "'name' is required";
	}

	if (typeof fields.parent?.id !== 'string') {
		return "'parent.id' is required";
	}

	return {name: fields.name, parentId: fields.parent.id};
}

/**
 * `OPTIONS /2.0/files/content`: may this file be uploaded here? A name already in the folder is a
 * 409 whose `conflicts` (an object for files, unlike the spec's array) names the existing file.
 */
export function uploadPreflightEndpoint(exchange: Exchange): void {
	const record = authenticate(exchange);
	if (!record) {
		return;
	}

	const {response, body, sandbox} = exchange;
	if (!mayUseAccountEndpoints(record)) {
		sendClientError(response, clientErrors.accessDenied());
		return;
	}

	const preflight = parsePreflight(body);
	if (typeof preflight === 'string') {
		sendClientError(response, clientErrors.badRequest(preflight));
		return;
	}

	const {items} = sandbox.state;
	if (!ownsFolder(items, record.userId, preflight.parentId)) {
		sendClientError(response, clientErrors.notFound());
		return;
	}

	const existing = nameConflict(items, record.userId, preflight.parentId, preflight.name);
	if (existing) {
		sendClientError(response, nameInUseError(existing));
		return;
	}

	sendApiJson(response, 200, {
		upload_url: `${sandbox.urls.uploadUrl}/2.0/files/content?upload_session_id=${shortRandom(32)}`,
		upload_token: null,
	});
}
