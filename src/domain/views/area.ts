import type { SiteContent } from '../site-content.ts';
import { statusBadge } from './badges.ts';
import { type EntryChrome, entryChrome } from './chrome.ts';
import { lookup } from './lookup.ts';
import type { Badge, Link } from './parts.ts';
import { type BoardColumnView, type RoadmapCardView, boardColumns, roadmapCard } from './roadmap-card.ts';

/** Everything a product area's page shows: what it covers, who works on it, and everything in it. */
export interface AreaView {
	chrome: EntryChrome;
	name: string;
	description: string;
	/** Teams owning the area's roadmap items, with how to reach them. */
	teams: { link: Link; contact?: Link }[];
	columns: BoardColumnView[];
	shipped: RoadmapCardView[];
	decisions: { link: Link; status: Badge; date: string }[];
	/** Metrics the area's roadmap items aim to move. */
	metrics: Link[];
}

/** The page of area `id`. */
export function areaView(content: SiteContent, id: string, source?: string): AreaView {
	const data = content.areas.get(id)!;
	const to = lookup(content);
	const items = [...content.roadmap].filter(([, item]) => item.area.includes(id));
	const teams = [...new Set(items.flatMap(([, item]) => item.owner))];
	const metrics = [...new Set(items.flatMap(([, item]) => item.successMetrics.map((goal) => goal.metric)))];
	return {
		chrome: entryChrome(content, 'areas', id, source),
		name: data.name,
		description: data.description,
		teams: teams.map((team) => {
			const contact = content.teams.get(team)?.contact;
			return {
				link: to.teamLink(team),
				...(contact ? { contact: { href: to.content(contact), label: `Contact ${to.teamName(team)}` } } : {}),
			};
		}),
		columns: boardColumns(
			content,
			items.map(([item]) => item),
			'area',
		),
		shipped: items
			.filter(([, item]) => item.horizon === 'shipped')
			.sort(([, a], [, b]) => (b.shippedOn ?? '').localeCompare(a.shippedOn ?? ''))
			.map(([item, itemData]) => roadmapCard(content, item, itemData)),
		decisions: [...content.decisions]
			.filter(([, record]) => record.area === id)
			.reverse()
			.map(([record, recordData]) => ({ link: to.decisionLink(record), status: statusBadge(recordData.status), date: recordData.date })),
		metrics: metrics.map(to.metricLink),
	};
}
