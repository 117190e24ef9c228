import type {Failure, Remedy, TransportProblem} from '../box/failure.js';
import type {WizardStep} from './diagnosis.js';

type OneOrMore<Value> = Value | readonly Value[];

/**
 * One way to recognise a failure. Every criterion given must hold; a criterion about a field the
 * failure lacks does not hold, so a row that must work from text alone matches on `description`.
 */
export type FailureMatch = {
	status?: OneOrMore<number>;
	/** The OAuth `error` or the `/2.0` `code`, compared without regard to case. */
	error?: OneOrMore<string>;
	/** Tested against everything Box said, normalised (see `whatBoxSaid`). */
	description?: RegExp;
	url?: RegExp;
	transport?: OneOrMore<TransportProblem>;
	/** For what only context can tell, such as the auth type or the clock offset. */
	when?: (failure: Failure) => boolean;
};

/** Text that may name what this failure carried: the URL used, the subject, the clock offset. */
export type Explained<Value> = Value | ((failure: Failure) => Value);

export type DiagnosisRow = {
	id: string;
	/** The error as users see it: the troubleshooting heading. */
	seen: string;
	/** Any one of these recognises the failure. */
	match: readonly FailureMatch[];
	what: Explained<string>;
	why: Explained<readonly string[]>;
	fix: Explained<readonly string[]>;
	step?: WizardStep;
	docs: string;
	/**
	 * What ends this failure: a person acting, or trying again later; none when it is neither or
	 * cannot be told. Read by the exit codes: 3 for a person, 4 for trying again, 1 for none.
	 */
	remedy?: Explained<Remedy | undefined>;
};
