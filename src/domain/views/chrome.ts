import { currentStatus } from '../decisions.ts';
import { BOARD_HORIZONS, groupByHorizon } from '../roadmap.ts';
import { METRIC_CATEGORIES } from '../../schemas/metric-definition.ts';
import { metricSeries } from '../metrics.ts';
import type { SiteContent } from '../site-content.ts';
import { lookup } from './lookup.ts';
import type { Heading, Link } from './parts.ts';
import { type PageSearch, entrySearch } from './search.ts';

/** Collections whose entries have a page with the same chrome. */
export type EntryCollection = 'roadmap' | 'decisions' | 'guides' | 'personas' | 'journeys' | 'metrics' | 'paths' | 'teams' | 'areas';

/** The frame every entry page shows around its content, computed like the rest of the view. */
export interface EntryChrome {
	/** What kind of page this is, for search results: "Roadmap item". */
	type: string;
	/** From the home page to the collection's index; the page itself follows as plain text. */
	breadcrumbs: Link[];
	/** The content file on the repository's edit screen, and its path; undefined when the source file is not known. */
	edit?: Link & { file: string };
	/** The entry's own most recent date, such as a roadmap item's last review. */
	updated?: { label: string; date: string };
	/** Where to give feedback: the entry's own feedback URL, else the site's. */
	feedback: Link;
	/** What the search index knows of the page beyond its text. */
	search: PageSearch;
	/** Neighbours in the order the collection's index lists them. */
	prev?: Link;
	next?: Link;
}

/** Each collection's page type, index page and index label. */
const COLLECTION_PAGES: Record<EntryCollection, { type: string; index: string; label: string }> = {
	roadmap: { type: 'Roadmap item', index: '/roadmap/', label: 'Roadmap' },
	decisions: { type: 'Decision record', index: '/decisions/', label: 'Decisions' },
	guides: { type: 'Guide', index: '/guides/', label: 'Guides' },
	personas: { type: 'Persona', index: '/personas/', label: 'Personas' },
	journeys: { type: 'Journey', index: '/journeys/', label: 'Journeys' },
	metrics: { type: 'Metric', index: '/metrics/', label: 'Metrics' },
	paths: { type: 'Onboarding path', index: '/start/', label: 'Get started' },
	teams: { type: 'Team', index: '/teams/', label: 'Teams' },
	areas: { type: 'Product area', index: '/areas/', label: 'Areas' },
};

/** Every collection whose entries have pages, in the order the site's navigation lists them. */
export const ENTRY_COLLECTIONS = Object.keys(COLLECTION_PAGES) as EntryCollection[];

/** What one entry page of a collection is, in words: "Roadmap item". */
export const entryType = (collection: EntryCollection): string => COLLECTION_PAGES[collection].type;

/** Below this many sections a page needs no "On this page" list: it fits on a screen or two. */
export const TOC_MIN_SECTIONS = 4;

/** Whether a page lists its sections: only when it has enough top-level sections to need it. */
export const showToc = (headings: readonly Heading[]): boolean =>
	headings.filter((heading) => heading.depth === 2).length >= TOC_MIN_SECTIONS;

/** The index order of each collection, so prev and next follow the index a reader came from. */
const orders = new WeakMap<SiteContent, Map<EntryCollection, string[]>>();

function indexOrder(content: SiteContent, collection: EntryCollection): string[] {
	switch (collection) {
		case 'roadmap': {
			const groups = groupByHorizon([...content.roadmap].map(([id, data]) => ({ id, data })));
			const shipped = [...groups.shipped].sort((a, b) => (b.data.shippedOn ?? '').localeCompare(a.data.shippedOn ?? ''));
			return [...BOARD_HORIZONS.flatMap((horizon) => groups[horizon]), ...shipped, ...groups.declined].map((item) => item.id);
		}
		case 'guides':
			return [...content.guides.keys()].sort((a, b) => a.localeCompare(b));
		case 'personas':
			return [...content.personas].sort(([, a], [, b]) => b.population - a.population).map(([id]) => id);
		case 'metrics':
			return METRIC_CATEGORIES.flatMap((category) =>
				[...content.metrics].filter(([, metric]) => metric.category === category).map(([id]) => id),
			);
		default:
			return [...content[collection].keys()];
	}
}

