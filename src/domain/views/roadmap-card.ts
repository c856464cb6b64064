import type { RoadmapItem } from '../../schemas/roadmap-item.ts';
import { BOARD_HORIZONS, HORIZON_LABELS, HORIZON_PROMISES, groupByHorizon } from '../roadmap.ts';
import type { SiteContent } from '../site-content.ts';
import { confidenceBadge, horizonBadge, phaseBadge, targetBadge } from './badges.ts';
import { lookup } from './lookup.ts';
import type { Badge, Link } from './parts.ts';

/** A roadmap item as a compact card: title, labelled badges, summary, areas and owners. */
export interface RoadmapCardView {
	link: Link;
	summary: string;
	/** Phase, target window and confidence, each with its term; the horizon too where the card is outside a column. */
	badges: Badge[];
	areas: Link[];
	owners: Link[];
	/** The day it shipped, for shipped items. */
	shippedOn?: string;
	/** Its docs or changelog entry, for shipped items. */
	docs?: Link;
	/** Why it was declined, for declined items. */
	reason?: string;
}

/** The card of roadmap item `id`; `withHorizon` adds its horizon for lists that mix horizons. */
export function roadmapCard(content: SiteContent, id: string, data: RoadmapItem, withHorizon = false): RoadmapCardView {
	const to = lookup(content);
	const open = data.horizon !== 'shipped' && data.horizon !== 'declined';
	const badges: Badge[] = [
		...(withHorizon ? [horizonBadge(data.horizon)] : []),
		...(data.phase && open ? [phaseBadge(data.phase, 'Phase')] : []),
		...(data.targetWindow && open ? [targetBadge(data.targetWindow)] : []),
		...(open ? [confidenceBadge(data.confidence, 'Confidence')] : []),
	];
	return {
		link: to.roadmapLink(id),
		summary: data.summary,
		badges,
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
	cards: RoadmapCardView[];
}

/** The open horizons of a set of roadmap items as board columns, in board order, items by priority within each. */
export function boardColumns(content: SiteContent, ids: readonly string[], prefix = 'h'): BoardColumnView[] {
	const groups = groupByHorizon(ids.flatMap((id) => (content.roadmap.has(id) ? [{ id, data: content.roadmap.get(id)! }] : [])));
	return BOARD_HORIZONS.map((horizon) => ({
		id: `${prefix}-${horizon}`,
		label: HORIZON_LABELS[horizon],
		horizon: horizonBadge(horizon),
		promise: HORIZON_PROMISES[horizon],
		count: String(groups[horizon].length),
		cards: groups[horizon].map(({ id, data }) => roadmapCard(content, id, data)),
	}));
}
