// The one-line messages Box's SDKs and CLI put on their exceptions, each carrying the status, the
// error code and the description in its own layout.

import type {Failure} from '../../box/failure.js';
import {statusNamed} from './status-names.js';

const jsonString = '"(?:[^"\\\\]|\\\\.)*"';

// box-node-sdk 10 (BoxApiError): `[status, code, message].join(' ')`, then `; Request ID: id`, then
// `; error - error_description`, every string JSON-quoted (box-node-sdk src/networking/boxNetworkClient.ts):
// `400; "invalid_grant" - "Grant credentials are invalid"`,
// `429 "rate_limit_exceeded" "Request rate limit exceeded, please try again later"; Request ID: "abc"`.
const nodeSdkMessage = new RegExp(
	`(?:^|:\\s*|\\s)(?:BoxApiError:\\s*)?(\\d{3})((?: ${jsonString})*)(?:; Request ID: (${jsonString}))?(?:; (${jsonString}) - (${jsonString}|undefined))?\\s*$`,
	'gm',
);

// Box CLI and box-node-sdk before 10: `Unexpected API Response [400 Bad Request | id] code - text`
// (box/boxcli#154), `Auth Error: ... [400 Bad Request] invalid_grant - ...` (box/box-node-sdk#713);
// box-java-sdk: `The API returned an error code [400 | id] unauthorized_client - ...` (box/box-java-sdk#799);
// box-windows-sdk-v2: `The API returned an error [BadRequest | id.trace] invalid_grant - ...`
// (Box.V2/Exceptions/BoxException.cs GetErrorMessage).
const bracketMessage =
	/\[(\d{3}|[A-Z][A-Za-z]+)(?: [A-Z][A-Za-z]*)*(?: \| ([^\]\s]*))?\](?: ([a-z]+(?:_[a-z]+)*))?(?: - (.+))?/g;

// box-java-sdk before the bracket layout: `The API returned an error code: 400` (box/box-java-sdk#435).
const javaStatusOnly = /The API returned an error code:? (\d{3})\b/;

// An OAuth 2.0 error code, then its description: box-windows-sdk-v2 before 4.0 threw
// `Box.V2.Exceptions.BoxException: invalid_grant: Refresh token has expired.` (box/box-windows-sdk-v2#72).
const oauthErrorCodes =
	'invalid_request|invalid_client|invalid_grant|unauthorized_client|unsupported_grant_type|invalid_scope|insufficient_scope|invalid_token|invalid_resource|access_denied|server_error|temporarily_unavailable';
const codeThenDescription = new RegExp(`(?:^|[\\s:])(${oauthErrorCodes})(?::| -) +(.+)$`, 'm');

/** A JSON-quoted string's value; an escape JSON does not know is kept as it was pasted. */
function unquote(value: string | undefined): string | undefined {
	if (value === undefined || value === 'undefined') {
		return undefined;
	}

	try {
		return JSON.parse(value) as string;
	} catch {
		return value.slice(1, -1);
	}
}

function readNodeSdkMessage(text: string): Failure | undefined {
	for (const match of text.matchAll(nodeSdkMessage)) {
		const [line, status, quoted = '', requestId, error, description] = match;
		const parts = [...quoted.matchAll(new RegExp(jsonString, 'g'))].map(([part]) => unquote(part));
		// A bare status (`401`) is only this format when BoxApiError says so.
		if (parts.length > 0 || error || line.includes('BoxApiError')) {
			// `filter(Boolean)` dropped an empty code or message; a lone part with spaces is a message.
			const [code, message] =
				parts.length === 1 && /\s/.test(parts[0] ?? '') ? [undefined, parts[0]] : parts;
			return {
				status: Number(status),
				error: unquote(error) ?? code,
				description: unquote(description) ?? message,
				requestId: unquote(requestId),
			};
		}
	}

	return undefined;
}

function readBracketMessage(text: string): Failure | undefined {
	// The last bracket that holds a status: log prefixes such as `[ERROR]` come first.
	for (const match of [...text.matchAll(bracketMessage)].reverse()) {
		const [, statusText = '', requestId, error, description] = match;
		const status = /^\d+$/.test(statusText) ? Number(statusText) : statusNamed(statusText);
		if (status !== undefined) {
			return {
				status,
				error,
				description: description?.trim(),
				// .NET joins the body's request_id and the box-request-id header with a dot.
				requestId: requestId?.replaceAll(/^\.+|\.+$/g, '') || undefined,
			};
		}
	}

	return undefined;
}

/** What an SDK's or the Box CLI's exception message says, if the text holds one. */
export function readSdkMessage(text: string): Failure {
	const javaStatus = javaStatusOnly.exec(text)?.[1];
	const [, error, description] = codeThenDescription.exec(text) ?? [];
	return (
		readNodeSdkMessage(text) ??
		readBracketMessage(text) ?? {
			status: javaStatus ? Number(javaStatus) : undefined,
			error,
			description: description?.trim(),
		}
	);
}
