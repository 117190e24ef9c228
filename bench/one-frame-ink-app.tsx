import {render, Text} from 'ink';

// The baseline of bench/dashboard-idle.ts: a bare Ink app that draws one static frame and then
// waits, as the dashboard does between its minute ticks.
render(<Text>One static frame of a bare Ink app.</Text>);
setInterval(() => undefined, 1 << 30);
