import { z } from 'astro/zod';
import { COLLECTION_NAMES, type CollectionName, REGISTRY } from '../domain/registry.ts';

type JsonSchema = Record<string, unknown>;

/** The folder the generated schemas are committed in, and the content folder editors map them onto. */
export const SCHEMA_DIR = 'schemas';
const CONTENT = 'content';

/** A schema that preprocesses its input (dates, finite numbers) is described by what it accepts after: zod cannot export the function. */
function exportable(schema: z.ZodType): z.ZodType {
	const def = schema._zod.def as unknown as { type: string; in?: z.ZodType; out?: z.ZodType };
	return def.type === 'pipe' && def.in && (def.in._zod.def as { type: string }).type === 'transform' ? def.out! : schema;
}

/** The JSON Schema of one entry, as an editor sees the file: defaults are optional, patterns and enums complete. */
function entrySchema(schema: z.ZodType): JsonSchema {
	const json = z.toJSONSchema(schema, {
		io: 'input',
		unrepresentable: 'any',
		override: ({ zodSchema, jsonSchema }) => {
			const original = zodSchema as unknown as z.ZodType;
			const inner = exportable(original);
			if (inner === original) return;
			const out: JsonSchema = z.toJSONSchema(inner, { io: 'input', unrepresentable: 'any' });
			delete out.$schema;
			Object.assign(jsonSchema, out, jsonSchema.description ? { description: jsonSchema.description } : {});
		},
	}) as JsonSchema;
	delete json.$schema;
	return json;
}

/** Where a collection's files are, as globs relative to the repository. */
export function collectionGlobs(name: CollectionName): string[] {
	const spec = REGISTRY[name];
	if (spec.shape !== 'files') return [`${CONTENT}/${spec.file}`];
	// Only YAML files: the YAML extension reads no front matter, and JSON snapshots are not edited by hand.
	return spec.pattern.includes('yaml') ? [`${CONTENT}/${spec.folder}/${spec.pattern.replace(/\{[^}]*\}|yaml/, 'yaml')}`] : [];
}

/** Where a collection's files are, such as content/roadmap/*.{yaml,md,mdx}. */
const whereFiles = (name: CollectionName) => {
	const spec = REGISTRY[name];
	return spec.shape === 'files' ? `${CONTENT}/${spec.folder}/${spec.pattern}` : `${CONTENT}/${spec.file}`;
};

/** Each collection's schema with its noun and files, for the field reference page. */
export function documentedSchemas(): { id: string; noun: string; where: string; schema: JsonSchema }[] {
	return COLLECTION_NAMES.map((name) => ({
		id: name,
		noun: REGISTRY[name].noun,
		where: whereFiles(name),
		schema: entrySchema(REGISTRY[name].schema),
	}));
}

/** The JSON Schema of each collection's files, by file name under `schemas/`, generated from the zod schemas. */
export function contentJsonSchemas(): Map<string, JsonSchema> {
	const schemas = new Map<string, JsonSchema>();
	for (const name of COLLECTION_NAMES) {
		const spec = REGISTRY[name];
		const entry = entrySchema(spec.schema);
		const where = whereFiles(name);
		const header = {
			$schema: 'https://json-schema.org/draft/2020-12/schema',
			title: `Trailmap ${spec.noun}`,
			description: `${where}: ${spec.shape === 'list' ? `a list of ${spec.noun} entries` : spec.shape === 'map' ? `a map from persona id to ${spec.noun}` : `one ${spec.noun}`}. Generated from src/schemas by npm run schemas; do not edit.`,
		};
		const body =
			spec.shape === 'list'
				? { type: 'array', items: entry }
				: spec.shape === 'map'
					? { type: 'object', additionalProperties: entry }
					: entry;
		schemas.set(`${name}.json`, { ...header, ...body });
	}
	return schemas;
}

/** VS Code settings that map each schema onto its content files, for the YAML extension (redhat.vscode-yaml). */
export function vscodeSettings(): JsonSchema {
	const mapping = Object.fromEntries(
		COLLECTION_NAMES.flatMap((name) => {
			const globs = collectionGlobs(name);
			return globs.length > 0 ? [[`./${SCHEMA_DIR}/${name}.json`, globs.length === 1 ? globs[0] : globs]] : [];
		}),
	);
	return { 'yaml.schemas': mapping };
}

/** A generated file's text: tab-indented JSON and a final newline. */
export const jsonText = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;
