import type {ApiErrorAnswer} from '../answers/answer-rows.js';
import {apiAnswers} from '../answers/api-answers.js';
import {authenticate} from '../bearer-auth.js';
import {newFileRefusal, uploadRefusal} from '../downscoped-access.js';
import {ownsFolder} from '../folders.js';
import {sendApiError, sendApiJson} from '../http-responses.js';
import {nameConflict} from '../name-conflict.js';
import {shortRandom} from '../random-values.js';
import type {Exchange} from '../sandbox-runtime.js';

type PreflightRequest = {name: string; parentId: string};

function parsePreflight(body: Buffer): PreflightRequest | ApiErrorAnswer {
	let input: unknown;
	try {
		input = JSON.parse(body.toString('utf8'));
	} catch {
		return apiAnswers.preflightNotJson;
	}

	const fields = (input ?? {}) as {name?: unknown; parent?: {id?: unknown}};
	if (typeof fields.name !== 'string' || fields.name.length === 0) {
		return apiAnswers.nameMissing;
	}

	if (typeof fields.parent?.id !== 'string') {
		return apiAnswers.parentMissing;
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
	const refusal = uploadRefusal(record);
	if (refusal) {
		sendApiError(response, refusal);
		return;
	}

	const preflight = parsePreflight(body);
	if ('type' in preflight) {
		sendApiError(response, preflight);
		return;
	}

	const {items} = sandbox.state;
	const outside = newFileRefusal(items, record, preflight.parentId);
	if (outside) {
		sendApiError(response, outside);
		return;
	}

	if (!ownsFolder(items, record.userId, preflight.parentId)) {
		sendApiError(response, apiAnswers.preflightParentNotFound, {folderId: preflight.parentId});
		return;
	}

	const existing = nameConflict(items, record.userId, preflight.parentId, preflight.name);
	if (existing) {
		sendApiError(response, apiAnswers.nameInUse, {existing});
		return;
	}

	sendApiJson(response, apiAnswers.preflightAccepted, {
		upload_url: `${sandbox.urls.uploadUrl}/2.0/files/content?upload_session_id=${shortRandom(32)}`,
		upload_token: null,
	});
}
