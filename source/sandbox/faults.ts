/** Trouble the sandbox can be asked to cause, for the next N requests. */
export type Fault =
	| {kind: 'latency'; latencyMs: number}
	| {kind: 'status'; status: number; retryAfterSeconds?: number}
	| {kind: 'rate_limit'; retryAfterSeconds: number}
	| {kind: 'drop'}
	| {kind: 'hang'};

export type FaultRule = {fault: Fault; remaining: number; pathPrefix?: string};

export class FaultQueue {
	readonly #rules: FaultRule[] = [];

	add(rule: FaultRule): void {
		this.#rules.push(rule);
	}

	clear(): void {
		this.#rules.length = 0;
	}

	get pending(): readonly FaultRule[] {
		return this.#rules;
	}

	/** The fault for this request, if a rule matches; each use counts down its rule. */
	take(path: string): Fault | undefined {
		const index = this.#rules.findIndex(
			(rule) => !rule.pathPrefix || path.startsWith(rule.pathPrefix),
		);
		const rule = this.#rules[index];
		if (!rule) {
			return undefined;
		}

		rule.remaining--;
		if (rule.remaining <= 0) {
			this.#rules.splice(index, 1);
		}

		return rule.fault;
	}
}

/** Reads a fault rule from the control surface's JSON, or says what is wrong with it. */
export function parseFaultRule(input: unknown): FaultRule | string {
	if (typeof input !== 'object' || input === null) {
		return 'expected a JSON object such as {"kind":"rate_limit","count":2}';
	}

	const body = input as Record<string, unknown>;
	const count = body['count'] ?? 1;
	if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
		return '"count" must be a whole number of requests, 1 or more';
	}

	const pathPrefix = body['path'];
	if (pathPrefix !== undefined && typeof pathPrefix !== 'string') {
		return '"path" must be a string such as "/oauth2/token"';
	}

	const fault = parseFault(body);
	if (typeof fault === 'string') {
		return fault;
	}

	return {fault, remaining: count, ...(pathPrefix ? {pathPrefix} : {})};
}

function parseFault(body: Record<string, unknown>): Fault | string {
	const seconds = (value: unknown, fallback: number) =>
		value === undefined ? fallback : typeof value === 'number' && value >= 0 ? value : undefined;
	switch (body['kind']) {
		case 'latency': {
			const latencyMs = body['latencyMs'];
			return typeof latencyMs === 'number' && latencyMs >= 0
				? {kind: 'latency', latencyMs}
				: '"latencyMs" must be a number of milliseconds';
		}

		case 'status': {
			const status = body['status'] ?? 500;
			const retryAfterSeconds = seconds(body['retryAfterSeconds'], -1);
			if (typeof status !== 'number' || !Number.isInteger(status) || status < 500 || status > 599) {
				return '"status" must be a 5xx status';
			}

			if (retryAfterSeconds === undefined) {
				return '"retryAfterSeconds" must be a number of seconds';
			}

			return retryAfterSeconds < 0
				? {kind: 'status', status}
				: {kind: 'status', status, retryAfterSeconds};
		}

		case 'rate_limit': {
			const retryAfterSeconds = seconds(body['retryAfterSeconds'], 1);
			return retryAfterSeconds === undefined
				? '"retryAfterSeconds" must be a number of seconds'
				: {kind: 'rate_limit', retryAfterSeconds};
		}

		case 'drop':
		case 'hang': {
			return {kind: body['kind']};
		}

		default: {
			return '"kind" must be one of latency, status, rate_limit, drop, hang';
		}
	}
}
