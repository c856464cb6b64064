import type { APIRoute, GetStaticPaths } from 'astro';
import { API_COLLECTIONS, type ApiCollection, apiJsonSchema, apiPaths } from '../../../domain/api.ts';

export const getStaticPaths = (() => API_COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

/** /api/schema/<collection>.json: the JSON Schema of /api/<collection>.json, generated from the zod schemas. */
export const GET: APIRoute = ({ params, site }) => {
	const name = params.collection as ApiCollection;
	return Response.json(apiJsonSchema(name, new URL(apiPaths(import.meta.env.BASE_URL, name).schema, site).href));
};
