import { queryString } from '../board-filter.ts';
import { formatWords } from '../format.ts';
import { teamSeries } from '../metrics.ts';
import type { SiteContent } from '../site-content.ts';
import { type EntryChrome, entryChrome } from './chrome.ts';
import { lookup } from './lookup.ts';
import { type Fact, type Link, type Stat, facts } from './parts.ts';
import { type BoardColumnView, type RoadmapCardView, boardColumns, roadmapCard } from './roadmap-card.ts';
import { statOf } from './stat.ts';

/** Everything a team's page shows: who they are, how to reach them, and what they own. */
export interface TeamView {
	chrome: EntryChrome;
	name: string;
	description?: string;
	contact?: Link;
	facts: Fact[];
	/** The team's open roadmap items by horizon. */
	columns: BoardColumnView[];
	/** The roadmap board filtered to the team's items. */
	board: Link;
	shipped: RoadmapCardView[];
	/** Decisions behind the roadmap items the team owns. */
	decisions: Link[];
	/** The team's own latest value of each metric a snapshot reports per team. */
	metrics: Stat[];
}

/** The page of team `id`. */
export function teamView(content: SiteContent, id: string, source?: string): TeamView {
	const data = content.teams.get(id)!;
	const to = lookup(content);
	const owned = [...content.roadmap].filter(([, item]) => item.owner.includes(id)).map(([item]) => item);
	const snapshots = content.snapshotList.map((snapshot) => ({ data: snapshot }));
	const decisions = [...new Set(owned.flatMap((item) => content.relations.decisionsByRoadmap.get(item) ?? []))].sort();
	return {
		chrome: entryChrome(content, 'teams', id, source),
		name: data.name,
		description: data.description,
		contact: data.contact ? { href: to.content(data.contact), label: `Contact ${data.name}` } : undefined,
		facts: facts([
			{ term: 'Team type', text: formatWords(data.type) },
			{ term: 'Roadmap items', text: String(owned.length), nowrap: true },
		]),
		columns: boardColumns(content, owned, 'team'),
		board: { href: `${to.page('/roadmap/')}${queryString({ team: id })}`, label: `The roadmap board, filtered to ${data.name}` },
		shipped: owned
			.map((item) => ({ id: item, data: content.roadmap.get(item)! }))
			.filter((item) => item.data.horizon === 'shipped')
			.sort((a, b) => (b.data.shippedOn ?? '').localeCompare(a.data.shippedOn ?? ''))
			.map((item) => roadmapCard(content, item.id, item.data)),
		decisions: decisions.map(to.decisionLink),
		metrics: [...content.metrics].flatMap(([metric, definition]) => {
			const series = teamSeries(metric, id, snapshots);
			return series.length > 0 ? [statOf(to.metricLink(metric), definition, series)] : [];
		}),
	};
}
