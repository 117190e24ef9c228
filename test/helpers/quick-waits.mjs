// Loaded into the built CLI by the terminal tests that wait for an admin (node --import): the
// wizard's waits between approval checks (10 s and up, on Box's pace) pass in a fiftieth of the
// time, so a test that plays the admin sees the step tick without sitting through them. Waits
// under five seconds (the network's timeouts, Ink's) stay as they are.

import {syncBuiltinESMExports} from 'node:module';
import timers from 'node:timers/promises';

const realSetTimeout = timers.setTimeout;
timers.setTimeout = (delay, ...rest) =>
	realSetTimeout(delay >= 5000 ? Math.ceil(delay / 50) : delay, ...rest);
syncBuiltinESMExports();
