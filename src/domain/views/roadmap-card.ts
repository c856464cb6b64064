import type { RoadmapItem } from '../../schemas/roadmap-item.ts';
import { FACETS, type Facet, type Filterable } from '../board-filter.ts';
import { slippedFrom } from '../roadmap-history.ts';
import { BOARD_HORIZONS, type ColumnOrder, HORIZON_LABELS, HORIZON_PROMISES, isOpen, isReviewOverdue, orderColumn } from '../roadmap.ts';
import type { SiteContent } from '../site-content.ts';
import { confidenceBadge, horizonBadge, phaseBadge, reviewOverdueBadge, slippedBadge, targetBadge } from './badges.ts';
import { lookup } from './lookup.ts';
import type { Badge, Link } from './parts.ts';

/** A roadmap item as a compact card: title, labelled badges, summary, areas and owners. */
export interface RoadmapCardView {
	link: Link;
	summary: string;
	/** Phase, target window and confidence, each with its term; the horizon too where the card is outside a column. */
	badges: Badge[];
	/** Warnings a reader should see first: the review is overdue, the target window slipped. */
	flags: Badge[];
	areas: Link[];
	owners: Link[];
	/** The day it shipped, for shipped items. */
	shippedOn?: string;
	/** Its docs or changelog entry, for shipped items. */
	docs?: Link;
	/** Why it was declined, for declined items. */
	reason?: string;
	/** What the board's filters match the card on: ids of areas, personas and owner teams, its phase and confidence, and its words. */
	filter: CardFilter;
}

/** The values a card is filtered by, named as the board's query string names them, and its title, summary and outcome in lower case. */
export type CardFilter = Filterable;

/** An item's values for each of the board's filters. */
export const FACET_VALUES: Record<Facet, (item: RoadmapItem) => readonly string[]> = {
	area: (item) => item.area,
	persona: (item) => item.personas,
	team: (item) => item.owner,
	phase: (item) => (item.phase ? [item.phase] : []),
	confidence: (item) => [item.confidence],
};

/** The slipped flag of an open item whose target window is later than it first was, from its git history. */
export function slipOf(content: SiteContent, id: string, data: RoadmapItem): string | undefined {
	if (!isOpen(data) || content.history.status !== 'complete') return undefined;
	return slippedFrom(content.history.items.get(id) ?? [], data.targetWindow);
}

/** The card of roadmap item `id`; `withHorizon` adds its horizon for lists that mix horizons. */
export function roadmapCard(content: SiteContent, id: string, data: RoadmapItem, withHorizon = false): RoadmapCardView {
	const to = lookup(content);
	const open = isOpen(data);
	const badges: Badge[] = [
		...(withHorizon ? [horizonBadge(data.horizon)] : []),
		...(data.phase && open ? [phaseBadge(data.phase, 'Phase')] : []),
		...(data.targetWindow && open ? [targetBadge(data.targetWindow, data.confidence)] : []),
		...(open ? [confidenceBadge(data.confidence, 'Confidence')] : []),
	];
	const slipped = slipOf(content, id, data);
	const flags: Badge[] = [
		...(isReviewOverdue(data, content.site.reviewCadence, content.today) ? [reviewOverdueBadge(data.lastReviewed)] : []),
		...(slipped ? [slippedBadge(slipped)] : []),
	];
	return {
		link: to.roadmapLink(id),
		summary: data.summary,
		badges,
		flags,
		filter: {
			...(Object.fromEntries(FACETS.map((facet) => [facet, FACET_VALUES[facet](data)])) as Record<Facet, readonly string[]>),
			text: [data.title, data.summary, data.outcome].join(' ').toLowerCase(),
		},
		areas: data.area.map(to.areaLink),
		owners: data.owner.map(to.teamLink),
		...(data.shippedOn && data.horizon === 'shipped' ? { shippedOn: data.shippedOn } : {}),
		...(data.docsUrl && data.horizon === 'shipped' ? { docs: { href: to.content(data.docsUrl), label: `Docs for ${data.title}` } } : {}),
		...(data.declinedReason && data.horizon === 'declined' ? { reason: data.declinedReason } : {}),
	};
}

/** A board column: one open horizon, what it promises, and its cards. */
export interface BoardColumnView {
	id: string;
	label: string;
	horizon: Badge;
	promise: string;
	count: string;
	/** How the cards are ordered, in words: "By RICE score, highest first". */
	order: string;
	cards: RoadmapCardView[];
}

/** How a column's order reads under its heading. */
function orderText(order: ColumnOrder, count: number): string {
	if (count < 2) return '';
	return order.by === 'score' ? `By ${order.model.toUpperCase()} score, highest first.` : 'By target window (mixed scoring models).';
}

/** The open horizons of a set of roadmap items as board columns, in board order, items by priority within each. */
export function boardColumns(content: SiteContent, ids: readonly string[], prefix = 'h'): BoardColumnView[] {
	const items = ids.flatMap((id) => (content.roadmap.has(id) ? [{ id, data: content.roadmap.get(id)! }] : []));
	return BOARD_HORIZONS.map((horizon) => {
		const { items: ordered, order } = orderColumn(items.filter((item) => item.data.horizon === horizon));
		return {
			id: `${prefix}-${horizon}`,
			label: HORIZON_LABELS[horizon],
			horizon: horizonBadge(horizon),
			promise: HORIZON_PROMISES[horizon],
			count: String(ordered.length),
			order: orderText(order, ordered.length),
			cards: ordered.map(({ id, data }) => roadmapCard(content, id, data)),
		};
	});
}
