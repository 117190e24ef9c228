import type {Failure} from '../../box/failure.js';
import {diagnose} from '../../diagnosis/diagnose.js';
import type {ProfileTrouble} from '../../tokens/dashboard-actions.js';
import {boxSaid} from '../shared/describe-failure.js';

/** A failed renewal or check as the dashboard's row shows it. */
export function profileTrouble(failure: Failure): ProfileTrouble {
	const said = boxSaid(failure);
	return {
		diagnosis: diagnose(failure),
		...(said === undefined ? {} : {boxSaid: said}),
		unreachable: failure.transport !== undefined,
	};
}
