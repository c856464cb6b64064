import { type CollectionEntry, type CollectionKey, getCollection, getEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import { buildRelations, type Relations } from '../domain/relations.ts';
import { sharedFacts } from '../domain/shared-facts.ts';
import type { Site } from '../schemas/site.ts';

/** Guides live in Starlight's docs collection under guides/; content refers to them without that prefix. */
export const guideRef = (id: string) => id.replace(/^guides\//, '');

/** Everything pages need, loaded once per build: collections by id, and the derived relations. */
export interface SiteModel {
	site: Site;
	areas: Map<string, CollectionEntry<'areas'>>;
	teams: Map<string, CollectionEntry<'teams'>>;
	personas: Map<string, CollectionEntry<'personas'>>;
	journeys: Map<string, CollectionEntry<'journeys'>>;
	roadmap: Map<string, CollectionEntry<'roadmap'>>;
	decisions: Map<string, CollectionEntry<'decisions'>>;
	/** Keyed by guide ref, such as basics/local-setup. */
	guides: Map<string, CollectionEntry<'docs'>>;
	paths: Map<string, CollectionEntry<'paths'>>;
	metrics: Map<string, CollectionEntry<'metrics'>>;
	/** Oldest first. */
	snapshots: CollectionEntry<'snapshots'>[];
	relations: Relations;
	/** Hash of the facts every entry page may show about other entries. */
	sharedFactsHash: string;
}

const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));

async function load(): Promise<SiteModel> {
	const [site, areas, teams, personas, journeys, roadmap, decisions, docs, paths, metrics, snapshots] = await Promise.all([
		getEntry('site', 'site'),
		getCollection('areas'),
		getCollection('teams'),
		getCollection('personas'),
		getCollection('journeys'),
		getCollection('roadmap'),
		getCollection('decisions'),
		getCollection('docs'),
		getCollection('paths'),
		getCollection('metrics'),
		getCollection('snapshots'),
	]);
	if (!site) throw new Error('site.yaml did not load; run `npm run content:check`.');
	const guides = docs.filter((entry) => entry.id.startsWith('guides/'));
	const guideItems = guides.map((entry) => ({ id: guideRef(entry.id), data: entry.data }));
	return {
		site: site.data,
		areas: byId(areas),
		teams: byId(teams),
		personas: byId(personas),
		journeys: byId(journeys),
		roadmap: byId(roadmap),
		decisions: byId(decisions.sort((a, b) => a.id.localeCompare(b.id))),
		guides: new Map(guides.map((entry) => [guideRef(entry.id), entry])),
		paths: byId(paths),
		metrics: byId(metrics),
		snapshots: snapshots.sort((a, b) => a.data.date.localeCompare(b.data.date)),
		relations: buildRelations({ roadmap, decisions, journeys, guides: guideItems }),
		sharedFactsHash: sha256(
			JSON.stringify(sharedFacts({ roadmap, decisions, personas, journeys, guides: guideItems, paths, metrics, snapshots, areas, teams })),
		),
	};
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

let cached: Promise<SiteModel> | undefined;

/** The site model, built on first use and shared by every page of the build. */
export function siteModel(): Promise<SiteModel> {
	cached ??= load();
	return cached;
}

/**
 * The incremental-build key of an entry's page: the entry's own content plus the facts it shows
 * about other entries. Astro re-renders the page when this or the page's code changes.
 */
async function pageCacheKey(entry: { data: unknown; digest?: string | number }): Promise<string> {
	const own = entry.digest === undefined ? sha256(JSON.stringify(entry.data)) : String(entry.digest);
	return `${own}:${(await siteModel()).sharedFactsHash}`;
}

/** getStaticPaths for a page per entry: the entry id as `param`, the entry as `entry`, and its cache key. */
export async function entryPaths<C extends CollectionKey>(collection: C, param = 'id') {
	const entries: CollectionEntry<C>[] = await getCollection(collection);
	return Promise.all(
		entries.map(async (entry) => ({ params: { [param]: entry.id }, props: { entry }, cacheKey: await pageCacheKey(entry) })),
	);
}
