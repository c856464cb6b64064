import { METRIC_CATEGORIES } from '../../schemas/metric-definition.ts';
import type { Decision } from '../../schemas/decision.ts';
import type { RoadmapItem } from '../../schemas/roadmap-item.ts';
import { decisionLabel } from '../decision-refs.ts';
import { formatMetricValue, headlineMetrics, metricSeries } from '../metrics.ts';
import { groupByQuarter, quarterLabel } from '../quarters.ts';
import { journeyPains } from '../relations.ts';
import { BOARD_HORIZONS, HORIZON_LABELS, HORIZON_PROMISES, groupByHorizon } from '../roadmap.ts';
import type { SiteContent } from '../site-content.ts';
import { formatMinutes } from './format.ts';
import { lookup } from './lookup.ts';
import { type Link, nameList } from './parts.ts';

/** The views of the index pages, each everything its page shows, computed from the content alone. */

const items = <T>(map: Map<string, T>) => [...map].map(([id, data]) => ({ id, data }));
const latestOf = (content: SiteContent, id: string) =>
	metricSeries(
		id,
		content.snapshotList.map((data) => ({ data })),
	).at(-1);

/** A roadmap card on the board. */
export interface RoadmapCardView {
	link: Link;
	summary: string;
	meta: string[];
}

export function roadmapBoardView(content: SiteContent) {
	const to = lookup(content);
	const groups = groupByHorizon(items(content.roadmap));
	const lastReviewed = [...content.roadmap.values()]
		.map((item) => item.lastReviewed)
		.sort()
		.at(-1);
	const card = ({ id, data }: { id: string; data: RoadmapItem }): RoadmapCardView => ({
		link: to.roadmapLink(id),
		summary: data.summary,
		meta: [
			nameList(data.area.map(to.areaName)),
			data.phase?.replace('-', ' '),
			data.targetWindow && `target ${quarterLabel(data.targetWindow)}`,
			`${data.confidence} confidence`,
		].filter((part): part is string => Boolean(part)),
	});
	return {
		description: `What the ${content.site.name} team is building now, next and later.`,
		intro: `Reviewed ${content.site.reviewCadence}; most recent review ${lastReviewed ?? 'not yet'}.`,
		shippedHref: to.page('/roadmap/shipped/'),
		columns: BOARD_HORIZONS.map((horizon) => ({
			id: `h-${horizon}`,
			label: HORIZON_LABELS[horizon],
			promise: HORIZON_PROMISES[horizon],
			cards: groups[horizon].map(card),
		})),
	};
}

export function shippedView(content: SiteContent) {
	const to = lookup(content);
	const groups = groupByHorizon(items(content.roadmap));
	return {
		quarters: groupByQuarter(groups.shipped, (item) => item.data.shippedOn ?? '').map(({ quarter, items: shipped }) => ({
			id: `q-${quarter}`,
			label: quarterLabel(quarter),
			items: shipped.map(({ id, data }) => ({
				link: to.roadmapLink(id),
				shippedOn: data.shippedOn ?? '',
				summary: data.summary,
				docs: data.docsUrl ? { href: to.content(data.docsUrl), label: `Docs for ${data.title}` } : undefined,
			})),
		})),
		declined: groups.declined.map(({ id, data }) => ({ link: to.roadmapLink(id), reason: data.declinedReason ?? '' })),
	};
}

export function decisionLogView(content: SiteContent) {
	const to = lookup(content);
	const records = [...content.decisions].reverse();
	return {
		count: records.length,
		rows: records.map(([id, data]): { label: string; link: Link; status: Decision['status']; date: string } => ({
			label: decisionLabel(id),
			link: { href: to.decision(id), label: data.title },
			status: data.status,
			date: data.date,
		})),
	};
}

export function personaIndexView(content: SiteContent) {
	const to = lookup(content);
	return [...content.personas]
		.sort(([, a], [, b]) => b.population - a.population)
		.map(([id, data]) => ({ link: to.personaLink(id), meta: [data.role, `about ${data.population} people`], summary: data.summary }));
}

export function journeyIndexView(content: SiteContent) {
	const to = lookup(content);
	return [...content.journeys].map(([id, data]) => {
		const pains = journeyPains(id, data);
		const addressed = pains.filter((pain) => content.relations.roadmapByPain.has(pain.ref)).length;
		return {
			link: to.journeyLink(id),
			scenario: data.scenario,
			meta: [
				`${data.stages.length} stages`,
				`${pains.length} pains, ${addressed} on the roadmap`,
				`for ${nameList(data.personas.map((persona) => to.personaLink(persona).label))}`,
			],
		};
	});
}

