import {existsSync, readFileSync} from 'node:fs';
import {Ajv} from 'ajv';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keywords whose values are maps of names to schemas, where any key is a name, not a keyword. */
const nameMaps = new Set(['properties', 'patternProperties', 'schemas', 'responses', 'parameters']);

/**
 * Two changes that make Box's description compile without changing what validates:
 * - OpenAPI 3.0 lets `nullable` stand in an `allOf` branch without a `type` (Box's spec does so
 *   67 times, e.g. `{"nullable": false}` in File--Mini); there it has no effect, but ajv refuses
 *   to compile it.
 * - `example` values are annotations, but ajv walks them looking for `$id`, and a metadata example
 *   in File--Full has `"$id"` keys that clash.
 */
function compilableSchema(value: unknown, isNameMap = false): unknown {
	if (Array.isArray(value)) {
		return value.map((entry) => compilableSchema(entry));
	}

	if (!isObject(value)) {
		return value;
	}

	const result: Json = {};
	for (const [key, entry] of Object.entries(value)) {
		if (!isNameMap) {
			if (key === 'example' || key === 'examples') {
				continue;
			}

			if (key === 'nullable' && typeof entry === 'boolean' && !('type' in value)) {
				continue;
			}
		}

		result[key] = compilableSchema(entry, !isNameMap && nameMaps.has(key));
	}

	return result;
}

function formatsUsed(value: unknown, found = new Set<string>()): Set<string> {
	if (Array.isArray(value)) {
		for (const entry of value) {
			formatsUsed(entry, found);
		}
	} else if (isObject(value)) {
		for (const [key, entry] of Object.entries(value)) {
			if (key === 'format' && typeof entry === 'string') {
				found.add(entry);
			} else {
				formatsUsed(entry, found);
			}
		}
	}

	return found;
}

/** The string formats worth checking; Box's own (`token`, `urn`, `digest`...) are accepted as is. */
const checkedFormats: Record<string, RegExp> = {
	'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i,
	date: /^\d{4}-\d{2}-\d{2}$/,
	email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
};

const documentKey = 'openapi.json';

export type SchemaCheck = {
	/** The ajv error messages; empty when the value is valid. */
	errors(value: unknown): string[];
	/** Every property name the schema declares, through `$ref` and `allOf`. */
	declaredProperties: Set<string>;
};

export type OpenApiSchemas = {
	version: string;
	schema(name: string): SchemaCheck;
};

/**
 * Box's OpenAPI description as one ajv schema; each component is validated through a reference
 * such as `openapi.json#/components/schemas/AccessToken`. Undefined when the file is absent.
 */
export function loadOpenApiSchemas(path: string): OpenApiSchemas | undefined {
	if (!existsSync(path)) {
		return undefined;
	}

	const document = compilableSchema(JSON.parse(readFileSync(path, 'utf8'))) as Json;
	const ajv = new Ajv({strict: false, allErrors: true, validateSchema: false});
	for (const format of formatsUsed(document)) {
		ajv.addFormat(format, checkedFormats[format] ?? true);
	}

	ajv.addSchema(document, documentKey);
	const components = isObject(document['components']) ? document['components'] : {};
	const schemas = isObject(components['schemas']) ? components['schemas'] : {};

	const collectProperties = (schema: unknown, names: Set<string>, seen: Set<string>) => {
		if (!isObject(schema)) {
			return;
		}

		const reference = schema['$ref'];
		if (typeof reference === 'string') {
			const name = reference.replace('#/components/schemas/', '');
			if (!seen.has(name)) {
				seen.add(name);
				collectProperties(schemas[name], names, seen);
			}
		}

		if (isObject(schema['properties'])) {
			for (const name of Object.keys(schema['properties'])) {
				names.add(name);
			}
		}

		if (Array.isArray(schema['allOf'])) {
			for (const part of schema['allOf']) {
				collectProperties(part, names, seen);
			}
		}
	};

	const info = isObject(document['info']) ? document['info'] : {};
	return {
		version: String(info['version']),
		schema(name) {
			if (!(name in schemas)) {
				throw new Error(`Box's OpenAPI description has no schema ${name}`);
			}

			const validate = ajv.getSchema(`${documentKey}#/components/schemas/${name}`);
			if (!validate) {
				throw new Error(`ajv could not compile ${name}`);
			}

			const declaredProperties = new Set<string>();
			collectProperties({$ref: `#/components/schemas/${name}`}, declaredProperties, new Set());
			return {
				declaredProperties,
				errors(value) {
					if (validate(value)) {
						return [];
					}

					return (validate.errors ?? []).map(
						(error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`,
					);
				},
			};
		},
	};
}
