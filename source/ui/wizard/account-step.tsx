import {Box, Text} from 'ink';
import {developerSignup} from '../../box/console-paths.js';
import {Url} from '../components/url.js';

/** Step 1: a Box account that can open the Developer Console. */
export function AccountStep() {
	return (
		<Box flexDirection="column" gap={1}>
			<Text bold>A Box account with access to the Developer Console</Text>
			<Text>
				Any Box account that can open the Developer Console will do: a free developer account, or
				your company's enterprise account if your admin allows custom apps.
			</Text>
			<Text>
				No account yet? A free developer account takes a minute: <Url url={developerSignup} />
			</Text>
			<Text>Press Enter once you have one.</Text>
		</Box>
	);
}