/** The ids of a collection in index order, computed once per content. */
export function orderOf(content: SiteContent, collection: EntryCollection): string[] {
	const cached = orders.get(content) ?? new Map<EntryCollection, string[]>();
	orders.set(content, cached);
	let order = cached.get(collection);
	if (!order) {
		order = indexOrder(content, collection);
		cached.set(collection, order);
	}
	return order;
}

/** The page link of any entry, by collection. */
export function entryLink(content: SiteContent, collection: EntryCollection, id: string): Link {
	const to = lookup(content);
	switch (collection) {
		case 'roadmap':
			return to.roadmapLink(id);
		case 'decisions':
			return to.decisionLink(id);
		case 'guides':
			return to.guideLink(id);
		case 'personas':
			return to.personaLink(id);
		case 'journeys':
			return to.journeyLink(id);
		case 'metrics':
			return to.metricLink(id);
		case 'paths':
			return { href: to.start(id), label: content.paths.get(id)?.title ?? id };
		case 'teams':
			return to.teamLink(id);
		case 'areas':
			return to.areaLink(id);
	}
}

/** The date an entry was last touched, from its own fields; pages without a dated field show none. */
function updatedOf(content: SiteContent, collection: EntryCollection, id: string): EntryChrome['updated'] {
	if (collection === 'roadmap') {
		const item = content.roadmap.get(id);
		return item && { label: 'Last reviewed', date: item.lastReviewed };
	}
	if (collection === 'decisions') {
		const record = content.decisions.get(id);
		return record && { label: 'Status set', date: currentStatus(record).date };
	}
	if (collection === 'metrics') {
		const latest = metricSeries(
			id,
			content.snapshotList.map((data) => ({ data })),
		).at(-1);
		return latest && { label: 'Last measured', date: latest.date };
	}
	return undefined;
}

/** Where an entry's edit link goes: its file, relative to the content folder, on the repository's edit screen. */
export function editUrl(content: SiteContent, source: string): string {
	const repo = content.site.repoUrl.replace(/\/+$/, '');
	return `${repo}/edit/${content.site.editBranch}/content/${source}`;
}

/**
 * The chrome of entry `id`'s page: type, breadcrumbs, edit link (when `source`, the entry's file
 * relative to the content folder, is known), last-updated date, feedback link, and prev and next
 * in index order.
 */
export function entryChrome(
	content: SiteContent,
	collection: EntryCollection,
	id: string,
	source?: string,
	feedbackUrl?: string,
): EntryChrome {
	const to = lookup(content);
	const page = COLLECTION_PAGES[collection];
	const order = orderOf(content, collection);
	const at = order.indexOf(id);
	const neighbour = (index: number) =>
		at === -1 || index < 0 || index >= order.length ? undefined : entryLink(content, collection, order[index]);
	const title = entryLink(content, collection, id).label;
	const updated = updatedOf(content, collection, id);
	const prev = neighbour(at - 1);
	const next = neighbour(at + 1);
	return {
		type: page.type,
		breadcrumbs: [
			{ href: to.page('/'), label: 'Home' },
			{ href: to.page(page.index), label: page.label },
		],
		...(source === undefined ? {} : { edit: { href: editUrl(content, source), label: 'Edit this page', file: `content/${source}` } }),
		...(updated ? { updated } : {}),
		feedback: { href: to.content(feedbackUrl ?? content.site.feedbackUrl), label: `Give feedback on ${title}` },
		search: entrySearch(content, collection, id, page.type),
		...(prev ? { prev } : {}),
		...(next ? { next } : {}),
	};
}
