import {Box, Text} from 'ink';
import {authTypeLabels, type SandboxDescription} from '../../sandbox/describe-sandbox.js';
import {Url} from '../components/url.js';

/** The running sandbox and its demo apps. */
export function SandboxScreen({sandbox}: {readonly sandbox: SandboxDescription}) {
	const nameWidth = Math.max(...sandbox.apps.map((app) => app.name.length));
	return (
		<Box flexDirection="column" gap={1}>
			<Text>
				<Text color="green">✔</Text> Sandbox running at <Url url={sandbox.baseUrl} /> with the
				enterprise {sandbox.enterprise.name} (ID {sandbox.enterprise.id}).
			</Text>
			<Box flexDirection="column">
				{sandbox.apps.map((app) => (
					<Text key={app.clientId}>
						{app.name.padEnd(nameWidth)} {authTypeLabels[app.authType].padEnd(24)}{' '}
						{(app.authorized ? 'authorized' : 'waiting for the admin').padEnd(21)} {app.clientId}
					</Text>
				))}
			</Box>
			<Box flexDirection="column">
				<Text>Try them:</Text>
				<Text>
					{'  '}
					<Text bold>boxauth setup --sandbox</Text> walks you through one, step by step
				</Text>
				<Text>
					{'  '}
					<Text bold>boxauth setup --sandbox --auth-type ccg --profile try</Text> makes a profile at
					once
				</Text>
				<Text>
					{'  '}
					<Text bold>boxauth token --profile try</Text> prints its token, renewed when due
				</Text>
				<Text>
					{'  '}
					<Text bold>boxauth sandbox</Text> prints every credential, for Box's SDKs or curl
				</Text>
			</Box>
		</Box>
	);
}