export function metricIndexView(content: SiteContent) {
	const to = lookup(content);
	const metrics = [...content.metrics];
	return METRIC_CATEGORIES.filter((category) => metrics.some(([, metric]) => metric.category === category)).map((category) => ({
		id: `c-${category}`,
		label: category[0].toUpperCase() + category.slice(1),
		caption: `${category} metrics, latest values`,
		rows: metrics
			.filter(([, metric]) => metric.category === category)
			.map(([id, metric]) => {
				const latest = latestOf(content, id);
				return {
					link: to.metricLink(id),
					latest: latest ? formatMetricValue(latest.value, metric) : 'no data yet',
					date: latest?.date ?? 'never',
					target: metric.target === undefined ? 'not set' : formatMetricValue(metric.target, metric),
				};
			}),
	}));
}

/** Minutes a path takes: the sum of its guides' minutes. */
const pathMinutes = (content: SiteContent, steps: readonly string[]) =>
	steps.reduce((sum, ref) => sum + (content.guides.get(ref)?.minutes ?? 0), 0);

export function startIndexView(content: SiteContent) {
	const to = lookup(content);
	return {
		description: `Onboarding paths for ${content.site.name}, one per role.`,
		paths: [...content.paths].map(([persona, path]) => ({
			link: { href: to.start(persona), label: path.title },
			meta: [`for ${to.personaLink(persona).label}`, `${path.steps.length} guides, ${formatMinutes(pathMinutes(content, path.steps))}`],
			intro: path.intro,
		})),
	};
}

export function startPathView(content: SiteContent, persona: string) {
	const path = content.paths.get(persona)!;
	const to = lookup(content);
	return {
		title: path.title,
		intro: path.intro,
		persona: to.personaLink(persona),
		total: formatMinutes(pathMinutes(content, path.steps)),
		steps: path.steps.map((ref) => {
			const guide = content.guides.get(ref);
			return { link: to.guideLink(ref), time: guide ? formatMinutes(guide.minutes) : '', outcome: guide?.outcome ?? '' };
		}),
	};
}

export function guideIndexView(content: SiteContent) {
	const to = lookup(content);
	const sections = Map.groupBy(
		[...content.guides].sort(([a], [b]) => a.localeCompare(b)),
		([ref]) => (ref.includes('/') ? ref.split('/')[0] : 'general'),
	);
	return {
		startHref: to.page('/start/'),
		sections: [...sections].map(([section, guides]) => ({
			id: `s-${section}`,
			label: section.replace(/-/g, ' '),
			guides: guides.map(([ref, guide]) => ({ link: to.guideLink(ref), time: formatMinutes(guide.minutes), outcome: guide.outcome })),
		})),
	};
}

export function homeView(content: SiteContent) {
	const to = lookup(content);
	const groups = groupByHorizon(items(content.roadmap));
	const recentlyShipped = [...groups.shipped].sort((a, b) => (b.data.shippedOn ?? '').localeCompare(a.data.shippedOn ?? '')).slice(0, 3);
	const recentDecisions = [...content.decisions].sort(([, a], [, b]) => b.date.localeCompare(a.date)).slice(0, 3);
	return {
		title: content.site.name,
		tagline: content.site.tagline,
		organisation: content.site.organisation,
		links: {
			start: to.page('/start/'),
			roadmap: to.page('/roadmap/'),
			guides: to.page('/guides/'),
			shipped: to.page('/roadmap/shipped/'),
			decisions: to.page('/decisions/'),
			metrics: to.page('/metrics/'),
			personas: to.page('/personas/'),
			journeys: to.page('/journeys/'),
			feedback: to.content(content.site.feedbackUrl),
		},
		roadmapCounts: BOARD_HORIZONS.map((horizon) => `${groups[horizon].length} ${HORIZON_LABELS[horizon].toLowerCase()}`).join(', '),
		guideCount: content.guides.size,
		shipped: recentlyShipped.map(({ id, data }) => ({ link: to.roadmapLink(id), date: data.shippedOn ?? '' })),
		decisions: recentDecisions.map(([id, data]) => ({ link: to.decisionLink(id), note: `${data.status}, ${data.date}` })),
		metrics: headlineMetrics(items(content.metrics)).map(({ id, data }) => {
			const latest = latestOf(content, id);
			return { link: to.metricLink(id), value: latest ? `${formatMetricValue(latest.value, data)} as of ${latest.date}` : 'no data yet' };
		}),
	};
}

export function notFoundView(content: SiteContent) {
	const to = lookup(content);
	return { roadmap: to.page('/roadmap/'), decisions: to.page('/decisions/'), guides: to.page('/guides/') };
}
