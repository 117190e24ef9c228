import type {BoxConnection} from './box-connection.js';
import {failureFromResponse, failureFromTransport} from './box-failure.js';
import type {Failure} from './failure.js';
import {type BoxRequest, TransportError} from './transport.js';

export type PreflightAnswer =
	| {ok: true; fileIsNew: true}
	| {ok: true; fileIsNew: false; existingFileId: string}
	| {ok: false; failure: Failure};

/** The existing file's ID from a 409: Box sends `conflicts` as an object, the spec as an array. */
function conflictingFileId(text: string): string | undefined {
	try {
		const body = JSON.parse(text) as {context_info?: {conflicts?: unknown}};
		const conflicts = body.context_info?.conflicts;
		const first = (Array.isArray(conflicts) ? conflicts[0] : conflicts) as {id?: unknown};
		return typeof first?.id === 'string' ? first.id : undefined;
	} catch {
		return undefined;
	}
}

/**
 * `OPTIONS /2.0/files/content`: would an upload of `name` into the folder work? Box never
 * overwrites by name, so a 409 is the useful answer: it names the file to upload a new version to.
 */
export async function uploadPreflight(
	connection: BoxConnection,
	accessToken: string,
	file: {name: string; parentId: string},
): Promise<PreflightAnswer> {
	const request: BoxRequest = {
		method: 'OPTIONS',
		url: `${connection.urls.apiUrl}/2.0/files/content`,
		headers: {authorization: `Bearer ${accessToken}`},
		body: {json: {name: file.name, parent: {id: file.parentId}}},
	};
	try {
		const response = await connection.transport.send(request);
		if (response.status >= 200 && response.status <= 299) {
			return {ok: true, fileIsNew: true};
		}

		const existingFileId = response.status === 409 ? conflictingFileId(response.text) : undefined;
		return existingFileId === undefined
			? {ok: false, failure: failureFromResponse(request, response, {})}
			: {ok: true, fileIsNew: false, existingFileId};
	} catch (error) {
		if (error instanceof TransportError) {
			return {ok: false, failure: failureFromTransport(request, error, {})};
		}

		throw error;
	}
}
