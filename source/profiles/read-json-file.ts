import {readFile} from 'node:fs/promises';
import {type JsonSchema, shapeProblem} from './json-shape.js';
import {moveAside} from './move-aside.js';

export type JsonFileRead = {
	/** The file's content, checked against the schema; undefined when there is none to use. */
	value?: unknown;
	/** Set when the file was unusable: what was wrong and where it went, for the user. */
	notice?: string;
	/** The unusable file could not be moved aside: writing now would destroy it. */
	stuck?: true;
};

export type JsonFileRole = {
	/** What the file is, as the user would say it: "boxauth's settings". */
	what: string;
	/** What it means that it is gone: "boxauth starts with no profiles". */
	consequence: string;
	/**
	 * Whether to say where the shape is wrong. The path names keys, and in a damaged secrets
	 * file a key could be anything, a secret included.
	 */
	namesProblem: boolean;
};

const errorCode = (error: unknown) =>
	error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';

/**
 * Reads one of boxauth's JSON files. A file that is missing reads as nothing; one that cannot be
 * read, is not JSON or has the wrong shape is moved aside and reported, never overwritten.
 */
export async function readJsonFile(
	file: string,
	schema: JsonSchema,
	role: JsonFileRole,
	now: () => number,
): Promise<JsonFileRead> {
	let reason: string;
	let content: string | undefined;
	try {
		content = await readFile(file, 'utf8');
		const value: unknown = JSON.parse(content);
		const problem = shapeProblem(value, schema);
		if (problem === undefined) {
			return {value};
		}

		reason = role.namesProblem
			? `it is not in the expected shape (${problem})`
			: 'it is not in the expected shape';
	} catch (error) {
		if (errorCode(error) === 'ENOENT') {
			return {};
		}

		// Never the parser's message: it quotes the file's text, which may hold a secret.
		reason =
			error instanceof SyntaxError
				? 'it is not valid JSON'
				: `it could not be read (${errorCode(error)})`;
	}

	const unusable = `${role.what} in ${file} could not be used: ${reason}.`;
	try {
		const backup = await moveAside(file, now, content);
		return {
			notice: `${unusable} It was moved aside to ${backup}, and ${role.consequence}. Nothing in it was deleted: fix the backup and move it back to use it again.`,
		};
	} catch (error) {
		return {
			stuck: true,
			notice: `${unusable} It could not be moved aside either (${errorCode(error)}): fix or remove it, then try again. Until then ${role.consequence}.`,
		};
	}
}
