import type { RoadmapItem } from '../../schemas/roadmap-item.ts';
import { formatMetricValue } from '../metrics.ts';
import { priorityScore } from '../prioritisation.ts';
import { quarterLabel } from '../quarters.ts';
import type { SiteContent } from '../site-content.ts';
import { lookup } from './lookup.ts';
import { type Fact, type Link, facts, nameList } from './parts.ts';

/** Everything a roadmap item's page shows. */
export interface RoadmapItemView {
	title: string;
	summary: string;
	horizon: RoadmapItem['horizon'];
	facts: Fact[];
	declinedReason?: string;
	outcome: string;
	goals: { metric: Link; baseline: string; target: string; by: string }[];
	pains: { href: string; text: string; severity: string; frequency: string; journey: Link }[];
	context: Fact[];
	docs?: Link;
	feedback?: Link;
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
export function roadmapItemView(content: SiteContent, id: string): RoadmapItemView {
	const data = content.roadmap.get(id)!;
	const to = lookup(content);
	const score = data.priority ? priorityScore(data.priority) : undefined;
	return {
		title: data.title,
		summary: data.summary,
		horizon: data.horizon,
		facts: facts([
			{ term: 'Phase', text: data.phase?.replace('-', ' ') },
			{ term: 'Target', text: data.targetWindow && quarterLabel(data.targetWindow) },
			{ term: 'Shipped', text: data.shippedOn },
			{ term: 'Confidence', text: data.confidence },
			{ term: 'Areas', text: nameList(data.area.map(to.areaName)) },
			{ term: 'Owner', text: nameList(data.owner.map(to.teamName)) },
			{ term: 'For', links: data.personas.map(to.personaLink) },
			{ term: 'Last reviewed', text: data.lastReviewed },
		]),
		declinedReason: data.horizon === 'declined' ? data.declinedReason : undefined,
		outcome: data.outcome,
		goals: data.successMetrics.map((goal) => {
			const metric = content.metrics.get(goal.metric);
			const format = (value: number) => (metric ? formatMetricValue(value, metric) : String(value));
			return {
				metric: to.metricLink(goal.metric),
				baseline: goal.baseline === undefined ? 'not measured' : format(goal.baseline),
				target: format(goal.target),
				by: goal.by ? quarterLabel(goal.by) : 'not set',
			};
		}),
		pains: data.addresses.flatMap((ref) => {
			const pain = content.relations.pains.get(ref);
			if (!pain) return [];
			const { text, severity, frequency } = pain.pain;
			return [{ href: to.pain(ref), text, severity, frequency, journey: to.journeyLink(pain.journey) }];
		}),
		context: facts([
			{ term: 'Decisions', links: (content.relations.decisionsByRoadmap.get(id) ?? []).map(to.decisionLink) },
			{ term: 'Depends on', links: data.dependsOn.map((other) => to.roadmapLink(other)) },
			{ term: 'Needed by', links: (content.relations.dependents.get(id) ?? []).map((other) => to.roadmapLink(other)) },
			{ term: 'Priority', text: score && `${score.model.toUpperCase()} ${score.score} = ${score.formula}` },
			{ term: 'Demand', text: demandText(data.demand) },
		]),
		docs: data.docsUrl ? { href: to.content(data.docsUrl), label: `Read the docs for ${data.title}` } : undefined,
		feedback: data.feedbackUrl ? { href: to.content(data.feedbackUrl), label: `Give feedback on ${data.title}` } : undefined,
	};
}
