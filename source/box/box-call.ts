import type {BoxConnection, BoxResult} from './box-connection.js';
import {failureFromResponse, failureFromTransport} from './box-failure.js';
import type {FailureContext} from './failure.js';
import {type BoxRequest, type BoxResponse, TransportError} from './transport.js';

/**
 * Sends one request; a 2xx answer is read by `read`, anything else becomes a Failure that
 * carries the context the diagnosis needs.
 */
export async function boxCall<Value>(
	connection: BoxConnection,
	request: BoxRequest,
	context: FailureContext,
	read: (response: BoxResponse) => Value,
): Promise<BoxResult<Value>> {
	let response: BoxResponse;
	try {
		response = await connection.transport.send(request);
	} catch (error) {
		if (error instanceof TransportError) {
			return {ok: false, failure: failureFromTransport(request, error, context)};
		}

		throw error;
	}

	if (response.status < 200 || response.status > 299) {
		return {ok: false, failure: failureFromResponse(request, response, context)};
	}

	try {
		return {ok: true, value: read(response)};
	} catch (error) {
		// A 2xx that is not what Box sends (a captive portal, a proxy's page): report, never crash.
		return {
			ok: false,
			failure: {
				...failureFromResponse(request, response, context),
				text: `Unexpected answer: ${(error as Error).message}`,
			},
		};
	}
}
