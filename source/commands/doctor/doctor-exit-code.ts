import {diagnose} from '../../diagnosis/diagnose.js';
import {combinedExitCode, exitCode, exitCodeOf} from '../shared/exit-codes.js';
import type {Check} from './check.js';

/**
 * 0 when no check failed; otherwise 3 when a failure needs a person (a refused credential, an app
 * the admin has not authorized, a clock to set), 4 when each would pass once Box or the network
 * answers (Box unreachable, 429, 5xx), else 1. A check that failed before asking Box (a secret
 * the profile lacks) is classed by its own finding.
 */
export function doctorExitCode(checks: readonly Check[]): number {
	return combinedExitCode(
		checks.map((check) => {
			if (check.status !== 'failed') {
				return exitCode.success;
			}

			return exitCodeOf(check.diagnosis ?? (check.failure && diagnose(check.failure)));
		}),
	);
}
