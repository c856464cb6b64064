import type { CollectionName, ContentSet } from './content-set.ts';
import { type EntryData, REGISTRY } from './registry.ts';
import { buildRelations, type Relations } from './relations.ts';
import { NO_HISTORY, type RoadmapHistories } from './roadmap-history.ts';

/** An entry as pages see it: its id and its parsed data. */
export interface Item<T> {
	id: string;
	data: T;
}

/** Every collection's entries by id, in the order the content folder lists them. */
export type Collections = { [K in CollectionName]: Map<string, EntryData<K>> };

/**
 * The whole content of a site as plain data, the only input of the page views: collections by id,
 * the site settings, the relations derived from them, and the base path links start with.
 */
export type SiteContent = Collections & {
	site: EntryData<'site'>;
	/** Snapshots oldest first. */
	snapshotList: EntryData<'snapshots'>[];
	relations: Relations;
	/** The site's base path, "/" or "/handbook/". */
	base: string;
	/** The day the site is built, YYYY-MM-DD in UTC: what "review overdue" and "out of date" are judged against. */
	today: string;
	/** Each roadmap item's movement from git, or why there is none. */
	history: RoadmapHistories;
};

/** What a build knows beyond the content: the day, and the roadmap's history from git. */
export interface BuildFacts {
	/** YYYY-MM-DD; without it, the newest date the content mentions, so views stay pure and repeatable. */
	today?: string;
	history?: RoadmapHistories;
}

/** The newest date the content mentions: the latest review, snapshot or ship date. */
function newestDate(collections: Collections): string {
	const dates = [
		...[...collections.roadmap.values()].flatMap((item) => [item.lastReviewed, item.shippedOn ?? '']),
		...[...collections.snapshots.values()].map((snapshot) => snapshot.date),
	];
	return dates.reduce((newest, date) => (date > newest ? date : newest), '1970-01-01');
}

/** Builds the site content from each collection's entries; pure, so views can be tested without a build. */
export function buildSiteContent(
	site: EntryData<'site'>,
	entries: { [K in CollectionName]: readonly Item<EntryData<K>>[] },
	base: string,
	facts: BuildFacts = {},
): SiteContent {
	// Entry files are listed by id whatever order the file system gives; list files keep their written order.
	const byId = (name: string, items: readonly Item<unknown>[]) =>
		new Map(
			(REGISTRY[name as CollectionName].shape === 'files' ? [...items].sort((a, b) => a.id.localeCompare(b.id)) : items).map(
				({ id, data }) => [id, data],
			),
		);
	const collections = Object.fromEntries(Object.entries(entries).map(([name, items]) => [name, byId(name, items)])) as Collections;
	return {
		...collections,
		site,
		snapshotList: [...collections.snapshots.values()].sort((a, b) => a.date.localeCompare(b.date)),
		relations: buildRelations(entries),
		base: base.endsWith('/') ? base : `${base}/`,
		today: facts.today ?? newestDate(collections),
		history: facts.history ?? NO_HISTORY,
	};
}

/** The site content of a checked content set, as the views see it; what tests of views start from. */
export function siteContentOf(set: ContentSet, base = '/', facts: BuildFacts = {}): SiteContent {
	if (!set.site) throw new Error('the content set has no site settings');
	const entries = Object.fromEntries(
		Object.keys(set)
			.filter((key) => Array.isArray(set[key as CollectionName]))
			.map((name) => [name, set[name as CollectionName].map(({ id, data }) => ({ id, data }))]),
	) as { [K in CollectionName]: Item<EntryData<K>>[] };
	return buildSiteContent(set.site.data, entries, base, facts);
}
