import type { Table, Value } from './parts.ts';

/** The parts of a JSON Schema (as zod's toJSONSchema writes it) that the reference reads. */
export interface JsonSchema {
	type?: string;
	title?: string;
	description?: string;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	additionalProperties?: JsonSchema | boolean;
	enum?: unknown[];
	const?: unknown;
	anyOf?: JsonSchema[];
	oneOf?: JsonSchema[];
	pattern?: string;
	default?: unknown;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	exclusiveMaximum?: number;
	minItems?: number;
	minLength?: number;
	/** `{}` for a field no value is allowed in. */
	not?: JsonSchema;
}

/** One content type's section of the reference. */
export interface FieldSection {
	/** Anchor id, the collection's name. */
	id: string;
	heading: string;
	/** Where its files are, such as content/roadmap/*.{yaml,md,mdx}. */
	where: string;
	table: Table;
}

export interface FieldReferenceView {
	title: string;
	description: string;
	/** How to read the tables. */
	intro: string;
	sections: FieldSection[];
}

/** Patterns the schemas use, by what a reader calls them. */
const PATTERN_NAMES: Record<string, string> = {
	'^[a-z0-9]+(?:-[a-z0-9]+)*$': 'kebab-case id',
	'^\\d{4}-\\d{2}-\\d{2}$': 'date, YYYY-MM-DD',
	'^\\d{4}-Q[1-4]$': 'quarter, YYYY-Qn',
	'^[A-Z]{3}$': 'currency code, such as EUR',
};

const isEmpty = (schema: JsonSchema) => Object.keys(schema).length === 0;
const objectOf = (schema: JsonSchema | boolean | undefined): JsonSchema | undefined =>
	typeof schema === 'object' && !isEmpty(schema) ? schema : undefined;

/** The type of a value in words: "text", "list of kebab-case id", "map of id to number". */
function typeName(schema: JsonSchema): string {
	const choices = schema.anyOf ?? schema.oneOf;
	if (choices) return [...new Set(choices.map(typeName))].join(' or ');
	if (schema.enum || schema.const !== undefined) return 'one of the values';
	if (schema.type === 'array') return `list of ${schema.items ? typeName(schema.items) : 'values'}`;
	if (schema.type === 'object') {
		const values = objectOf(schema.additionalProperties);
		return values && !schema.properties ? `map of id to ${typeName(values)}` : 'object, fields below';
	}
	if (schema.type === 'string') return (schema.pattern && PATTERN_NAMES[schema.pattern]) ?? 'text';
	if (schema.type === 'integer') return 'whole number';
	return schema.type ?? 'any value';
}

/** A value allowed by a schema, as written in YAML. */
const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** What values are allowed, beyond the type: the choices, a range, a minimum count. */
function allowed(schema: JsonSchema): string {
	const choices = schema.anyOf ?? schema.oneOf;
	if (choices) return choices.map(allowed).filter(Boolean).join('; ');
	if (schema.enum) return schema.enum.map(shown).join(', ');
	if (schema.const !== undefined) return shown(schema.const);
	if (schema.type === 'array') {
		const items = schema.items ? allowed(schema.items) : '';
		return [schema.minItems ? `at least ${schema.minItems}` : '', items].filter(Boolean).join('; ');
	}
	const low = schema.minimum ?? schema.exclusiveMinimum;
	const high = schema.maximum ?? schema.exclusiveMaximum;
	const lowWord = schema.exclusiveMinimum !== undefined ? 'more than' : 'at least';
	const highWord = schema.exclusiveMaximum !== undefined ? 'less than' : 'at most';
	if (low !== undefined && high !== undefined) return `${lowWord} ${low}, ${highWord} ${high}`;
	if (low !== undefined) return `${lowWord} ${low}`;
	if (high !== undefined) return `${highWord} ${high}`;
	return '';
}

/** Whether a field must be written, or what it is when left out. */
function presence(schema: JsonSchema, required: boolean): string {
	if (required) return 'required';
	if (schema.default === undefined) return 'optional';
	const value = schema.default;
	const written =
		Array.isArray(value) && value.length === 0
			? 'an empty list'
			: typeof value === 'object' && value !== null && Object.keys(value).length === 0
				? 'an empty map'
				: shown(value);
	return `optional, default ${written}`;
}

/** The object schemas a field's value holds fields of, with the path suffix they are written under. */
function nested(schema: JsonSchema): { suffix: string; schema: JsonSchema }[] {
	const choices = schema.anyOf ?? schema.oneOf;
	if (choices) return choices.flatMap(nested);
	if (schema.type === 'array' && schema.items)
		return nested(schema.items).map(({ suffix, schema: inner }) => ({ suffix: `[]${suffix}`, schema: inner }));
	if (schema.type !== 'object') return [];
	if (schema.properties) return [{ suffix: '', schema }];
	const values = objectOf(schema.additionalProperties);
	return values ? nested(values).map(({ suffix, schema: inner }) => ({ suffix: `.<id>${suffix}`, schema: inner })) : [];
}

/** One row per field, nested fields after their parent as parent.child, list items as list[].child. */
function fieldRows(schema: JsonSchema, prefix: string): Value[][] {
	const required = new Set(schema.required ?? []);
	return Object.entries(schema.properties ?? {}).flatMap(([key, field]) => {
		// A field no value is allowed in is one the check refuses (a Starlight field guides may not use).
		if (field.not && isEmpty(field.not)) return [];
		const path = `${prefix}${key}`;
		const row: Value[] = [
			{ text: path, nowrap: true },
			{ text: typeName(field) },
			{ text: presence(field, required.has(key)) },
			{ text: allowed(field) },
			// Descriptions mark code with backticks for the schema files' readers; the page shows plain text.
			{ text: (field.description ?? '').replaceAll('`', '') },
		];
		return [row, ...nested(field).flatMap(({ suffix, schema: inner }) => fieldRows(inner, `${path}${suffix}.`))];
	});
}

/** The entry schema of a file's schema: the items of a list file, the values of a map file, else itself. */
function entryOf(schema: JsonSchema): JsonSchema {
	if (schema.type === 'array' && schema.items) return schema.items;
	const values = objectOf(schema.additionalProperties);
	return schema.type === 'object' && !schema.properties && values ? values : schema;
}

/**
 * The field reference: every content type's fields with their type, whether they are required or
 * their default, the values allowed and a description, from the JSON Schemas the zod schemas export
 * (the same ones editors validate with), in the order `schemas` gives.
 */
export function fieldReferenceView(
	schemas: readonly { id: string; noun: string; where: string; schema: JsonSchema }[],
): FieldReferenceView {
	return {
		title: 'Field reference',
		description: 'Every field of every content type: its type, whether it is required, the values allowed and what it means.',
		intro:
			'Generated from src/schemas/, the schemas the content check and the editor (schemas/*.json) use too. A nested field is written parent.child, a field of each list item list[].child, and a field of each value of a map map.<id>.child.',
		sections: schemas.map(({ id, noun, where, schema }) => ({
			id,
			heading: noun.charAt(0).toUpperCase() + noun.slice(1),
			where,
			table: {
				caption: `${noun.charAt(0).toUpperCase() + noun.slice(1)} fields`,
				columns: [
					{ label: 'Field', main: true },
					{ label: 'Type' },
					{ label: 'Required' },
					{ label: 'Allowed values' },
					{ label: 'Description' },
				],
				rows: fieldRows(entryOf(schema), ''),
			},
		})),
	};
}
