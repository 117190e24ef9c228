import type {CommandInput} from './command-input.js';

/**
 * The setup wizard is the next thing being built. Until it exists, the diagnoses that send people
 * to `boxauth setup` land here and are told the way that works today, not "unknown command".
 */
export async function run(_input: CommandInput): Promise<number> {
	process.stderr.write(
		[
			'The setup wizard is not built yet. Until it is, make a profile without it:',
			'  boxauth profiles add NAME --auth-type ccg|jwt|oauth|developer|app-token ...',
			'  (boxauth profiles --help lists the flags and shows examples)',
			'or try everything against the built-in sandbox:',
			'  boxauth profiles add try --sandbox --auth-type ccg',
			'',
		].join('\n'),
	);
	return 1;
}
