import { groupByHorizon } from '../roadmap.ts';
import { groupByQuarter, quarterLabel } from '../quarters.ts';
import type { SiteContent } from '../site-content.ts';
import { lookup } from './lookup.ts';
import type { Link } from './parts.ts';
import { type BoardColumnView, type RoadmapCardView, boardColumns, roadmapCard } from './roadmap-card.ts';

/** Everything the roadmap board shows: the open horizons side by side, as compact cards. */
export interface RoadmapBoardView {
	type: string;
	description: string;
	intro: string;
	shipped: Link;
	columns: BoardColumnView[];
}

export function roadmapBoardView(content: SiteContent): RoadmapBoardView {
	const to = lookup(content);
	const lastReviewed = [...content.roadmap.values()]
		.map((item) => item.lastReviewed)
		.sort()
		.at(-1);
	return {
		type: 'Roadmap board',
		description: `What the ${content.site.name} team is building now, next and later.`,
		intro: `Reviewed ${content.site.reviewCadence}; most recent review ${lastReviewed ?? 'not yet'}. Timing is a target, not a promise: each card says how confident the team is.`,
		shipped: { href: to.page('/roadmap/shipped/'), label: 'See what shipped, and what was declined and why' },
		columns: boardColumns(content, [...content.roadmap.keys()]),
	};
}

/** Everything the shipped page shows: shipped items by quarter, newest first, and declined items with their reasons. */
export interface ShippedView {
	type: string;
	quarters: { id: string; label: string; count: string; items: RoadmapCardView[] }[];
	declined: RoadmapCardView[];
}

export function shippedView(content: SiteContent): ShippedView {
	const groups = groupByHorizon([...content.roadmap].map(([id, data]) => ({ id, data })));
	return {
		type: 'Roadmap: shipped and declined',
		quarters: groupByQuarter(groups.shipped, (item) => item.data.shippedOn ?? '').map(({ quarter, items }) => ({
			id: `q-${quarter.toLowerCase()}`,
			label: quarterLabel(quarter),
			count: String(items.length),
			items: items.map(({ id, data }) => roadmapCard(content, id, data)),
		})),
		declined: groups.declined.map(({ id, data }) => roadmapCard(content, id, data)),
	};
}
