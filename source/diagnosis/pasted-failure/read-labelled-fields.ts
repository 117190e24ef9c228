// Box's Python SDKs print their exceptions as `Label: value` lines.
// boxsdk BoxOAuthException (boxsdk/exception.py; box/box-python-sdk#868):
//   Message: Please check the 'sub' claim. The 'sub' specified is invalid.
//   Status: 400
//   URL: https://api.box.com/oauth2/token
//   Method: POST
// boxsdk BoxAPIException, whose first line follows the exception's name in a traceback:
//   boxsdk.exception.BoxAPIException: Message: Unauthorized - Cannot authorize with this service
//   Status: 401
//   Code: unauthorized
//   Request ID: dvk5ncgtzdhgmlin
//   Headers: {...}
//   URL: https://api.box.com/2.0/folders/0/items
//   Method: GET
// box_sdk_gen BoxAPIError (box_sdk_gen/box/errors.py; box/box-python-sdk-gen#220), indented with
// tabs, which syslog writes as `#011`:
//   Message: 400 ; Request ID:
//   Request:
//   	Method: POST
//   	URL: https://api.box.com/oauth2/token
//   Response:
//   	Status code: 400
//   	Code: None
//   	Request Id: None

import type {Failure} from '../../box/failure.js';

const labelled =
	/^(?:[ \t]|#011)*(?:[\w.]+(?:Exception|Error):[ \t]*)?(Message|Status(?: code)?|Code|Request I[Dd]|URL|Method)[ \t]*:[ \t]*(.*?)[ \t]*$/gm;

// box_sdk_gen's message: `{status} {body message}; Request ID: {request_id}`.
const pythonSdkMessage = /^(\d{3}) ?(.*?) ?; Request ID: ?(.*)$/;

const missing = new Set(['', 'None', 'null', 'undefined', 'N/A']);

function fieldOf(label: string, value: string): Failure {
	const statusText = /^(\d{3})\b/.exec(value)?.[1];
	const status = statusText ? Number(statusText) : undefined;
	switch (label.toLowerCase()) {
		case 'message': {
			const [, sdkStatus, message, requestId] = pythonSdkMessage.exec(value) ?? [];
			return sdkStatus
				? {
						status: Number(sdkStatus),
						description: message || undefined,
						requestId: requestId || undefined,
					}
				: {description: value};
		}

		case 'status':
		case 'status code': {
			return {status};
		}

		case 'code': {
			// `Code:` is the error code, or the status where a log wrote `CODE: 400`.
			return status ? {status} : {error: value};
		}

		case 'request id': {
			return {requestId: value};
		}

		case 'url': {
			// Some people replace the URL with a placeholder before posting.
			return /^(?:https?:\/\/|\/)/.test(value) ? {url: value} : {};
		}

		default: {
			return {method: value.toUpperCase()};
		}
	}
}

/** The fields of a Python SDK exception printout; the first value of each field wins. */
export function readLabelledFields(text: string): Failure {
	const failure: Failure = {};
	for (const [, label = '', value = ''] of text.matchAll(labelled)) {
		if (missing.has(value)) {
			continue;
		}

		for (const [key, field] of Object.entries(fieldOf(label, value))) {
			if (field !== undefined && !(key in failure)) {
				Object.assign(failure, {[key]: field});
			}
		}
	}

	return failure;
}
