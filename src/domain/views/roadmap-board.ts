import { PHASES } from '../../schemas/roadmap-item.ts';
import { FACETS, type Facet } from '../board-filter.ts';
import { formatCount } from '../format.ts';
import { PHASE_LABELS, isOpen, isReviewOverdue } from '../roadmap.ts';
import type { SiteContent } from '../site-content.ts';
import { lookup } from './lookup.ts';
import type { Link } from './parts.ts';
import { type BoardColumnView, FACET_VALUES, boardColumns } from './roadmap-card.ts';

/** One filter of the board: its query-string name, its label and the values open items have. */
export interface FilterFacetView {
	name: Facet;
	label: string;
	/** What the empty option says: "All areas". */
	any: string;
	options: { value: string; label: string }[];
}

/** Everything the roadmap board shows: the open horizons side by side, as compact cards, with filters. */
export interface RoadmapBoardView {
	type: string;
	description: string;
	intro: string;
	/** The other roadmap pages and the feed. */
	links: Link[];
	feed: Link;
	filters: FilterFacetView[];
	/** How many open items the board shows, for the filters' status line. */
	total: number;
	columns: BoardColumnView[];
}

const CONFIDENCES = ['high', 'medium', 'low'] as const;

/** The roadmap feed's link, for pages that announce it. */
export const roadmapFeed = (content: SiteContent): Link => ({
	href: lookup(content).page('/roadmap.xml'),
	label: `${content.site.name} roadmap (RSS)`,
});

export function roadmapBoardView(content: SiteContent): RoadmapBoardView {
	const to = lookup(content);
	const open = [...content.roadmap].filter(([, item]) => isOpen(item));
	const lastReviewed = open
		.map(([, item]) => item.lastReviewed)
		.sort()
		.at(-1);
	const overdue = open.filter(([, item]) => isReviewOverdue(item, content.site.reviewCadence, content.today)).length;
	const used = (facet: Facet) => new Set(open.flatMap(([, item]) => FACET_VALUES[facet](item)));
	const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
	const options: Record<Facet, { value: string; label: string }[]> = {
		area: [...used('area')].map((id) => ({ value: id, label: to.areaName(id) })).sort(byLabel),
		persona: [...used('persona')].map((id) => ({ value: id, label: to.personaLink(id).label })).sort(byLabel),
		team: [...used('team')].map((id) => ({ value: id, label: to.teamName(id) })).sort(byLabel),
		phase: PHASES.filter((phase) => used('phase').has(phase)).map((phase) => ({ value: phase, label: PHASE_LABELS[phase] })),
		confidence: CONFIDENCES.filter((level) => used('confidence').has(level)).map((level) => ({ value: level, label: level })),
	};
	const labels: Record<Facet, [string, string]> = {
		area: ['Area', 'All areas'],
		persona: ['Persona', 'All personas'],
		team: ['Owner team', 'All teams'],
		phase: ['Phase', 'Any phase'],
		confidence: ['Confidence', 'Any confidence'],
	};
	const review =
		overdue === 0 ? 'every item is within it' : `${formatCount(overdue, 'item')} ${overdue === 1 ? 'is' : 'are'} overdue for review`;
	return {
		type: 'Roadmap board',
		description: `What the ${content.site.name} team is building now, next and later.`,
		intro: `Reviewed ${content.site.reviewCadence}, most recently on ${lastReviewed ?? 'no date yet'}; ${review}. Timing is a target, not a promise: a window is shown as a quarter only when confidence is high, as a half-year when it is medium, and as a year when it is low.`,
		links: [
			{ href: to.page('/roadmap/priorities/'), label: 'Why items rank where they do' },
			{ href: to.page('/roadmap/timeline/'), label: 'Timeline by quarter' },
			{ href: to.page('/roadmap/shipped/'), label: 'What shipped, and what was declined and why' },
		],
		feed: roadmapFeed(content),
		filters: FACETS.map((name) => ({ name, label: labels[name][0], any: labels[name][1], options: options[name] })),
		total: open.length,
		columns: boardColumns(content, [...content.roadmap.keys()]),
	};
}
