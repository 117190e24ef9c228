import type {Failure} from '../box/failure.js';
import type {FailureMatch} from './diagnosis-row.js';
import {whatBoxSaid} from './what-box-said.js';

const isOneOf = <Value>(allowed: Value | readonly Value[], value: Value) =>
	([] as readonly Value[]).concat(allowed).includes(value);

export function matchesFailure(match: FailureMatch, failure: Failure): boolean {
	const {status, error, url, transport} = failure;
	return (
		(match.status === undefined || (status !== undefined && isOneOf(match.status, status))) &&
		(match.error === undefined ||
			(error !== undefined && isOneOf(match.error, error.toLowerCase()))) &&
		(match.description === undefined || match.description.test(whatBoxSaid(failure))) &&
		(match.url === undefined || (url !== undefined && match.url.test(url))) &&
		(match.transport === undefined ||
			(transport !== undefined && isOneOf(match.transport, transport))) &&
		(match.when === undefined || match.when(failure))
	);
}
