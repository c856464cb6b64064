import { z } from 'astro/zod';
import { MeasurementSchema } from '../schemas/measurement.ts';
import { IdSchema, IsoDateSchema } from '../schemas/common.ts';
import { type MetricPoint, metricSeries, teamSeries } from './metrics.ts';
import { COLLECTION_NAMES, type CollectionName, REGISTRY, type Registry, entryRoute } from './registry.ts';
import { withBase } from './routes.ts';
import type { SiteContent } from './site-content.ts';

/**
 * The JSON API: one document per collection whose entries have pages, at /api/<collection>.json,
 * each described by a JSON Schema at /api/schema/<collection>.json generated from the same zod
 * schema the content check uses. Documents carry `schemaVersion`; it changes only when a change
 * would break a consumer (a field removed, renamed or retyped), never for a field added.
 */
export const API_SCHEMA_VERSION = 1;

/** Collections the API publishes: every collection whose entries have a page, named as the registry names them. */
export type ApiCollection = { [K in CollectionName]: Registry[K] extends { route: string } ? K : never }[CollectionName];
export const API_COLLECTIONS = COLLECTION_NAMES.filter((name): name is ApiCollection => 'route' in REGISTRY[name]);

export const isApiCollection = (name: string): name is ApiCollection => (API_COLLECTIONS as readonly string[]).includes(name);

/** Where a collection's document and its schema are served, site-relative with the base. */
export const apiPaths = (base: string, name: ApiCollection) => ({
	document: withBase(base, `/api/${name}.json`),
	schema: withBase(base, `/api/schema/${name}.json`),
});

/** An entry's id: kebab-case words, and for guides the folders they sit in, joined by slashes. */
const EntryIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/);

const PointSchema = z.object({
	date: IsoDateSchema.describe('Day the value was measured (YYYY-MM-DD).'),
	value: MeasurementSchema.describe('The measured value, in the metric’s unit.'),
	samples: z.number().int().nonnegative().optional().describe('Sample size, for survey metrics.'),
});

/** What every item carries besides its data; metrics also carry their measured history. */
function itemSchema(name: ApiCollection) {
	const item = z.object({
		id: EntryIdSchema.describe(
			'Stable id: the path of its file under its folder without extension (guides keep their folders: basics/local-setup), or the id it is listed under.',
		),
		url: z.url().describe('Absolute URL of the entry’s page.'),
		data: REGISTRY[name].schema.describe(`The ${REGISTRY[name].noun} as written in the content, with defaults applied.`),
	});
	if (name !== 'metrics') return item;
	return item.extend({
		series: z.array(PointSchema).describe('Organisation-wide values, oldest first.'),
		teams: z.record(IdSchema, z.array(PointSchema)).describe('Per-team values by team id, oldest first; teams never measured are absent.'),
	});
}

/** The zod schema of a collection's API document. */
export function apiDocumentSchema(name: ApiCollection) {
	return z.strictObject({
		$schema: z.url().describe('Absolute URL of this document’s JSON Schema.'),
		schemaVersion: z.literal(API_SCHEMA_VERSION).describe('Changes only when a change would break a consumer.'),
		site: z.object({ name: z.string(), url: z.url() }).describe('The site the document comes from.'),
		collection: z.literal(name),
		count: z.number().int().nonnegative().describe('How many items follow.'),
		items: z.array(itemSchema(name)).describe(`Every ${REGISTRY[name].noun}, by id.`),
	});
}

/** The JSON Schema (draft 2020-12) of a collection's API document, generated from its zod schema. */
export function apiJsonSchema(name: ApiCollection, schemaUrl: string): Record<string, unknown> {
	const schema = z.toJSONSchema(apiDocumentSchema(name), { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' });
	return { ...schema, $id: schemaUrl, title: `Trailmap ${REGISTRY[name].noun} API, version ${API_SCHEMA_VERSION}` };
}

/** A collection's API document: every entry with its id, the absolute URL of its page and its data. */
export function apiDocument(content: SiteContent, name: ApiCollection, siteUrl: string) {
	const absolute = (path: string) => new URL(path, siteUrl).href;
	const snapshots = content.snapshotList.map((data) => ({ data }));
	const collection: ReadonlyMap<string, unknown> = content[name];
	const entries = [...collection.entries()];
	const items = entries.map(([id, data]) => {
		const item = { id, url: absolute(withBase(content.base, entryRoute(name, id)!)), data };
		if (name !== 'metrics') return item;
		const teams = Object.fromEntries(
			[...content.teams.keys()]
				.map((team): [string, MetricPoint[]] => [team, teamSeries(id, team, snapshots)])
				.filter(([, series]) => series.length > 0),
		);
		return { ...item, series: metricSeries(id, snapshots), teams };
	});
	return {
		$schema: absolute(apiPaths(content.base, name).schema),
		schemaVersion: API_SCHEMA_VERSION,
		site: { name: content.site.name, url: absolute(withBase(content.base, '/')) },
		collection: name,
		count: items.length,
		items,
	};
}
