import type { z } from 'astro/zod';
import type { FieldPath } from '../domain/problem.ts';

type AnySchema = z.ZodType;
type Def = Record<string, unknown> & { type: string };

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;

/** The schemas a value at this schema may take, with optional, default, nullable and preprocess wrappers removed and unions opened. */
function shapesOf(schema: AnySchema): AnySchema[] {
	const def = defOf(schema);
	if (def.innerType) return shapesOf(def.innerType as AnySchema);
	if (def.type === 'pipe') return [...shapesOf(def.in as AnySchema), ...shapesOf(def.out as AnySchema)];
	if (def.type === 'union') return (def.options as AnySchema[]).flatMap(shapesOf);
	return [schema];
}

/** The schemas of the value at `key` inside a value of this schema. */
function childrenAt(schema: AnySchema, key: string | number): AnySchema[] {
	return shapesOf(schema).flatMap((shape) => {
		const def = defOf(shape);
		if (def.type === 'object') {
			const child = (def.shape as Record<string, AnySchema>)[String(key)];
			return child ? [child] : [];
		}
		if (def.type === 'array' && typeof key === 'number') return [def.element as AnySchema];
		if (def.type === 'record') return [def.valueType as AnySchema];
		return [];
	});
}

/** The field names an object at `path` inside data of `schema` may have: the choices for an unknown key written there. */
export function fieldNamesAt(schema: AnySchema, path: FieldPath): string[] {
	let schemas = [schema];
	for (const key of path) schemas = schemas.flatMap((node) => childrenAt(node, key));
	const names = schemas.flatMap(shapesOf).flatMap((shape) => {
		const def = defOf(shape);
		return def.type === 'object' ? Object.keys(def.shape as Record<string, AnySchema>) : [];
	});
	return [...new Set(names)];
}
