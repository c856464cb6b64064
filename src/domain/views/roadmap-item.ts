import type { RoadmapItem } from '../../schemas/roadmap-item.ts';
import { priorityScore } from '../prioritisation.ts';
import { quarterLabel } from '../quarters.ts';
import type { HistoryEvent } from '../roadmap-history.ts';
import { HORIZON_LABELS, isReviewOverdue, targetText } from '../roadmap.ts';
import type { SiteContent } from '../site-content.ts';
import { confidenceBadge, horizonBadge, phaseBadge, reviewOverdueBadge, severityBadge, slippedBadge } from './badges.ts';
import { type EntryChrome, entryChrome } from './chrome.ts';
import { lookup } from './lookup.ts';
import { type Badge, type Fact, type Heading, type Link, type Staleness, type Table, facts } from './parts.ts';
import { roadmapFeed } from './roadmap-board.ts';
import { slipOf } from './roadmap-card.ts';
import { stalenessOf } from './staleness.ts';
import { successMetricsTable } from './success-metrics.ts';

/** Everything a roadmap item's page shows, around its body. */
export interface RoadmapItemView {
	chrome: EntryChrome;
	title: string;
	summary: string;
	/** Horizon, phase and confidence, each labelled. */
	badges: Badge[];
	/** Review overdue, target window slipped. */
	flags: Badge[];
	facts: Fact[];
	declinedReason?: string;
	outcome: string;
	/** Its success metrics: baseline, target, latest value and, once shipped, how each moved since. */
	goals?: Table;
	/** The warning when a success metric's latest value is older than its cadence. */
	metricsStale?: Staleness;
	pains: { href: string; text: string; severity: Badge; frequency: string; journey: Link }[];
	context: Fact[];
	docs?: Link;
	/** The roadmap's feed, announced in the page's head. */
	feed: Link;
	/** How the item moved, from git: each event oldest first, or why there is none. */
	history: { events: { date: string; text: string }[]; note?: string };
	/** The page's own sections before the body, and after it, for the table of contents. */
	headings: { before: Heading[]; after: Heading[] };
}

/** How demand for an item reads: "12 votes; 3 team requests; note". */
export function demandText(demand: RoadmapItem['demand']): string | undefined {
	if (!demand) return undefined;
	const parts = [
		demand.votes === undefined ? undefined : `${demand.votes} votes`,
		demand.requests === undefined ? undefined : `${demand.requests} team requests`,
		demand.note,
	];
	return parts.filter((part) => part !== undefined).join('; ');
}

/** One history event in words: "Moved from Next to Now". */
export function historyText(event: HistoryEvent): string {
	switch (event.kind) {
		case 'entered':
			return `Entered the roadmap in ${HORIZON_LABELS[event.horizon]}`;
		case 'moved':
			return `Moved from ${HORIZON_LABELS[event.from]} to ${HORIZON_LABELS[event.to]}`;
		case 'slipped':
			return `Target window slipped from ${quarterLabel(event.from)} to ${quarterLabel(event.to)}`;
		case 'pulled-in':
			return `Target window brought forward from ${quarterLabel(event.from)} to ${quarterLabel(event.to)}`;
		case 'shipped':
			return 'Shipped';
		case 'declined':
			return 'Declined';
	}
}

/** An item's history as its page shows it, with a note where git gives none. */
function historyOfItem(content: SiteContent, id: string): RoadmapItemView['history'] {
	const { history } = content;
	if (history.status !== 'complete') return { events: [], note: `No history: ${history.reason}.` };
	const events = history.items.get(id) ?? [];
	if (events.length === 0) return { events: [], note: 'No history yet: this item has not been committed.' };
	return { events: events.map((event) => ({ date: event.date, text: historyText(event) })) };
}

/** The page of roadmap item `id`. */
export function roadmapItemView(content: SiteContent, id: string, source?: string): RoadmapItemView {
	const data = content.roadmap.get(id)!;
	const to = lookup(content);
	const score = data.priority ? priorityScore(data.priority) : undefined;
	const open = data.horizon !== 'shipped' && data.horizon !== 'declined';
	const pains = data.addresses.flatMap((ref) => {
		const pain = content.relations.pains.get(ref);
		if (!pain) return [];
		const { text, severity, frequency } = pain.pain;
		return [
			{
				href: to.pain(ref),
				text,
				severity: severityBadge(severity),
				frequency: `felt ${frequency}`,
				journey: to.journeyLink(pain.journey),
			},
		];
	});
	const section = (slug: string, text: string): Heading => ({ depth: 2, slug, text });
	const slipped = slipOf(content, id, data);
	return {
		chrome: entryChrome(content, 'roadmap', id, source, data.feedbackUrl),
		title: data.title,
		summary: data.summary,
		badges: [
			horizonBadge(data.horizon, 'Horizon'),
			...(data.phase && open ? [phaseBadge(data.phase, 'Phase')] : []),
			...(open ? [confidenceBadge(data.confidence, 'Confidence')] : []),
		],
		flags: [
			...(isReviewOverdue(data, content.site.reviewCadence, content.today) ? [reviewOverdueBadge(data.lastReviewed)] : []),
			...(slipped ? [slippedBadge(slipped)] : []),
		],
		facts: facts([
			{ term: 'Target', text: data.targetWindow && open ? targetText(data.targetWindow, data.confidence) : undefined, nowrap: true },
			{ term: 'Shipped', date: data.shippedOn },
			{ term: 'Areas', links: data.area.map(to.areaLink) },
			{ term: 'Owners', links: data.owner.map(to.teamLink) },
			{ term: 'For', links: data.personas.map(to.personaLink) },
		]),
		declinedReason: data.horizon === 'declined' ? data.declinedReason : undefined,
		outcome: data.outcome,
		goals: successMetricsTable(content, data),
		metricsStale: stalenessOf(
			content,
			data.successMetrics.map((goal) => goal.metric),
		),
		pains,
		context: facts([
			{ term: 'Decisions', list: (content.relations.decisionsByRoadmap.get(id) ?? []).map(to.decisionLink) },
			{ term: 'Depends on', list: data.dependsOn.map((other) => to.roadmapLink(other)) },
			{ term: 'Needed by', list: (content.relations.dependents.get(id) ?? []).map((other) => to.roadmapLink(other)) },
			{ term: 'Priority', text: score && `${score.model.toUpperCase()} ${score.score} = ${score.formula}` },
			{
				term: 'How items rank',
				link:
					score && open
						? { href: to.page(`/roadmap/priorities/#model-${score.model}`), label: 'Scales, and every open item by score' }
						: undefined,
			},
			{ term: 'Demand', text: demandText(data.demand) },
		]),
		docs: data.docsUrl ? { href: to.content(data.docsUrl), label: `Read the docs for ${data.title}` } : undefined,
		feed: roadmapFeed(content),
		history: historyOfItem(content, id),
		headings: {
			before: [
				...(data.horizon === 'declined' ? [section('why-declined', 'Why it was declined')] : []),
				section('outcome', 'Outcome'),
				...(pains.length > 0 ? [section('pains', 'Pains it removes')] : []),
			],
			after: [section('context', 'Context'), section('history', 'How it moved')],
		},
	};
}
