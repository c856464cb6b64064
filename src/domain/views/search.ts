import { HORIZON_LABELS } from '../roadmap.ts';
import type { SiteContent } from '../site-content.ts';
import { wordsOf } from '../spelling.ts';
import { ENTRY_COLLECTIONS, type EntryCollection, entryType, orderOf } from './chrome.ts';
import { lookup } from './lookup.ts';

/**
 * The facets search narrows by, in the order the search page offers them. Values are the words a
 * reader picks (an area's name, a persona's name), never ids.
 */
export const SEARCH_FACETS = [
	{ key: 'type', label: 'Type' },
	{ key: 'status', label: 'Horizon or status' },
	{ key: 'area', label: 'Area' },
	{ key: 'persona', label: 'Persona' },
	{ key: 'tag', label: 'Tag' },
] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number]['key'];

/** What the search index knows of a page beyond its text: facet values, metadata shown with a result, and the date it sorts by. */
export interface PageSearch {
	filters: [SearchFacet, string][];
	meta: [string, string][];
	/** YYYY-MM-DD: when the entry was decided, shipped, reviewed or measured. */
	date?: string;
	/** Other words readers use for what the page is about, such as "backend" for a persona; shown on the page, so search finds them. */
	aliases: string[];
}

const capitalised = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

/** An index page's search data: its type only. */
export const indexSearch = (type: string): PageSearch => ({ filters: [['type', type]], meta: [['type', type]], aliases: [] });

/** An entry page's search data, by collection. */
export function entrySearch(content: SiteContent, collection: EntryCollection, id: string, type: string): PageSearch {
	const to = lookup(content);
	const personaNames = (ids: readonly string[]) => ids.map((persona): [SearchFacet, string] => ['persona', to.personaLink(persona).label]);
	const search: PageSearch = indexSearch(type);
	const add = (facet: SearchFacet, value: string) => search.filters.push([facet, value]);
	switch (collection) {
		case 'roadmap': {
			const item = content.roadmap.get(id);
			if (!item) break;
			add('status', HORIZON_LABELS[item.horizon]);
			for (const area of item.area) add('area', to.areaName(area));
			search.filters.push(...personaNames(item.personas));
			search.meta.push(['status', HORIZON_LABELS[item.horizon]]);
			search.date = item.shippedOn ?? item.lastReviewed;
			break;
		}
		case 'decisions': {
			const record = content.decisions.get(id);
			if (!record) break;
			add('status', capitalised(record.status));
			if (record.area) add('area', to.areaName(record.area));
			for (const tag of record.tags) add('tag', tag);
			search.meta.push(['status', capitalised(record.status)]);
			search.date = record.date;
			break;
		}
		case 'guides':
			search.filters.push(...personaNames(content.guides.get(id)?.personas ?? []));
			break;
		case 'journeys':
			search.filters.push(...personaNames(content.journeys.get(id)?.personas ?? []));
			break;
		case 'personas':
			search.filters.push(...personaNames([id]));
			search.aliases = content.personas.get(id)?.aliases ?? [];
			break;
		case 'paths':
			search.filters.push(...personaNames([id]));
			search.aliases = content.personas.get(id)?.aliases ?? [];
			break;
		case 'areas':
			add('area', to.areaName(id));
			break;
		case 'metrics':
			search.date = content.snapshotList.findLast((snapshot) => id in snapshot.values)?.date;
			break;
		case 'teams':
			break;
	}
	if (search.date) search.meta.push(['date', search.date]);
	return search;
}

/** One facet of the search page, with every value some page has. */
export interface FacetView {
	key: SearchFacet;
	label: string;
	values: string[];
}

/** Text of an entry worth correcting typos towards: its title and the fields a reader would search for. */
function entryText(content: SiteContent, collection: EntryCollection, id: string): string[] {
	switch (collection) {
		case 'roadmap': {
			const item = content.roadmap.get(id);
			return item ? [item.title, item.summary] : [];
		}
		case 'decisions':
			return [content.decisions.get(id)?.title ?? ''];
		case 'personas': {
			const persona = content.personas.get(id);
			return persona ? [persona.name, persona.role, persona.summary, ...persona.aliases] : [];
		}
		case 'journeys':
			return [content.journeys.get(id)?.title ?? ''];
		case 'guides': {
			const guide = content.guides.get(id);
			return guide ? [guide.title, guide.description ?? ''] : [];
		}
		case 'metrics': {
			const metric = content.metrics.get(id);
			return metric ? [metric.name, metric.description] : [];
		}
		case 'paths':
			return [content.paths.get(id)?.title ?? ''];
		case 'teams':
			return [lookup(content).teamName(id)];
		case 'areas':
			return [lookup(content).areaName(id)];
	}
}

/**
 * The /search/ page: every facet with the values pages carry (the form exists without JavaScript;
 * the script fills in counts and results), and the site's vocabulary, most frequent first, that the
 * script corrects typos towards.
 */
export function searchPageView(content: SiteContent) {
	const facetValues = new Map<SearchFacet, Set<string>>(SEARCH_FACETS.map(({ key }) => [key, new Set<string>()]));
	const frequency = new Map<string, number>();
	for (const collection of ENTRY_COLLECTIONS) {
		for (const id of orderOf(content, collection)) {
			for (const [facet, value] of entrySearch(content, collection, id, entryType(collection)).filters) facetValues.get(facet)?.add(value);
			for (const word of entryText(content, collection, id).flatMap(wordsOf)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
		}
	}
	const facets: FacetView[] = SEARCH_FACETS.map(({ key, label }) => ({
		key,
		label,
		values: [...(facetValues.get(key) ?? [])].sort((a, b) => (key === 'type' ? 0 : a.localeCompare(b))),
	})).filter(({ values }) => values.length > 0);
	const vocabulary = [...frequency]
		.filter(([word]) => word.length >= 4)
		.sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
		.map(([word]) => word);
	return { facets, vocabulary, bundle: `${content.base}pagefind/pagefind.js`, base: content.base };
}
