// The few JSON Schema keywords boxauth's files use, checked without ajv: ajv costs the read path
// about 60 ms to compile a schema, more than the whole start-up budget of `boxauth token`. conf
// checks the same schema objects with ajv on every write; a test keeps the two in agreement.

type JsonType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

export type JsonSchema = {
	type?: JsonType | readonly JsonType[];
	enum?: readonly (string | number)[];
	properties?: Readonly<Record<string, JsonSchema>>;
	required?: readonly string[];
	/** The schema of every property not named in `properties`: how a record is described. */
	additionalProperties?: JsonSchema;
	items?: JsonSchema;
};

function typeOf(value: unknown): JsonType | 'other' {
	if (value === null) {
		return 'null';
	}

	if (Array.isArray(value)) {
		return 'array';
	}

	const type = typeof value;
	return type === 'object' || type === 'string' || type === 'number' || type === 'boolean'
		? type
		: 'other';
}

const article = (type: JsonType) => (type === 'object' || type === 'array' ? 'an' : 'a');

/**
 * What is wrong with `value` against `schema`, in one line naming where (never the value itself,
 * which may be a secret); undefined when nothing is.
 */
export function shapeProblem(value: unknown, schema: JsonSchema, where = ''): string | undefined {
	const place = where === '' ? 'the file' : `\`${where}\``;
	const type = typeOf(value);
	if (schema.type !== undefined) {
		const allowed: readonly JsonType[] =
			typeof schema.type === 'string' ? [schema.type] : schema.type;
		if (!allowed.includes(type as JsonType)) {
			return `${place} should be ${allowed.map((name) => `${article(name)} ${name}`).join(' or ')}`;
		}
	}

	if (schema.enum && !schema.enum.includes(value as string | number)) {
		return `${place} should be one of ${schema.enum.join(', ')}`;
	}

	const inside = (key: string) => (where === '' ? key : `${where}.${key}`);
	if (type === 'object') {
		const object = value as Record<string, unknown>;
		for (const key of schema.required ?? []) {
			if (!Object.hasOwn(object, key)) {
				return `${place} lacks \`${key}\``;
			}
		}

		for (const [key, property] of Object.entries(object)) {
			const propertySchema = schema.properties?.[key] ?? schema.additionalProperties;
			const problem = propertySchema && shapeProblem(property, propertySchema, inside(key));
			if (problem) {
				return problem;
			}
		}
	}

	if (type === 'array' && schema.items) {
		const {items} = schema;
		for (const [index, item] of (value as unknown[]).entries()) {
			const problem = shapeProblem(item, items, inside(String(index)));
			if (problem) {
				return problem;
			}
		}
	}

	return undefined;
}
