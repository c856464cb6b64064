import type { RoadmapItem } from '../../schemas/roadmap-item.ts';
import { priorityScore } from '../prioritisation.ts';
import { quarterLabel } from '../quarters.ts';
import type { SiteContent } from '../site-content.ts';
import { confidenceBadge, horizonBadge, phaseBadge, severityBadge } from './badges.ts';
import { type EntryChrome, entryChrome } from './chrome.ts';
import { lookup } from './lookup.ts';
import { type Badge, type Fact, type Heading, type Link, type Staleness, type Table, facts } from './parts.ts';
import { stalenessOf } from './staleness.ts';
import { successMetricsTable } from './success-metrics.ts';

/** Everything a roadmap item's page shows, around its body. */
export interface RoadmapItemView {
	chrome: EntryChrome;
	title: string;
	summary: string;
	/** Horizon, phase and confidence, each labelled. */
	badges: Badge[];
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
	return {
		chrome: entryChrome(content, 'roadmap', id, source, data.feedbackUrl),
		title: data.title,
		summary: data.summary,
		badges: [
			horizonBadge(data.horizon, 'Horizon'),
			...(data.phase && open ? [phaseBadge(data.phase, 'Phase')] : []),
			...(open ? [confidenceBadge(data.confidence, 'Confidence')] : []),
		],
		facts: facts([
			{ term: 'Target', text: data.targetWindow && quarterLabel(data.targetWindow), nowrap: true },
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
			{ term: 'Demand', text: demandText(data.demand) },
		]),
		docs: data.docsUrl ? { href: to.content(data.docsUrl), label: `Read the docs for ${data.title}` } : undefined,
		headings: {
			before: [
				...(data.horizon === 'declined' ? [section('why-declined', 'Why it was declined')] : []),
				section('outcome', 'Outcome'),
				...(pains.length > 0 ? [section('pains', 'Pains it removes')] : []),
			],
			after: [section('context', 'Context')],
		},
	};
}
