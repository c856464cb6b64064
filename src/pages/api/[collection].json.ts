import type { APIRoute, GetStaticPaths } from 'astro';
import { API_COLLECTIONS, type ApiCollection, apiDocument } from '../../domain/api.ts';
import { siteContent } from '../../lib/site-model.ts';

export const getStaticPaths = (() => API_COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

/** /api/<collection>.json: every entry of the collection with its id, page URL and data. */
export const GET: APIRoute = async ({ params, site }) =>
	Response.json(apiDocument(await siteContent(), params.collection as ApiCollection, site!.href));
