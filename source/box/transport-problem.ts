import type {TransportProblem} from './failure.js';

type ErrorWithCause = Error & {code?: string; cause?: unknown};

function codesOf(error: unknown): string[] {
	const codes: string[] = [];
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
		const {code, cause} = current as ErrorWithCause;
		if (code) {
			codes.push(code);
		}

		current = cause;
	}

	return codes;
}

const tlsCode = /^(CERT_|ERR_TLS|ERR_SSL|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/;

/** Which way a request failed to get any answer, from undici's and Node's error codes. */
export function transportProblemOf(error: unknown): TransportProblem | undefined {
	if (error instanceof Error && error.name === 'TimeoutError') {
		return 'timeout';
	}

	const codes = codesOf(error);
	const message = error instanceof Error ? error.message : '';
	if (/\b407\b/.test(message)) {
		return 'proxy-auth';
	}

	for (const code of codes) {
		if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
			return 'dns';
		}

		if (code === 'ECONNREFUSED') {
			return 'refused';
		}

		if (code === 'ECONNRESET' || code === 'EPIPE') {
			return 'reset';
		}

		if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') {
			return 'connect-timeout';
		}

		if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
			return 'timeout';
		}

		if (code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') {
			return 'dropped';
		}

		if (tlsCode.test(code)) {
			return 'tls';
		}
	}

	return undefined;
}
